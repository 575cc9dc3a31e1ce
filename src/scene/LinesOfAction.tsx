import { useEffect, useRef } from 'react';
import { addEffect } from '@react-three/fiber';
import { Group, Vector3 } from 'three';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { getStructure } from '../anatomy/data';
import { membersOf } from '../anatomy/groups';
import type { StructureId } from '../anatomy/ids';
import { actionLine, jointAxisAt, movementRoles } from '../anatomy/function';
import type { ActionLine, JointName } from '../anatomy/function';
import { isPathMuscleId } from '../kinematics/muscleLength';
import type { PathMuscleId } from '../kinematics/muscleLength';
import type { Pose, Vec3 } from '../kinematics/joints';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import type { MomentArmsMm } from '../state/explorerSlice';
import { subscribeLivePose } from '../state/livePose';
import { readJointAngles } from './ActionPlayer';
import { getSceneHandle } from './sceneHandle';
import { EXPLORER_COLOURS } from './explorerColours';

const REPORT_INTERVAL_MS = 100;

/** Half the drawn length of a joint axis, metres. */
const AXIS_HALF = 0.07;

/**
 * Muscles whose lines are drawn: the selected one, the members of a selected group, and the prime
 * movers of the shown movement — each that crosses the knee or the ankle (every such muscle has a
 * path in the length model).
 */
export function lineMuscles(s: Pick<ViewerStore, 'selected' | 'movement'> & { groupMembers?: readonly string[] }): PathMuscleId[] {
  const ids = new Set<PathMuscleId>();
  if (isPathMuscleId(s.selected)) ids.add(s.selected);
  for (const id of s.groupMembers ?? []) if (isPathMuscleId(id)) ids.add(id);
  if (s.movement) for (const id of movementRoles(s.movement).prime) if (isPathMuscleId(id)) ids.add(id);
  return [...ids];
}

function writeSegments(line: LineSegments2, pairs: Vec3[][]): void {
  const a = new Float32Array(pairs.length * 6);
  pairs.forEach(([p, q], i) => a.set([...p, ...q], i * 6));
  line.geometry.dispose();
  line.geometry = new LineSegmentsGeometry().setPositions(a);
  line.visible = pairs.length > 0;
}

/** Lines drawn over the tissue (a diagram, not anatomy), `width` CSS px wide at any zoom. */
function overlayLines(colour: number, width: number): LineSegments2 {
  const line = new LineSegments2(new LineSegmentsGeometry(), new LineMaterial({ color: colour, linewidth: width, depthTest: false, transparent: true }));
  line.renderOrder = 1000;
  line.frustumCulled = false;
  line.raycast = () => undefined; // never picked
  return line;
}

const JOINT_LABEL: Record<JointName, string> = { knee: 'knee', ankle: 'ankle' };

/** "Soleus · ankle 47.1 mm plantarflexion" */
function armText(muscle: StructureId, joint: JointName, mm: number): string {
  const direction = joint === 'knee' ? (mm >= 0 ? 'flexion' : 'extension') : mm >= 0 ? 'plantarflexion' : 'dorsiflexion';
  return `${getStructure(muscle).name} · ${JOINT_LABEL[joint]} ${Math.abs(mm).toFixed(1)} mm ${direction}`;
}

/**
 * The line-of-action overlay: for each muscle of `lineMuscles`, its path from origin through its via
 * points to insertion, the knee and ankle axes, and the moment arm about each crossed joint as a
 * short perpendicular from the axis labelled in mm — recomputed from the live pose before each
 * frame, with the numbers of the length model (muscleLength.momentArm). The numbers also go to the
 * store (`momentArms`) for the panel and the embedding API.
 */
export function LinesOfAction() {
  const labels = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const group = new Group();
    group.name = 'lines_of_action';
    const paths = overlayLines(EXPLORER_COLOURS.line, 3);
    const axes = overlayLines(EXPLORER_COLOURS.axis, 2);
    const arms = overlayLines(EXPLORER_COLOURS.arm, 4);
    group.add(paths, axes, arms);
    let parent: Group | null = null;
    let lastKey = '';
    const v = new Vector3();
    // The store hears the numbers at most 10 times a second (the panel re-renders on them), and
    // once more when the pose stops.
    let lastReport = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const report = (arms: Record<string, MomentArmsMm>) => {
      clearTimeout(trailing);
      const wait = lastReport + REPORT_INTERVAL_MS - performance.now();
      if (wait <= 0) {
        lastReport = performance.now();
        useViewer.getState().reportMomentArms(arms);
      } else {
        trailing = setTimeout(() => report(arms), wait);
      }
    };

    const draw = (lines: ActionLine[], pose: Pose) => {
      const pathPairs: Vec3[][] = [];
      const armPairs: Vec3[][] = [];
      const joints = new Set<JointName>();
      for (const l of lines) {
        for (let i = 1; i < l.path.length; i++) pathPairs.push([l.path[i - 1], l.path[i]]);
        for (const a of l.arms) {
          armPairs.push([a.onAxis, a.onLine]);
          joints.add(a.joint);
        }
      }
      const axisPairs = [...joints].map((j) => {
        const { centre, axis } = jointAxisAt(j, pose);
        const n = Math.hypot(...axis);
        const d: Vec3 = [(axis[0] / n) * AXIS_HALF, (axis[1] / n) * AXIS_HALF, (axis[2] / n) * AXIS_HALF];
        return [
          [centre[0] - d[0], centre[1] - d[1], centre[2] - d[2]],
          [centre[0] + d[0], centre[1] + d[1], centre[2] + d[2]],
        ] as Vec3[];
      });
      writeSegments(paths, pathPairs);
      writeSegments(axes, axisPairs);
      writeSegments(arms, armPairs);
    };

    const placeLabels = (lines: ActionLine[]) => {
      const box = labels.current;
      const handle = getSceneHandle();
      if (!box || !handle) return;
      const items = lines.flatMap((l) => l.arms.map((a) => ({ l, a })));
      while (box.children.length < items.length) {
        const el = document.createElement('span');
        el.className = 'loa-label';
        box.appendChild(el);
      }
      while (box.children.length > items.length) box.lastChild?.remove();
      const canvas = handle.gl.domElement.getBoundingClientRect();
      const own = box.getBoundingClientRect();
      items.forEach(({ l, a }, i) => {
        const el = box.children[i] as HTMLElement;
        v.set((a.onAxis[0] + a.onLine[0]) / 2, (a.onAxis[1] + a.onLine[1]) / 2, (a.onAxis[2] + a.onLine[2]) / 2).project(handle.camera);
        el.textContent = armText(l.muscle, a.joint, a.mm);
        // beside the moment arm, kept inside the stage
        const x = Math.min(canvas.left - own.left + ((v.x + 1) / 2) * canvas.width + 8, own.width - el.offsetWidth - 4);
        const y = canvas.top - own.top + ((1 - v.y) / 2) * canvas.height - 10 + i * 2;
        el.style.transform = `translate(${Math.max(4, x).toFixed(1)}px, ${y.toFixed(1)}px)`;
        el.dataset.muscle = l.muscle;
        el.dataset.joint = a.joint;
        el.hidden = v.z > 1;
      });
    };

    const stop = addEffect(() => {
      const handle = getSceneHandle();
      const s = useViewer.getState();
      const muscles = s.linesOfAction && handle ? lineMuscles({ ...s, groupMembers: s.selectedGroup ? membersOf(s.selectedGroup) : [] }) : [];
      if (muscles.length === 0) {
        if (parent) {
          parent.remove(group);
          parent = null;
        }
        if (labels.current) labels.current.replaceChildren();
        clearTimeout(trailing);
        s.reportMomentArms({});
        lastKey = '';
        return;
      }
      if (parent !== handle!.index.root) {
        parent?.remove(group);
        parent = handle!.index.root as Group;
        parent.add(group);
      }
      // The joints as this frame will draw them (PoseDriver's effect has posed them already); the
      // published livePose would still hold the previous frame's angles after setPose.
      const pose = readJointAngles(handle!.index);
      const lines = muscles.map((id) => actionLine(id, pose));
      const key = `${muscles.join()}|${pose.knee.toFixed(2)}|${pose.ankle.toFixed(2)}|${pose.toes.toFixed(2)}`;
      if (key !== lastKey) {
        lastKey = key;
        draw(lines, pose);
        const arms: Record<string, MomentArmsMm> = {};
        for (const l of lines) arms[l.muscle] = Object.fromEntries(l.arms.map((a) => [a.joint, a.mm]));
        report(arms);
      }
      const size = handle!.gl.domElement;
      for (const l of [paths, axes, arms]) l.material.resolution.set(size.clientWidth, size.clientHeight);
      placeLabels(lines); // the camera may have moved
    });
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.linesOfAction !== prev.linesOfAction || s.selected !== prev.selected || s.selectedGroup !== prev.selectedGroup || s.movement !== prev.movement) {
        getSceneHandle()?.invalidate();
      }
    });
    // livePose is published after a frame is drawn, when R3F no longer takes a request for another
    // one (an invalidate inside its after-effects is dropped): ask once the frame has finished, so
    // the lines and numbers catch up with a clip's last frame.
    const unsubPose = subscribeLivePose(() => queueMicrotask(() => getSceneHandle()?.invalidate()));
    // State from a deep link was set before this loaded: draw it now.
    getSceneHandle()?.invalidate();
    return () => {
      stop();
      unsub();
      unsubPose();
      clearTimeout(trailing);
      parent?.remove(group);
      for (const l of [paths, axes, arms]) {
        l.geometry.dispose();
        l.material.dispose();
      }
      getSceneHandle()?.invalidate();
    };
  }, []);
  return <div ref={labels} className="loa-labels" aria-hidden="true" data-testid="moment-arm-labels" />;
}

import { useCallback, useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { cameraFollow, followStep } from './cameraFollow';
import { OrbitControls } from '@react-three/drei';
import { Box3, Raycaster, Vector3 } from 'three';
import type { PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { StructureId } from '../anatomy/ids';
import { GROUP_MEMBERS } from '../anatomy/structureIndex';
import { useViewer } from '../state/store';
import type { CameraGoal } from '../state/cameraSlice';
import { DEFAULT_VIEW } from '../state/cameraSlice';
import { fitDistance, flightDuration, flightPoseAt, poseFrom, viewOfArea } from './cameraFlight';
import type { CameraPose, Flight, V3 } from './cameraFlight';
import { isShown, meanNormal, refreshSkinnedBounds, samplePoints, structureBox, structureOf } from './modelIndex';
import type { ModelIndex, StructureEntry } from './modelIndex';
import { prefersReducedMotion } from './reducedMotion';
import { VIEW_DIRECTIONS } from './viewDirections';
import { restoreJointNodes, saveJointNodes, setJointPose } from './poseNodes';
import { KNEE } from '../kinematics/joints';
import { useSheetInset } from '../ui/sheetInset';

/** Where the leg is before the model reports its size: knee at y 0.5, ground at 0 (contract frame). */
const FALLBACK_CENTRE: V3 = [0, 0.36, 0];
const FALLBACK_RADIUS = 0.42;

const tmpBox = new Box3();

const envelopes = new WeakMap<ModelIndex, Box3>();

/**
 * The bones' box with the knee fully flexed, measured once: framing includes it so that a teacher
 * who flexes the knee (slider or clip) keeps the foot on screen without touching the camera.
 */
function flexedEnvelope(index: ModelIndex): Box3 {
  let box = envelopes.get(index);
  if (box) return box;
  box = new Box3();
  if (index.joints.knee) {
    const saved = saveJointNodes(index, 'knee');
    setJointPose(index, 'knee', KNEE.range.max);
    index.root.updateMatrixWorld(true);
    for (const entry of index.structures.values()) {
      if (entry.kind === 'bone') box.union(structureBox(entry, tmpBox));
    }
    restoreJointNodes(saved);
    index.root.updateMatrixWorld(true);
  }
  envelopes.set(index, box);
  return box;
}

/**
 * Centre and radius framing the visible model (skin excluded) seen from `direction` — from the side
 * over its whole range of knee flexion. Only the extents across the view count (height, and width
 * across the line of sight), and the centre keeps the current pose's depth.
 */
function modelBounds(index: ModelIndex | null, direction: V3): { centre: V3; radius: number } {
  if (!index) return { centre: FALLBACK_CENTRE, radius: FALLBACK_RADIUS };
  const current = new Box3();
  for (const entry of index.structures.values()) {
    if (entry.kind === 'skin' || !isShown(entry.node) || entry.meshes.length === 0) continue;
    current.union(structureBox(entry, tmpBox));
  }
  if (current.isEmpty()) return { centre: FALLBACK_CENTRE, radius: FALLBACK_RADIUS };
  const view = new Vector3(...direction).setY(0).normalize();
  // Side views are where knee flexion is shown; from the front or back the rest pose fills the view.
  const box = Math.abs(view.x) > 0.5 ? flexedEnvelope(index).clone().union(current) : current.clone();
  const size = box.getSize(new Vector3());
  const across = Math.abs(view.z) * size.x + Math.abs(view.x) * size.z;
  const c = box.getCenter(new Vector3());
  const depthShift = c.clone().sub(current.getCenter(new Vector3())).dot(view);
  c.addScaledVector(view, -depthShift);
  return { centre: [c.x, c.y, c.z], radius: Math.max(size.y, across) / 2 };
}

/** The box around the listed structures that have meshes (empty if none). */
function boxOf(index: ModelIndex | null, ids: readonly StructureId[]): Box3 {
  const box = new Box3();
  for (const id of ids) {
    const entry = index?.structures.get(id);
    if (entry && entry.meshes.length) box.union(structureBox(entry, tmpBox));
  }
  return box;
}

/**
 * The calf and knee down to the heel: the box of the gastrocnemius heads and the calcaneus, raised to
 * take in the knee above them. On a phone in portrait the whole model (thigh included) would be a
 * thin sliver; this is what the first view frames there, as large as the visible part allows.
 */
function calfAndKnee(index: ModelIndex | null): { centre: V3; halfHeight: number; halfWidth: number } | null {
  const box = boxOf(index, ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'calcaneus']);
  if (box.isEmpty()) return null;
  box.max.y += 0.05;
  const c = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  return { centre: [c.x, c.y, c.z], halfHeight: size.y / 2, halfWidth: Math.max(size.x, size.z) / 2 };
}

/** The foot, seen from below: what the plantar view frames (the whole leg end-on would be a dot). */
const FOOT_FRAME: readonly StructureId[] = ['calcaneus', 'metatarsal_1', 'metatarsal_5', 'phalanges_1', 'phalanges_5', 'abductor_hallucis', 'abductor_digiti_minimi'];

function footBounds(index: ModelIndex | null): { centre: V3; radius: number } | null {
  const box = boxOf(index, FOOT_FRAME);
  if (box.isEmpty()) return null;
  const c = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  return { centre: [c.x, c.y, c.z], radius: Math.max(size.x, size.z) / 2 };
}

/**
 * Camera pose of a view preset, framing the whole leg (the plantar view: the foot). `covered` is the share of the view's height
 * that a phone's bottom sheet hides (the camera's view offset centres the leg in the rest, and the
 * fit uses the rest); on such a portrait phone the calf and knee are framed instead of the whole leg.
 */
export function viewPose(
  name: keyof typeof VIEW_DIRECTIONS,
  fovDeg: number,
  aspect: number,
  index: ModelIndex | null,
  covered = 0,
): CameraPose {
  const visible = 1 - Math.min(0.8, Math.max(0, covered));
  const visibleAspect = aspect / visible;
  const foot = name === 'plantar' ? footBounds(index) : null;
  if (foot) {
    const fit = fitDistance(foot.radius, fovDeg) / visible / Math.min(1, Math.max(0.45, visibleAspect));
    return poseFrom(foot.centre, VIEW_DIRECTIONS[name], fit);
  }
  const calf = covered > 0 && aspect < 0.75 ? calfAndKnee(index) : null;
  if (calf) {
    // A tall, narrow subject: its height fits the visible height unless its width is what limits.
    const fit = Math.max(fitDistance(calf.halfHeight * 1.08, fovDeg) / visible, fitDistance(calf.halfWidth * 1.3, fovDeg) / visible / visibleAspect);
    return poseFrom(calf.centre, VIEW_DIRECTIONS[name], fit);
  }
  const { centre, radius } = modelBounds(index, VIEW_DIRECTIONS[name]);
  // On a portrait screen the width limits the fit, not the height.
  const fit = fitDistance(radius * 1.08, fovDeg) / visible / Math.min(1, Math.max(0.45, visibleAspect));
  return poseFrom(centre, VIEW_DIRECTIONS[name], fit);
}

/** Direction from the leg's long axis out through a structure (horizontal), or null near the axis. */
function outwardOf(centre: Vector3): Vector3 | null {
  const out = new Vector3(centre.x, 0, centre.z);
  return out.length() < 0.012 ? null : out.normalize();
}

/** Structures of the sole, seen from below (from the side they would be hidden under the foot). */
const SEEN_FROM_BELOW: ReadonlySet<StructureId> = new Set<StructureId>([
  ...GROUP_MEMBERS.sole_first_layer,
  ...GROUP_MEMBERS.sole_second_layer,
  ...GROUP_MEMBERS.sole_third_layer,
  ...GROUP_MEMBERS.sole_fourth_layer,
  'plantar_aponeurosis',
  'medial_sesamoid',
  'lateral_sesamoid',
]);

function frameStructurePose(entry: StructureEntry, camera: PerspectiveCamera, current: CameraPose): CameraPose {
  const box = structureBox(entry, new Box3());
  const c = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  const radius = Math.max(0.04, size.length() / 2);
  const out = outwardOf(c);
  const dir = SEEN_FROM_BELOW.has(entry.id)
    ? new Vector3(...VIEW_DIRECTIONS.plantar)
    : out
    ? out.clone().add(new Vector3(0, 0.15, 0))
    : new Vector3(...current.position).sub(new Vector3(...current.target));
  const d = Math.max(0.3, fitDistance(radius / 0.7, camera.fov));
  return poseFrom([c.x, c.y, c.z], [dir.x, dir.y, dir.z], d);
}

function focusPose(entry: StructureEntry, camera: PerspectiveCamera): CameraPose {
  if (entry.kind === 'attachment') {
    const box = structureBox(entry, new Box3());
    const n = meanNormal(entry);
    return viewOfArea([box.min.x, box.min.y, box.min.z], [box.max.x, box.max.y, box.max.z], [n.x, n.y, n.z], camera.fov, {
      minDistance: 0.34,
    });
  }
  // Nerves and vessels run deep in the popliteal fossa and calf: look from behind, slightly to their side.
  const box = structureBox(entry, new Box3());
  const c = box.getCenter(new Vector3());
  const out = outwardOf(c);
  const dir = new Vector3(out ? out.x * 0.5 : 0, 0.1, -1);
  const radius = Math.max(0.05, box.getSize(new Vector3()).length() / 2);
  return poseFrom([c.x, c.y, c.z], [dir.x, dir.y, dir.z], Math.max(0.35, fitDistance(radius / 0.8, camera.fov)));
}

/**
 * Structures between a camera position and a target structure: rays from the camera to points on
 * the target; everything hit before the target is returned (to fade it).
 */
export function occludersOf(index: ModelIndex, target: StructureEntry, from: V3): StructureId[] {
  const origin = new Vector3(...from);
  const ray = new Raycaster();
  refreshSkinnedBounds(index);
  const meshes = index.pickable.filter((m) => isShown(m));
  const found = new Set<StructureId>();
  // The bones that carry an attachment footprint never fade: faded, they would leave the footprint
  // floating in empty space (the femur faded with the muscles showed the patella through it). An
  // area may spread over several bones (soleus: fibula and tibia): each bone whose box holds part
  // of it counts, besides the bone node it hangs from.
  const samples = samplePoints(target, 24);
  const carriers = new Set<StructureId>();
  if (target.kind === 'attachment') {
    const parent = structureOf(target.node.parent);
    if (parent) carriers.add(parent);
    const box = new Box3();
    for (const e of index.structures.values()) {
      if (e.kind !== 'bone') continue;
      structureBox(e, box).expandByScalar(0.001);
      if (samples.some((p) => box.containsPoint(p))) carriers.add(e.id);
    }
  }
  const dir = new Vector3();
  for (const p of samples) {
    dir.copy(p).sub(origin);
    const dist = dir.length();
    ray.set(origin, dir.normalize());
    ray.far = dist + 0.002;
    ray.firstHitOnly = false;
    for (const hit of ray.intersectObjects(meshes, false)) {
      const id = hit.object.userData.structureId as StructureId;
      if (id === target.id) break;
      if (hit.distance < dist - 0.0015 && !carriers.has(id)) found.add(id);
    }
  }
  return [...found];
}

/**
 * Orbit/zoom/pan (mouse and touch, damped) plus the flights the store asks for: view presets,
 * reset, framing a structure, and focusing an attachment area / nerve / vessel (fly, light up, fade
 * what hides it). Flights ease in and out and last under a second.
 */
export function CameraRig({ index }: { index: ModelIndex }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<OrbitControlsImpl>(null);
  const flight = useRef<{ flight: Flight; start: number; onDone?: () => void } | null>(null);
  /** True from a pointer/touch/wheel gesture on the controls until the next flight. */
  const userDriven = useRef(false);
  const initialised = useRef(false);
  const following = useRef(false);
  const inset = useSheetInset();
  const covered = inset / Math.max(1, size.height);

  // On a phone the bottom sheet covers the bottom of the view: shift the projection so that what the
  // camera looks at sits in the middle of the part left visible.
  useEffect(() => {
    if (inset > 0 && size.height - inset > 80) camera.setViewOffset(size.width, size.height, 0, inset / 2, size.width, size.height);
    else camera.clearViewOffset();
    invalidate();
  }, [camera, inset, invalidate, size.height, size.width]);

  const currentPose = useCallback((): CameraPose => {
    const t = controls.current?.target ?? new Vector3(...FALLBACK_CENTRE);
    return { position: [camera.position.x, camera.position.y, camera.position.z], target: [t.x, t.y, t.z] };
  }, [camera]);

  const setPose = useCallback(
    (pose: CameraPose) => {
      camera.position.set(...pose.position);
      controls.current?.target.set(...pose.target);
      camera.lookAt(...pose.target);
      controls.current?.update();
    },
    [camera],
  );

  const flyTo = useCallback(
    (to: CameraPose, onDone?: () => void) => {
      const from = currentPose();
      const duration = flightDuration(from, to, prefersReducedMotion());
      flight.current = { flight: { from, to, duration }, start: performance.now(), onDone };
      userDriven.current = false;
      useViewer.getState().setCameraMoving(true);
      invalidate();
    },
    [currentPose, invalidate],
  );

  const handleGoal = useCallback(
    (goal: CameraGoal) => {
      const aspect = size.width / Math.max(1, size.height);
      const s = useViewer.getState();
      switch (goal.type) {
        case 'view':
          flyTo(viewPose(goal.view, camera.fov, aspect, index, covered));
          return;
        case 'reset':
          flyTo(viewPose(DEFAULT_VIEW, camera.fov, aspect, index, covered));
          return;
        case 'frame': {
          const entry = index.structures.get(goal.id);
          if (entry) flyTo(frameStructurePose(entry, camera, currentPose()));
          return;
        }
        case 'focus': {
          const entry = index.structures.get(goal.id);
          if (!entry) {
            s.focus(goal.id);
            return;
          }
          const to = focusPose(entry, camera);
          flyTo(to);
          s.focus(goal.id, occludersOf(index, entry, to.position));
        }
      }
    },
    [camera, covered, currentPose, flyTo, index, size.height, size.width],
  );

  // Frame the leg on load, from the view a deep link asked for (or the default one).
  useEffect(() => {
    if (!initialised.current) {
      initialised.current = true;
      const view = useViewer.getState().view ?? DEFAULT_VIEW;
      setPose(viewPose(view, camera.fov, size.width / Math.max(1, size.height), index, covered));
      invalidate();
    }
    return useViewer.subscribe((s, prev) => {
      if (s.cameraGoalSeq !== prev.cameraGoalSeq && s.cameraGoal) handleGoal(s.cameraGoal);
    });
  }, [camera, covered, handleGoal, index, invalidate, setPose, size.height, size.width]);

  // A live lecture reads the presenter's camera here and steers a following student's (cameraFollow.ts).
  useEffect(() => cameraFollow.register(currentPose, invalidate), [currentPose, invalidate]);

  useFrame((_, delta) => {
    const follow = cameraFollow.goal();
    // Following starts (or resumes after "Explore on my own"): the camera is the presenter's again.
    if (follow && !following.current) userDriven.current = false;
    following.current = follow !== null;
    if (follow && !userDriven.current) {
      // Following the presenter: their camera (flights included) arrives as a stream; ours eases to it.
      if (flight.current) {
        flight.current = null;
        useViewer.getState().setCameraMoving(false);
      }
      const next = followStep(currentPose(), follow, delta);
      setPose(next);
      if (next !== follow) invalidate();
      return;
    }
    const f = flight.current;
    if (!f) return;
    const elapsed = (performance.now() - f.start) / 1000;
    setPose(flightPoseAt(f.flight, elapsed));
    if (elapsed >= f.flight.duration) {
      flight.current = null;
      useViewer.getState().setCameraMoving(false);
      f.onDone?.();
    }
    invalidate();
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      minDistance={0.12}
      maxDistance={3}
      zoomSpeed={0.8}
      onStart={() => {
        userDriven.current = true;
        cameraFollow.userGesture();
      }}
      onChange={() => {
        // The user moved the camera (a click without a drag does not): cancel a flight, and no
        // preset describes the view any more.
        if (!userDriven.current) return;
        if (flight.current) {
          flight.current = null;
          useViewer.getState().setCameraMoving(false);
        }
        useViewer.getState().leaveView();
      }}
    />
  );
}

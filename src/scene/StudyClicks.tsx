import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Box3 } from 'three';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import { currentQuestion } from '../state/quizSlice';
import { CLICK_TOLERANCE_PX } from './Picking';
import { pickAt } from './pick';
import { structureBox } from './modelIndex';
import type { ModelIndex } from './modelIndex';
import { nearestVertex } from './pinTracking';

const box = new Box3();

/**
 * Clicks on the model that the study features use, beside the ordinary selection (Picking.tsx): in
 * pin mode a click starts a pin at the clicked vertex; in quiz mode a click answers the current
 * click question — for an attachment question with the distance from the hit point to the area's
 * box, so a click on the bone close to the area counts.
 */
export function StudyClicks({ index }: { index: ModelIndex }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const el = gl.domElement;
    let down: { x: number; y: number; id: number; faded: readonly StructureId[] } | null = null;
    const onDown = (e: PointerEvent) => {
      // Picking's selection on release clears the focus fading; pick through what was faded at press time, as it does.
      down = e.button === 0 ? { x: e.clientX, y: e.clientY, id: e.pointerId, faded: useViewer.getState().faded } : null;
    };
    const onUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      if (!start || start.id !== e.pointerId || e.button !== 0) return;
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) >= CLICK_TOLERANCE_PX) return;
      const s = useViewer.getState();
      const question = s.quizOpen ? currentQuestion(s.quiz) : null;
      const answering = question !== null && question.kind !== 'choice' && s.quiz?.answer === null;
      if (!s.pinMode && !answering) return;
      const r = el.getBoundingClientRect();
      const hit = pickAt(index, camera, e.clientX - r.left, e.clientY - r.top, r.width, r.height, start.faded);
      if (!hit) return; // empty space: neither a pin nor an answer
      if (s.pinMode) {
        const entry = index.structures.get(hit.id);
        const vertex = entry ? nearestVertex(entry, hit.hit) : null;
        if (vertex !== null) s.startPin(hit.id, vertex);
        return;
      }
      if (question && question.kind === 'click-attachment') {
        const area = index.structures.get(question.answer);
        const distance = area ? structureBox(area, box).distanceToPoint(hit.hit.point) : undefined;
        s.answerClick(hit.id, distance);
      } else s.answerClick(hit.id);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, index]);
  return null;
}

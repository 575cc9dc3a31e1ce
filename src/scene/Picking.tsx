import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useViewer } from '../state/store';
import type { ModelIndex } from './modelIndex';
import { pickAt } from './pick';

/** A press that moves less than this (CSS px) before release is a click, otherwise an orbit drag. */
export const CLICK_TOLERANCE_PX = 5;

/**
 * Hover and click picking on the canvas element. Hover raycasts are coalesced to one per animation
 * frame, so a fast pointer costs one ray a frame; a mesh whose picking tree is not built yet (the first
 * second after the first frame, see startBvhBuild) is tested by three's own raycast.
 */
export function Picking({ index }: { index: ModelIndex }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);

  useEffect(() => {
    const el = gl.domElement;
    let pending: { x: number; y: number } | null = null;
    let raf = 0;
    let down: { x: number; y: number; id: number } | null = null;

    const pick = (x: number, y: number) => {
      const r = el.getBoundingClientRect();
      return pickAt(index, camera, x - r.left, y - r.top, r.width, r.height, useViewer.getState().faded);
    };
    const hoverNow = () => {
      raf = 0;
      if (!pending) return;
      const { x, y } = pending;
      pending = null;
      const hit = pick(x, y);
      useViewer.getState().hover(hit ? hit.id : null);
      el.style.cursor = hit ? 'pointer' : '';
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return; // no hover on touch screens
      if (down && (e.buttons & 1) !== 0) return; // orbiting: don't pick
      pending = { x: e.clientX, y: e.clientY };
      if (!raf) raf = requestAnimationFrame(hoverNow);
    };
    const onLeave = () => {
      pending = null;
      useViewer.getState().hover(null);
      el.style.cursor = '';
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      down = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const onUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      if (!start || start.id !== e.pointerId || e.button !== 0) return;
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) >= CLICK_TOLERANCE_PX) return;
      const hit = pick(e.clientX, e.clientY);
      const s = useViewer.getState();
      if (hit) s.select(hit.id);
      else s.clearSelection();
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('pointerdown', onDown);
    // OrbitControls captures the pointer, so the release still reaches the canvas.
    el.addEventListener('pointerup', onUp);
    return () => {
      if (raf) cancelAnimationFrame(raf);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, index]);
  return null;
}

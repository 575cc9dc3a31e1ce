import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { READY_EVENT } from '../embed/types';
import { useViewer } from '../state/store';

/**
 * Announces readiness once the model's first frame has been drawn: `data-viewer-ready="true"` on
 * <html>, the `anatomy-viewer:ready` window event, and `ready: true` in the store. Tests wait for it.
 */
export function ReadyAnnouncer() {
  const done = useRef(false);
  useFrame(() => {
    if (done.current) return;
    done.current = true;
    // useFrame runs just before the render of this frame; announce after it has been drawn.
    requestAnimationFrame(() => {
      useViewer.getState().setReady(true);
      document.documentElement.dataset.viewerReady = 'true';
      window.dispatchEvent(new Event(READY_EVENT));
    });
  });
  return null;
}

/**
 * The live-lecture controls as the page mounts them: nothing until lecture mode is on or the page
 * is in a live room, then the chunk with the panel (and the QR encoder) loads.
 */
import { Suspense, lazy } from 'react';
import { useViewer } from '../../state/store';

const LivePanel = lazy(() => import('./LivePanel'));

export function LiveLazy() {
  const wanted = useViewer((s) => s.lecture || s.live.role !== null || s.live.ended !== null);
  return wanted ? (
    <Suspense fallback={null}>
      <LivePanel />
    </Suspense>
  ) : null;
}

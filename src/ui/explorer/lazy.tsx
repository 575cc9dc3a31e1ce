/**
 * Entry points of the function explorer that the page mounts: each renders nothing until the model
 * has drawn its first frame, then loads the explorer's chunk (code and data/function.json) on demand.
 */
import { Suspense, lazy } from 'react';
import type { StructureId } from '../../anatomy/ids';
import { useViewer } from '../../state/store';

const load = () => import('./index');
const Panel = lazy(() => load().then((m) => ({ default: m.ExplorerPanel })));
const Sections = lazy(() => load().then((m) => ({ default: m.ExplorerSections })));
const Scene = lazy(() => load().then((m) => ({ default: m.ExplorerScene })));

function useLoaded(): boolean {
  return useViewer((s) => s.ready || s.error !== null);
}

export function ExplorerPanelLazy() {
  return useLoaded() ? (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  ) : null;
}

export function ExplorerSectionsLazy({ id }: { id: StructureId }) {
  return useLoaded() ? (
    <Suspense fallback={null}>
      <Sections id={id} />
    </Suspense>
  ) : null;
}

export function ExplorerSceneLazy() {
  return useLoaded() ? (
    <Suspense fallback={null}>
      <Scene />
    </Suspense>
  ) : null;
}

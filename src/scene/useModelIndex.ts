import { useViewer } from '../state/store';
import { getSceneHandle } from './sceneHandle';
import type { SceneHandle } from './sceneHandle';

/** The live scene once the model is drawn (null before): for overlays mounted outside the Canvas. */
export function useSceneHandleWhenReady(): SceneHandle | null {
  const ready = useViewer((s) => s.ready);
  const attempt = useViewer((s) => s.sceneAttempt);
  void attempt; // a retried model load gives a new scene: re-read the handle
  return ready ? getSceneHandle() : null;
}

/**
 * The live scene, for code outside React's tree (the embedding API, the info panel's links): the
 * model index, camera and a way to request a frame. Set by the Canvas components, null before.
 */
import type { Camera, WebGLRenderer } from 'three';
import type { ModelIndex } from './modelIndex';

export interface SceneHandle {
  index: ModelIndex;
  camera: Camera;
  gl: WebGLRenderer;
  invalidate: () => void;
}

let current: SceneHandle | null = null;

export function setSceneHandle(handle: SceneHandle | null): void {
  current = handle;
}

export function getSceneHandle(): SceneHandle | null {
  return current;
}

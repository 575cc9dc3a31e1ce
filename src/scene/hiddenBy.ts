/**
 * What hides a structure from a camera position: rays from the camera to points on the structure;
 * every structure hit before it. The same test as CameraRig's occludersOf (which fades what hides a
 * footprint after a flight), kept apart so the on-demand flashcards chunk can use it without making
 * the first-frame bundle export CameraRig's internals (that grew it by 0.2 KB gzip).
 */
import { Raycaster, Vector3 } from 'three';
import type { StructureId } from '../anatomy/ids';
import { isShown, refreshSkinnedBounds, samplePoints } from './modelIndex';
import type { ModelIndex, StructureEntry } from './modelIndex';

export function hiddenBy(index: ModelIndex, target: StructureEntry, from: Vector3): StructureId[] {
  const ray = new Raycaster();
  refreshSkinnedBounds(index);
  const meshes = index.pickable.filter((m) => isShown(m));
  const found = new Set<StructureId>();
  const dir = new Vector3();
  for (const p of samplePoints(target, 24)) {
    dir.copy(p).sub(from);
    const dist = dir.length();
    ray.set(from, dir.normalize());
    ray.far = dist + 0.002;
    for (const hit of ray.intersectObjects(meshes, false)) {
      const id = hit.object.userData.structureId as StructureId;
      if (id === target.id) break;
      if (hit.distance < dist - 0.0015) found.add(id);
    }
  }
  return [...found];
}

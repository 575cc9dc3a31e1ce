import { Raycaster, Vector2, Vector3 } from 'three';
import type { StructureId } from '../anatomy/ids';
import { getSceneHandle } from './sceneHandle';
import { isShown, samplePoints } from './modelIndex';
import { pickTargets } from './pick';
import { useViewer } from '../state/store';

const raycaster = new Raycaster();
const ndc = new Vector2();
const projected = new Vector3();

/**
 * A pixel (CSS px, viewport-relative) where `id` is visible now, or null. Candidates are the
 * structure's box centre and points sampled on its surface, projected to the screen; each is
 * checked with a ray from the camera through that pixel, and the first whose nearest hit is the
 * structure wins (so a point hidden behind another structure is never returned).
 */
export function screenPosition(id: StructureId): { x: number; y: number } | null {
  const handle = getSceneHandle();
  if (!handle) return null;
  const entry = handle.index.structures.get(id);
  if (!entry || !isShown(entry.node)) return null;
  const { camera, gl, index } = handle;
  camera.updateMatrixWorld();
  const rect = gl.domElement.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  // Faded structures are see-through and let clicks pass, so they do not hide anything here either.
  const targets = pickTargets(index, useViewer.getState().faded);
  const points = samplePoints(entry, 48);
  // Try points near the middle of the structure first: they make steadier click targets.
  const centre = points.reduce((c, p) => c.add(p), new Vector3()).multiplyScalar(1 / Math.max(1, points.length));
  points.sort((a, b) => a.distanceToSquared(centre) - b.distanceToSquared(centre));
  for (const p of [centre, ...points]) {
    projected.copy(p).project(camera);
    if (projected.z < -1 || projected.z > 1 || Math.abs(projected.x) > 0.98 || Math.abs(projected.y) > 0.98) continue;
    ndc.set(projected.x, projected.y);
    raycaster.setFromCamera(ndc, camera);
    raycaster.firstHitOnly = true;
    const hit = raycaster.intersectObjects(targets, false)[0];
    if (hit && hit.object.userData.structureId === id) {
      return {
        x: Math.round(rect.left + ((projected.x + 1) / 2) * rect.width),
        y: Math.round(rect.top + ((1 - projected.y) / 2) * rect.height),
      };
    }
  }
  return null;
}

import { Box3, Raycaster, Vector2, Vector3 } from 'three';
import type { Camera, Object3D } from 'three';
import type { StructureId } from '../anatomy/ids';
import { getSceneHandle } from './sceneHandle';
import { isShown, structureBox } from './modelIndex';
import { litFootprints, pickTargets, preferFootprint } from './pick';
import { useViewer } from '../state/store';
import { getSheetInset } from '../ui/sheetInset';

const raycaster = new Raycaster();
const ndc = new Vector2();
const corner = new Vector3();

/** Candidate pixels: a GRID × GRID lattice over the structure's projected bounding box. */
const GRID = 10;
/** Rings (CSS px) around a candidate on which the structure must still be what is hit. */
const RINGS_PX = [8, 16, 24, 32] as const;
const RING_DIRECTIONS = 8;
/** Visible candidates scored for depth (nearest the middle of the visible part first). */
const MAX_SCORED = 24;

function firstHitAt(camera: Camera, targets: Object3D[], x: number, y: number): StructureId | null {
  ndc.set(x, y);
  raycaster.setFromCamera(ndc, camera);
  raycaster.firstHitOnly = true;
  // the hit a click there would pick (a lit footprint wins over its bone, as in pick.ts)
  const hit = preferFootprint(raycaster.intersectObjects(targets, false), litFootprints(useViewer.getState().focused));
  return hit ? (hit.object.userData.structureId as StructureId) : null;
}

/**
 * A pixel (CSS px, viewport-relative) where `id` is visible now, or null when no part of it is.
 * The structure's bounding box (posed) is projected to the screen and sampled on a grid; each
 * sample is checked with a ray from the camera, and counts only when the nearest hit is the
 * structure itself (hidden parts never qualify; faded structures are see-through, as for clicks).
 * Of the visible samples, the one deepest inside the structure's silhouette wins — the most
 * complete rings of hits 8, 16, 24 and 32 px around it — so a click there lands on the structure
 * and not on a neighbour's edge.
 */
export function screenPosition(id: StructureId): { x: number; y: number } | null {
  const handle = getSceneHandle();
  if (!handle) return null;
  const entry = handle.index.structures.get(id);
  if (!entry || !isShown(entry.node) || entry.meshes.length === 0) return null;
  const { camera, gl, index } = handle;
  camera.updateMatrixWorld();
  const rect = gl.domElement.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const targets = pickTargets(index, useViewer.getState().faded);

  // Screen-space extent of the structure (NDC), clipped to the canvas.
  const box = structureBox(entry, new Box3());
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
    corner.project(camera);
    minX = Math.min(minX, corner.x);
    maxX = Math.max(maxX, corner.x);
    minY = Math.min(minY, corner.y);
    maxY = Math.max(maxY, corner.y);
  }
  minX = Math.max(minX, -0.98);
  // On a phone the bottom sheet covers the bottom of the canvas: nothing there is visible.
  minY = Math.max(minY, -0.98 + (2 * getSheetInset()) / rect.height);
  maxX = Math.min(maxX, 0.98);
  maxY = Math.min(maxY, 0.98);
  if (minX > maxX || minY > maxY) return null;

  const visible: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const x = minX + ((i + 0.5) / GRID) * (maxX - minX);
      const y = minY + ((j + 0.5) / GRID) * (maxY - minY);
      if (firstHitAt(camera, targets, x, y) === id) visible.push({ x, y });
    }
  }
  if (visible.length === 0) return null;
  const cx = visible.reduce((s, p) => s + p.x, 0) / visible.length;
  const cy = visible.reduce((s, p) => s + p.y, 0) / visible.length;
  visible.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));

  const perfect = RINGS_PX.length * RING_DIRECTIONS;
  let best = { ...visible[0], score: -1 };
  for (const p of visible.slice(0, MAX_SCORED)) {
    let score = 0;
    for (const r of RINGS_PX) {
      let ring = 0;
      for (let k = 0; k < RING_DIRECTIONS; k++) {
        const a = (k / RING_DIRECTIONS) * 2 * Math.PI;
        const ox = ((2 * r) / rect.width) * Math.cos(a);
        const oy = ((2 * r) / rect.height) * Math.sin(a);
        if (firstHitAt(camera, targets, p.x + ox, p.y + oy) === id) ring++;
      }
      score += ring;
      // Outer rings only count once the inner ring is whole: depth, not scattered hits.
      if (ring < RING_DIRECTIONS) break;
    }
    if (score > best.score) best = { ...p, score };
    if (score === perfect) break;
  }
  return {
    x: Math.round(rect.left + ((best.x + 1) / 2) * rect.width),
    y: Math.round(rect.top + ((1 - best.y) / 2) * rect.height),
  };
}

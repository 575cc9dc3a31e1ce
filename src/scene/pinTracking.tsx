/**
 * Pins on the model: where a pin's vertex is (rest or posed), the vertex nearest a click, and the
 * tracker that keeps pins on their vertices as the joints move. Apart from Pins.tsx (the labels and
 * the pin mode) so the 3D view's first download does not carry the anatomy texts.
 */
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { SkinnedMesh, Vector3 } from 'three';
import type { Camera, Intersection } from 'three';
import { useViewer } from '../state/store';
import type { Pin } from '../state/pinsSlice';
import { isShown } from './modelIndex';
import type { ModelIndex, StructureEntry } from './modelIndex';
import { getSceneHandle } from './sceneHandle';


/** World position (posed: skinned meshes follow their bones) of vertex `vertex` counted over a structure's meshes. */
export function pinWorldPosition(entry: StructureEntry, vertex: number, target = new Vector3()): Vector3 | null {
  let i = vertex;
  for (const mesh of entry.meshes) {
    const count = mesh.geometry.getAttribute('position').count;
    if (i < count) {
      mesh.updateWorldMatrix(true, false);
      if (mesh instanceof SkinnedMesh) mesh.getVertexPosition(i, target);
      else target.fromBufferAttribute(mesh.geometry.getAttribute('position'), i);
      return target.applyMatrix4(mesh.matrixWorld);
    }
    i -= count;
  }
  return null; // the link named a vertex this model does not have
}

/** The vertex of the hit triangle nearest the hit point, as an index over the structure's meshes. */
export function nearestVertex(entry: StructureEntry, hit: Intersection): number | null {
  if (!hit.face) return null;
  const mesh = entry.meshes.find((m) => m === hit.object);
  if (!mesh) return null;
  let offset = 0;
  for (const m of entry.meshes) {
    if (m === mesh) break;
    offset += m.geometry.getAttribute('position').count;
  }
  const v = new Vector3();
  let best = hit.face.a;
  let bestD = Infinity;
  for (const i of [hit.face.a, hit.face.b, hit.face.c]) {
    mesh.updateWorldMatrix(true, false);
    if (mesh instanceof SkinnedMesh) mesh.getVertexPosition(i, v);
    else v.fromBufferAttribute(mesh.geometry.getAttribute('position'), i);
    const d = v.applyMatrix4(mesh.matrixWorld).distanceToSquared(hit.point);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return offset + best;
}

const world = new Vector3();

/** Where a pin is on the canvas now (CSS px from the canvas's top-left), or null when its structure is hidden or behind the camera. */
export function pinCanvasPoint(
  index: ModelIndex,
  camera: Camera,
  pin: Pin,
  width: number,
  height: number,
): { x: number; y: number } | null {
  const entry = index.structures.get(pin.structure);
  if (!entry || !isShown(entry.node)) return null;
  if (!pinWorldPosition(entry, pin.vertex, world)) return null;
  world.project(camera);
  if (world.z < -1 || world.z > 1) return null;
  return { x: ((world.x + 1) / 2) * width, y: ((1 - world.y) / 2) * height };
}

/** Pins' canvas points now, for the snapshot. */
export function pinCanvasPoints(pins: readonly Pin[]): ({ x: number; y: number } | null)[] {
  const handle = getSceneHandle();
  if (!handle) return pins.map(() => null);
  const r = handle.gl.domElement.getBoundingClientRect();
  handle.camera.updateMatrixWorld();
  return pins.map((p) => pinCanvasPoint(handle.index, handle.camera, p, r.width, r.height));
}

/**
 * Inside the Canvas: moves each pin marker (`[data-pin-index]` in the pin layer) to its point on the
 * model every drawn frame, by writing the marker's transform (no React render per frame).
 */
export function PinTracker({ index }: { index: ModelIndex }) {
  const invalidate = useThree((s) => s.invalidate);
  // A pin names a vertex of this model; one saved or linked from another version of the model may
  // name a vertex it lacks: remove it with a notice rather than hide it silently.
  useEffect(() => {
    const dropMissing = (pins: readonly Pin[]) => {
      const kept = pins.filter((p) => {
        const entry = index.structures.get(p.structure);
        return entry !== undefined && pinWorldPosition(entry, p.vertex) !== null;
      });
      if (kept.length === pins.length) return;
      const s = useViewer.getState();
      const lost = pins.length - kept.length;
      s.setPins(kept);
      const message = `${lost} pin${lost === 1 ? '' : 's'} pointed to a place this version of the model does not have and ${lost === 1 ? 'was' : 'were'} removed.`;
      s.showNotice([s.notice, message].filter(Boolean).join(' '));
    };
    dropMissing(useViewer.getState().pins);
    return useViewer.subscribe((s, prev) => {
      if (s.pins !== prev.pins) dropMissing(s.pins);
    });
  }, [index]);
  useEffect(
    () =>
      useViewer.subscribe((s, prev) => {
        if (s.pins !== prev.pins) requestAnimationFrame(() => invalidate());
      }),
    [invalidate],
  );
  useFrame(({ camera, size }) => {
    const layer = document.querySelector<HTMLElement>('[data-pin-layer]');
    if (!layer) return;
    const pins = useViewer.getState().pins;
    for (const el of layer.querySelectorAll<HTMLElement>('[data-pin-index]')) {
      const pin = pins[Number(el.dataset.pinIndex)];
      const p = pin ? pinCanvasPoint(index, camera, pin, size.width, size.height) : null;
      if (!p) {
        el.style.visibility = 'hidden';
        continue;
      }
      el.style.visibility = 'visible';
      el.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
    }
  });
  return null;
}

/**
 * An outline ("colouring-book") rendering of the model as the camera sees it now: the visible
 * structures are drawn offscreen twice — flat, one colour per structure (an id pass), and with
 * their surface normals — and read back; a line goes wherever the structure changes from one
 * pixel to the next (outlines and boundaries between structures) and, thinner, where the surface
 * folds sharply within one structure (creases). No shading: dark lines on white.
 * Also returns, for each structure that shows, its pixel count and the pixel deepest inside its
 * visible part (where a leader line can point).
 */
import { Color, LinearSRGBColorSpace, MeshBasicMaterial, MeshNormalMaterial, WebGLRenderTarget } from 'three';
import type { Material, Mesh } from 'three';
import type { StructureId } from '../anatomy/ids';
import { kindOf } from '../anatomy/ids';
import type { SceneHandle } from './sceneHandle';
import { isShown } from './modelIndex';

export interface OutlineStructure {
  id: StructureId;
  /** Visible pixels in the image. */
  pixels: number;
  /** The visible pixel farthest from the structure's visible outline (image px, top-left origin). */
  anchor: { x: number; y: number };
  /** Distance (px) from the anchor to the structure's visible outline. */
  depth: number;
}

export interface OutlineImage {
  width: number;
  height: number;
  /** 0 white … 255 full line, one byte per pixel, top row first. */
  ink: Uint8Array;
  structures: OutlineStructure[];
}

export interface OutlineOptions {
  /** Image height in px (the width follows the canvas's aspect ratio, at most 4000 px). Default 1600: ~190 dpi over a printed page's height. */
  height?: number;
  /** Cosine of the angle between neighbouring normals below which a crease is drawn. Default 0.6. */
  creaseCos?: number;
}

/** Renders `meshes` into a render target with one material per mesh, and reads the pixels back (bottom row first). */
function renderPass(handle: SceneHandle, meshes: Mesh[], materialOf: (m: Mesh) => Material, target: WebGLRenderTarget): Uint8Array {
  const { gl, camera, index } = handle;
  const saved = meshes.map((m) => m.material);
  const prevTarget = gl.getRenderTarget();
  const prevClear = gl.getClearColor(new Color());
  const prevAlpha = gl.getClearAlpha();
  // Everything else under the model (landmarks, attachment footprints, hidden parts) stays out.
  const hiddenHere = new Set(meshes);
  const others: Array<{ o: { visible: boolean }; v: boolean }> = [];
  index.root.traverse((o) => {
    if ((o as Mesh).isMesh && !hiddenHere.has(o as Mesh)) {
      others.push({ o, v: o.visible });
      o.visible = false;
    }
  });
  try {
    meshes.forEach((m) => (m.material = materialOf(m)));
    gl.setRenderTarget(target);
    gl.setClearColor(0x000000, 0);
    gl.clear(true, true, true);
    gl.render(index.root, camera);
    const out = new Uint8Array(target.width * target.height * 4);
    gl.readRenderTargetPixels(target, 0, 0, target.width, target.height, out);
    return out;
  } finally {
    meshes.forEach((m, i) => (m.material = saved[i]));
    others.forEach(({ o, v }) => (o.visible = v));
    gl.setRenderTarget(prevTarget);
    gl.setClearColor(prevClear, prevAlpha);
  }
}

/** Chamfer (3-4) distance of every labelled pixel to the nearest pixel of another label, in px. */
function distanceInside(labels: Int32Array, w: number, h: number): Float32Array {
  const d = new Float32Array(w * h);
  const INF = 1e9;
  for (let i = 0; i < w * h; i++) d[i] = labels[i] > 0 ? INF : 0;
  const at = (x: number, y: number, l: number) => (x < 0 || y < 0 || x >= w || y >= h || labels[y * w + x] !== l ? 0 : d[y * w + x]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (d[i] === 0) continue;
      const l = labels[i];
      d[i] = Math.min(d[i], at(x - 1, y, l) + 3, at(x, y - 1, l) + 3, at(x - 1, y - 1, l) + 4, at(x + 1, y - 1, l) + 4);
    }
  }
  for (let y = h - 1; y >= 0; y--) {
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      if (d[i] === 0) continue;
      const l = labels[i];
      d[i] = Math.min(d[i], at(x + 1, y, l) + 3, at(x, y + 1, l) + 3, at(x + 1, y + 1, l) + 4, at(x - 1, y + 1, l) + 4);
    }
  }
  for (let i = 0; i < w * h; i++) d[i] /= 3;
  return d;
}

/** The outline image of what the 3D view shows now (see the module comment). */
export function renderOutline(handle: SceneHandle, { height = 1600, creaseCos = 0.6 }: OutlineOptions = {}): OutlineImage {
  const rect = handle.gl.domElement.getBoundingClientRect();
  const aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : 1;
  // The camera's aspect ratio, exactly (else the figure would stretch); at most 4000 px wide.
  const h = Math.max(1, Math.round(Math.min(height, 4000 / aspect)));
  const w = Math.max(1, Math.round(h * aspect));
  const meshes = handle.index.pickable.filter((m) => {
    const id = m.userData.structureId as StructureId;
    return isShown(m) && kindOf(id) !== 'attachment';
  });
  const ids: StructureId[] = [];
  const labelOf = new Map<StructureId, number>();
  for (const m of meshes) {
    const id = m.userData.structureId as StructureId;
    if (!labelOf.has(id)) {
      ids.push(id);
      labelOf.set(id, ids.length);
    }
  }
  const flat = new Map<number, MeshBasicMaterial>();
  const flatOf = (m: Mesh) => {
    const label = labelOf.get(m.userData.structureId as StructureId)!;
    let mat = flat.get(label);
    if (!mat) {
      // The label in the red and green bytes, exactly: linear colour, no tone mapping, no MSAA.
      mat = new MeshBasicMaterial({ toneMapped: false });
      mat.color.setRGB((label & 255) / 255, ((label >> 8) & 255) / 255, 1, LinearSRGBColorSpace);
      flat.set(label, mat);
    }
    return mat;
  };
  const normal = new MeshNormalMaterial();
  const target = new WebGLRenderTarget(w, h, { depthBuffer: true });
  let idPixels: Uint8Array;
  let normalPixels: Uint8Array;
  try {
    idPixels = renderPass(handle, meshes, flatOf, target);
    normalPixels = renderPass(handle, meshes, () => normal, target);
  } finally {
    target.dispose();
    normal.dispose();
    flat.forEach((m) => m.dispose());
    handle.invalidate();
  }

  // Labels, top row first (the read-back is bottom row first).
  const labels = new Int32Array(w * h);
  for (let y = 0; y < h; y++) {
    const src = (h - 1 - y) * w;
    for (let x = 0; x < w; x++) {
      const p = (src + x) * 4;
      labels[y * w + x] = idPixels[p + 3] > 0 ? idPixels[p] | (idPixels[p + 1] << 8) : 0;
    }
  }
  const normalAt = (x: number, y: number, out: number[]) => {
    const p = ((h - 1 - y) * w + x) * 4;
    out[0] = normalPixels[p] / 127.5 - 1;
    out[1] = normalPixels[p + 1] / 127.5 - 1;
    out[2] = normalPixels[p + 2] / 127.5 - 1;
  };

  const edge = new Uint8Array(w * h);
  const crease = new Uint8Array(w * h);
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const l = labels[i];
      for (const [dx, dy] of [
        [1, 0],
        [0, 1],
      ] as const) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx >= w || ny >= h) continue;
        const j = ny * w + nx;
        if (labels[j] !== l) {
          edge[i] = 1;
        } else if (l > 0) {
          normalAt(x, y, a);
          normalAt(nx, ny, b);
          const cos = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(a[0], a[1], a[2]) * Math.hypot(b[0], b[1], b[2]) || 1);
          if (cos < creaseCos) crease[i] = 1;
        }
      }
    }
  }
  // Outlines thickened to ~3 px with soft sides; creases stay ~1 px and lighter.
  const ink = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      let v = crease[i] ? 150 : 0;
      if (edge[i]) v = 255;
      else {
        for (let dy = -1; dy <= 1 && v < 255; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const xx = x + dx;
            const yy = y + dy;
            if (xx < 0 || yy < 0 || xx >= w || yy >= h || !edge[yy * w + xx]) continue;
            v = Math.max(v, dx === 0 || dy === 0 ? 255 : 170);
          }
        }
      }
      ink[i] = v;
    }
  }

  const dist = distanceInside(labels, w, h);
  const stats = ids.map((id) => ({ id, pixels: 0, anchor: { x: 0, y: 0 }, depth: 0 }));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const l = labels[i];
      if (l === 0) continue;
      const s = stats[l - 1];
      s.pixels++;
      if (dist[i] > s.depth) {
        s.depth = dist[i];
        s.anchor = { x, y };
      }
    }
  }
  return { width: w, height: h, ink, structures: stats.filter((s) => s.pixels > 0).sort((p, q) => q.pixels - p.pixels) };
}

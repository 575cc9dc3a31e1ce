/**
 * Fine striation along a muscle's fibres, drawn by a shader chunk (no texture, no request, no bytes
 * in the .glb): a bump of parallel ridges about 1.6 mm apart, laid on the muscle in its node's
 * frame (y ≈ the limb's long axis, along which the lofted bellies run), tilted for the pennate
 * triceps surae. The ridges only perturb the normal, so the colour, emissive and opacity that the
 * highlight, length tint, explorer tint and x-ray set still apply. They fade out where a ridge is
 * smaller than about a pixel (full-leg view) and on tendinous, off-white vertex colours.
 */
import { addEffect } from '@react-three/fiber';
import { Box3, Group, Sphere } from 'three';
import type { Camera, Material, Mesh, Object3D, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import type { StructureId } from '../anatomy/ids';
import { compileInBackground } from './compileInBackground';

/** Ridge spacing in metres (the model's unit). */
const SPACING = 0.0016;
/** Ridge height in metres: a slope of at most AMPLITUDE · 2π / SPACING ≈ 0.2 (subtle). */
const AMPLITUDE = '0.00005';
/** Fibre tilt from the long axis (radians) for pennate muscles; others run along it. */
const PENNATION: Partial<Record<StructureId, number>> = {
  soleus: 0.45,
  gastrocnemius_medial_head: -0.3,
  gastrocnemius_lateral_head: 0.3,
};

/**
 * 1 while the camera is close enough for a ridge to span a few pixels on the nearest muscle, else 0:
 * shared by every muscle's shader, which then skips the work (at the full-leg view the striation
 * would fade out anyway, and the per-pixel cost showed in the clip frame time under software GL).
 */
const visible = { value: 0 };
/** Ridge period, in pixels, below which the striation is not drawn. */
const MIN_RIDGE_PX = 3;

/** Keeps `visible` in step with the camera before each frame; returns the unsubscribe. */
export function trackFibreVisibility(root: Object3D, camera: PerspectiveCamera, canvas: HTMLCanvasElement): () => void {
  const bounds = new Box3().setFromObject(root).getBoundingSphere(new Sphere());
  return addEffect(() => {
    const nearest = Math.max(0.02, camera.position.distanceTo(bounds.center) - bounds.radius);
    const pxPerMetre = canvas.height / (2 * nearest * Math.tan((camera.fov * Math.PI) / 360));
    visible.value = SPACING * pxPerMetre >= MIN_RIDGE_PX ? 1 : 0;
  });
}

/**
 * Adds the fibre striation to a muscle's own (cloned) material. The pennation tilt is a uniform of
 * the material, not part of the source, so every muscle shares one program per three.js variant
 * (skinned or not, vertex colours or not): fewer programs to compile after the first frame.
 */
export function addFibreDetail(material: Material, id: StructureId): void {
  const tilt = { value: Math.tan(PENNATION[id] ?? 0) };
  const k = ((2 * Math.PI) / SPACING).toFixed(1);
  material.customProgramCacheKey = () => 'fibre';
  material.onBeforeCompile = (shader) => {
    shader.uniforms.fibreVisible = visible;
    shader.uniforms.fibreTilt = tilt;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vFibrePos;\nvarying vec3 vFibreNormal;')
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvFibrePos = position;\nvFibreNormal = normal;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nuniform float fibreVisible;\nuniform float fibreTilt;\nvarying vec3 vFibrePos;\nvarying vec3 vFibreNormal;',
      )
      .replace(
        '#include <normal_fragment_maps>',
        `#include <normal_fragment_maps>
if (fibreVisible > 0.5) {
  // ridges across the fibres: the phase runs around the limb (x or z, whichever faces the normal)
  // and shifts with height by the pennation's tangent
  vec3 on = abs(normalize(vFibreNormal));
  float w = on.x / max(on.x + on.z, 1e-4);
  float phase = ${k} * (mix(vFibrePos.x, vFibrePos.z, w) + fibreTilt * vFibrePos.y);
  float h = sin(phase);
  // fade when a ridge spans under ~2 pixels, on tendon colours, and on caps facing up or down
  float fade = 1.0 - smoothstep(0.8, 1.6, fwidth(phase));
  #ifdef USE_COLOR
    fade *= 1.0 - smoothstep(0.3, 0.55, vColor.g);
  #endif
  fade *= 1.0 - smoothstep(0.6, 0.9, on.y);
  vec3 sx = dFdx(-vViewPosition);
  vec3 sy = dFdy(-vViewPosition);
  vec3 r1 = cross(sy, normal);
  vec3 r2 = cross(normal, sx);
  float det = dot(sx, r1);
  vec2 dh = vec2(dFdx(h), dFdy(h)) * (${AMPLITUDE} * fade);
  vec3 grad = sign(det) * (dh.x * r1 + dh.y * r2);
  if (fade > 0.0) normal = normalize(abs(det) * normal - grad);
}`,
      );
  };
  material.needsUpdate = true;
}

/**
 * Gives the muscles their striation without a frame (or a click) waiting for the new programs:
 * first the striated programs are compiled for stand-ins (the muscles' meshes, sharing geometry and
 * skeleton, with striated copies of their materials), and only once the GPU has linked them do the
 * muscles' own materials switch; their next frame then finds the programs in three's cache, ready.
 * Until then frames draw the plain muscles. Resolves to a function that frees the copies.
 */
export async function addFibreDetailInBackground(
  renderer: WebGLRenderer,
  muscles: ReadonlyArray<{ id: StructureId; meshes: readonly Mesh[]; materials: readonly Material[] }>,
  camera: Camera,
  scene: Scene,
): Promise<() => void> {
  const standIns = new Group();
  const copies: Material[] = [];
  const striated = (m: Material, id: StructureId) => {
    const copy = m.clone();
    addFibreDetail(copy, id);
    copies.push(copy);
    return copy;
  };
  for (const { id, meshes } of muscles) {
    for (const mesh of meshes) {
      const standIn = mesh.clone(false);
      standIn.material = Array.isArray(mesh.material) ? mesh.material.map((m) => striated(m, id)) : striated(mesh.material, id);
      standIns.add(standIn);
    }
  }
  await compileInBackground(renderer, standIns, camera, scene);
  for (const { id, materials } of muscles) for (const m of materials) addFibreDetail(m, id);
  // The copies hold a reference on each program; the muscles take theirs at their next frame.
  return () => copies.forEach((c) => c.dispose());
}

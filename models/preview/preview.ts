/**
 * Bare three.js preview of models/lower-leg.glb (no React), for the generator's screenshots.
 * URL parameters: view=anterior|posterior|medial|lateral|knee-back|knee-front|plantar|foot-medial|foot-lateral|
 * foot-dorsal|ankle-anterior|toes-medial|toes-lateral (default anterior; the foot-*, ankle-* and toes-* views
 * are close-ups, toes-* on the metatarsophalangeal joints),
 * knee=<deg> (flexion), ankle=<deg> (plantarflexion), subtalar=<deg> (inversion), toes=<deg> (MTP flexion; negative:
 * extension), skin=1 to show the skin envelope, dist=<m> camera distance,
 * hide=<id,id> to hide structures, bones=1 to show only bones and attachment areas. Sets window.__previewReady = true after the first frame.
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { nodeTransforms } from '../../src/kinematics/pose';
import { SUBTALAR, TOES, jointRotation } from '../../src/kinematics/joints';

declare global {
  interface Window {
    __previewReady?: boolean;
    __previewError?: string;
  }
}

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'anterior';
const knee = Number(params.get('knee') ?? 0);
const ankle = Number(params.get('ankle') ?? 0);
const subtalar = Number(params.get('subtalar') ?? 0);
const toes = Number(params.get('toes') ?? 0);
const showSkin = params.get('skin') === '1';
const hidden = new Set((params.get('hide') ?? '').split(',').filter(Boolean));
const bonesOnly = params.get('bones') === '1';
/** show=<id,…>: structures kept visible beside the bones with bones=1 (e.g. the knee ligaments). */
const shown = new Set((params.get('show') ?? '').split(',').filter(Boolean));
/** tint=1: each bone in its own colour, to tell neighbouring bones apart. */
const tint = params.get('tint') === '1';

const renderer = new THREE.WebGLRenderer({ antialias: false, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
renderer.outputColorSpace = THREE.SRGBColorSpace;
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color(0x20242a);
scene.add(new THREE.HemisphereLight(0xffffff, 0x403830, 1.4));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
key.position.set(0.6, 1.2, 1.0);
scene.add(key);
const rim = new THREE.DirectionalLight(0xffffff, 0.9);
rim.position.set(-0.8, 0.4, -1.0);
scene.add(rim);
if (view === 'plantar') {
  // the sole faces away from the key light: light it from below
  const under = new THREE.DirectionalLight(0xffffff, 2.0);
  under.position.set(0.3, -1.2, 0.4);
  scene.add(under);
}

const camera = new THREE.PerspectiveCamera(30, innerWidth / innerHeight, 0.01, 10);
const target = new THREE.Vector3(0, 0.37, 0);
let distance = 1.6;
const dirs: Record<string, [number, number, number]> = {
  anterior: [0, 0, 1],
  posterior: [0, 0, -1],
  medial: [1, 0, 0],
  lateral: [-1, 0, 0],
  'knee-back': [0.15, 0.05, -1],
  'knee-front': [0, 0.05, 1],
  'knee-medial': [1, 0.05, 0],
  'knee-lateral': [-1, 0.05, 0],
  'knee-top': [0, 1, 0.2],
  plantar: [0, -1, 0],
  'foot-medial': [1, 0.05, 0],
  'foot-lateral': [-1, 0.05, 0],
  'foot-dorsal': [0, 1, 0.25],
  'ankle-anterior': [0, 0.05, 1],
  'toes-medial': [1, 0.15, 0.1],
  'toes-lateral': [-1, 0.15, 0.1],
};
if (view === 'knee-back') {
  target.set(0, 0.5, -0.02);
  distance = 0.55;
}
if (view === 'knee-top') {
  // the tibial plateaus and menisci from above (hide=femur,patella)
  target.set(0, 0.47, 0);
  distance = 0.22;
  camera.up.set(0, 0, -1);
}
if (view === 'knee-front' || view === 'knee-medial' || view === 'knee-lateral') {
  target.set(0, 0.49, 0.02);
  distance = 0.3;
}
if (view === 'plantar' || view.startsWith('foot-')) {
  target.set(0, 0.035, 0.07);
  distance = 0.85;
}
if (view.startsWith('toes-')) {
  target.set(-0.025, 0.025, 0.15);
  distance = 0.24;
}
if (view === 'ankle-anterior') {
  target.set(-0.005, 0.08, 0);
  distance = 0.3;
}
// optional close-up: dist=<metres> overrides the camera distance
if (params.get('dist')) distance = Number(params.get('dist'));
// looking straight up or down, keep the toes at the top of the picture
if (view === 'plantar' || view === 'foot-dorsal') camera.up.set(0, 0, 1);
if (knee > 60 && !view.startsWith('knee-')) target.set(0, 0.6, -0.12);
const d = new THREE.Vector3(...(dirs[view] ?? dirs.anterior)).normalize();
camera.position.copy(target).addScaledVector(d, distance);
camera.lookAt(target);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load(
  new URL('../lower-leg.glb', import.meta.url).href,
  (gltf) => {
    const root = gltf.scene;
    root.traverse((o) => {
      if (o.name === 'skin') o.visible = showSkin;
      if (hidden.has(o.name)) o.visible = false;
      const kind = (o.userData as { kind?: string }).kind;
      if (bonesOnly && kind && !shown.has(o.name) && kind !== 'bone' && kind !== 'attachment' && kind !== 'joint' && kind !== 'root') o.visible = false;
      const mesh = o as THREE.Mesh;
      if (mesh.isMesh) {
        const mat = mesh.material as THREE.MeshStandardMaterial;
        if (mat.name === 'skin') mat.depthWrite = false;
        if (tint && kind === 'bone') {
          let h = 0;
          for (const ch of o.name) h = (h * 31 + ch.charCodeAt(0)) % 360;
          mat.color.setHSL(h / 360, 0.45, 0.6);
        }
      }
    });
    // the knee moves knee_joint (rotation and translation) and the patella: src/kinematics/pose.ts
    for (const [name, t] of Object.entries(nodeTransforms({ knee, ankle }))) {
      const node = root.getObjectByName(name)!;
      node.quaternion.fromArray(t.rotation as number[]);
      node.position.fromArray(t.translation as number[]);
    }
    root.getObjectByName('subtalar_joint')?.quaternion.fromArray(jointRotation(SUBTALAR, subtalar) as number[]);
    root.getObjectByName('toes_joint')?.quaternion.fromArray(jointRotation(TOES, toes) as number[]);
    scene.add(root);
    renderer.render(scene, camera);
    requestAnimationFrame(() => {
      renderer.render(scene, camera);
      window.__previewReady = true;
    });
  },
  undefined,
  (err) => {
    window.__previewError = String(err);
    window.__previewReady = true;
  },
);

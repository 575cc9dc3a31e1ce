/**
 * Benchmark baseline: the same .glb drawn by bare three.js (no React, no R3F, no UI) with the app's
 * camera, lights and renderer settings, so the benchmark can say what the app's layers cost.
 * It mirrors src/scene/ViewerCanvas.tsx (renderer, camera), src/scene/Lights.tsx (lights) and the
 * posterior framing of src/scene/CameraRig.tsx (viewPose); keep them in step.
 */
import {
  ACESFilmicToneMapping,
  AnimationMixer,
  Box3,
  Clock,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  PerspectiveCamera,
  Raycaster,
  Scene,
  SRGBColorSpace,
  Vector2,
  Vector3,
  WebGLRenderer,
  type AnimationAction,
  type Material,
  type Object3D,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import modelUrl from '../../models/lower-leg.glb?url';
import { fitDistance, poseFrom } from '../../src/scene/cameraFlight';
import { VIEW_DIRECTIONS } from '../../src/scene/viewDirections';

export interface BaselineApi {
  ready: boolean;
  play(name: string): boolean;
  pause(): void;
  /** Screen point (CSS px) of a named node's mesh, by a ray hitting it first; null when hidden. */
  screenPosition(name: string): { x: number; y: number } | null;
  /** performance.now() when the last click's pick was drawn, and what it hit. */
  lastPick: { at: number; name: string | null } | null;
}

declare global {
  interface Window {
    baseline?: BaselineApi;
  }
}

const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight);
renderer.outputColorSpace = SRGBColorSpace;
renderer.toneMapping = ACESFilmicToneMapping; // R3F's default
document.body.append(renderer.domElement);

const camera = new PerspectiveCamera(32, window.innerWidth / window.innerHeight, 0.01, 20);
camera.position.set(0, 0.45, -1.8);
const scene = new Scene();
scene.add(new HemisphereLight(0xf3f1ec, 0x3a3633, 1.1));
for (const [x, y, z, intensity, color] of [
  [1.6, 2.4, 2.0, 1.9, 0xfff4e6],
  [-1.8, 1.2, 0.8, 0.7, 0xdfe8ff],
  [0.4, 1.6, -2.4, 1.3, 0xffffff],
  [-0.6, -1.0, -1.2, 0.35, 0xcfd8ff],
  [0.4, -2.0, 0.9, 0.75, 0xfff8f0],
] as const) {
  const light = new DirectionalLight(color, intensity);
  light.position.set(x, y, z);
  scene.add(light);
}

const controls = new OrbitControls(camera, renderer.domElement);
controls.enableDamping = true;
controls.dampingFactor = 0.12;
controls.minDistance = 0.12;
controls.maxDistance = 3;

const clock = new Clock();
let mixer: AnimationMixer | null = null;
let current: AnimationAction | null = null;
let frameRequested = false;

/** Render on demand, like the app's frameloop="demand". */
function requestRender(): void {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(frame);
}

function frame(): void {
  frameRequested = false;
  const dt = clock.getDelta();
  const dampingMoved = controls.update(dt);
  if (mixer && current?.isRunning()) {
    mixer.update(dt);
    requestRender();
  }
  if (dampingMoved) requestRender();
  renderer.render(scene, camera);
}
controls.addEventListener('change', requestRender);
window.addEventListener('resize', () => {
  camera.aspect = window.innerWidth / window.innerHeight;
  camera.updateProjectionMatrix();
  renderer.setSize(window.innerWidth, window.innerHeight);
  requestRender();
});

function isSkin(object: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (o.name === 'skin') return true;
  return false;
}

function meshOf(root: Object3D, name: string): Mesh[] {
  const node = root.getObjectByName(name);
  const meshes: Mesh[] = [];
  node?.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  return meshes;
}

/** The nearest named node: structure nodes carry their id; multi-primitive meshes have unnamed children. */
function structureName(object: Object3D | null): string | null {
  for (let o = object; o; o = o.parent) if (o.name) return o.name;
  return null;
}

const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
loader.load(
  modelUrl,
  (gltf) => {
    const root = gltf.scene;
    // The app starts with the skin layer off: hide it here too.
    root.traverse((o) => {
      if (o.name === 'skin') o.visible = false;
    });
    scene.add(root);
    root.updateMatrixWorld(true);
    const box = new Box3();
    root.traverse((o) => {
      if ((o as Mesh).isMesh && !isSkin(o)) box.expandByObject(o);
    });
    const c = box.getCenter(new Vector3());
    const size = box.getSize(new Vector3());
    const radius = Math.max(size.x, size.y, size.z) / 2;
    const aspect = window.innerWidth / window.innerHeight;
    const fit = fitDistance(radius * 1.08, camera.fov) / Math.min(1, Math.max(0.45, aspect));
    const pose = poseFrom([c.x, c.y, c.z], VIEW_DIRECTIONS.posterior, fit);
    camera.position.set(...pose.position);
    controls.target.set(...pose.target);
    controls.update();

    mixer = new AnimationMixer(root);
    const raycaster = new Raycaster();
    const pickable = (): Mesh[] => {
      const list: Mesh[] = [];
      root.traverse((o) => {
        if ((o as Mesh).isMesh && o.visible && !isSkin(o)) list.push(o as Mesh);
      });
      return list;
    };
    const ndc = (x: number, y: number) =>
      new Vector2((x / window.innerWidth) * 2 - 1, -(y / window.innerHeight) * 2 + 1);
    let highlighted: Material | null = null;

    const api: BaselineApi = {
      ready: false,
      lastPick: null,
      play(name) {
        const clip = gltf.animations.find((a) => a.name === name);
        if (!clip || !mixer) return false;
        current?.stop();
        current = mixer.clipAction(clip).reset().play();
        clock.getDelta();
        requestRender();
        return true;
      },
      pause() {
        if (current) current.paused = true;
      },
      screenPosition(name) {
        const targets = meshOf(root, name);
        if (targets.length === 0) return null;
        const box3 = new Box3();
        for (const m of targets) box3.expandByObject(m);
        const p = box3.getCenter(new Vector3()).project(camera);
        const x = ((p.x + 1) / 2) * window.innerWidth;
        const y = ((1 - p.y) / 2) * window.innerHeight;
        raycaster.setFromCamera(ndc(x, y), camera);
        const hit = raycaster.intersectObjects(pickable(), false)[0];
        return hit && targets.includes(hit.object as Mesh) ? { x, y } : null;
      },
    };
    renderer.domElement.addEventListener('pointerdown', (event) => {
      raycaster.setFromCamera(ndc(event.clientX, event.clientY), camera);
      const hit = raycaster.intersectObjects(pickable(), false)[0];
      if (highlighted && 'emissive' in highlighted) (highlighted.emissive as Color).setHex(0x000000);
      highlighted = hit ? ((hit.object as Mesh).material as Material) : null;
      if (highlighted && 'emissive' in highlighted) (highlighted.emissive as Color).setHex(0x553300);
      const name = hit ? structureName(hit.object) : null;
      requestAnimationFrame(() => {
        renderer.render(scene, camera);
        api.lastPick = { at: performance.now(), name };
      });
    });
    window.baseline = api;

    renderer.render(scene, camera);
    // Announce after the first frame has been presented, as the app's ReadyAnnouncer does.
    requestAnimationFrame(() => {
      api.ready = true;
      document.documentElement.dataset.viewerReady = 'true';
      window.dispatchEvent(new Event('anatomy-viewer:ready'));
    });
  },
  undefined,
  (error) => {
    document.body.textContent = `baseline failed to load the model: ${String(error)}`;
  },
);

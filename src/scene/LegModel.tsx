import { useEffect, useMemo } from 'react';
import { useLoader, useThree } from '@react-three/fiber';
import type { ThreeElements } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useViewer } from '../state/store';
import { MODEL_URL } from './modelUrl';
import { lazyMeshoptDecoder, load as loadMeshoptDecoder } from './meshopt';
import { indexModel, startBvhBuild } from './modelIndex';
import { setSceneHandle } from './sceneHandle';
import { HighlightController } from './HighlightController';
import { ActionPlayer } from './ActionPlayer';
import { FootMotionDriver } from './FootMotionDriver';
import { Picking } from './Picking';
import { ReadyAnnouncer } from './ReadyAnnouncer';
import { CameraRig } from './CameraRig';
import { VisibilityController } from './VisibilityController';
import { StudyClicks } from './StudyClicks';
import { PinTracker } from './pinTracking';

export type LegModelProps = Omit<ThreeElements['group'], 'ref'> & {
  /** URL of the .glb. Default: the bundled models/lower-leg.glb. */
  url?: string;
};

function reportProgress(e: ProgressEvent): void {
  if (e.lengthComputable && e.total > 0) useViewer.getState().setLoadProgress(e.loaded / e.total);
}

/** Meshopt-compressed geometry is decoded by the bundled decoder (no Draco, no CDN), loaded on first use. */
function withMeshopt(loader: GLTFLoader): void {
  // GLTFLoader only calls `supported` and `decodeGltfBufferAsync` of the decoder it is given.
  loader.setMeshoptDecoder(lazyMeshoptDecoder as unknown as Parameters<GLTFLoader['setMeshoptDecoder']>[0]);
}

/** Forget a failed (or finished) load so the next mount fetches the file again. */
export function clearModelCache(url: string = MODEL_URL): void {
  useLoader.clear(GLTFLoader, url);
}

/**
 * The lower-leg model: loads the .glb (suspends while loading, throws load errors to the error
 * boundary around the Canvas), indexes its structures once, and hosts picking, highlighting,
 * playback and the ready announcement.
 */
export function LegModel({ url = MODEL_URL, ...props }: LegModelProps) {
  // The shipped model is meshopt-compressed: its decoder (modulepreloaded by index.html) compiles
  // while the .glb downloads instead of after it arrives.
  if (url === MODEL_URL) void loadMeshoptDecoder();
  const gltf = useLoader(GLTFLoader, url, withMeshopt, reportProgress);
  const index = useMemo(() => indexModel(gltf.scene), [gltf.scene]);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    setSceneHandle({ index, camera, gl, invalidate });
    useViewer.getState().setLoadProgress(1);
    invalidate();
    // After the first frame: picking trees in short slices (nearest first; rays use three's
    // raycast until a mesh has its tree), so that the first click is answered at once.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let disposed = false;
    let stopFibres: (() => void) | undefined;
    let freeCopies: (() => void) | undefined;
    const job = idle(() => {
      startBvhBuild(index, camera.position);
      // the muscles' fibre striation is a shader chunk loaded after the first frame (keeps the
      // first-frame JS budget); it only shows at close zoom
      void import('./fibreDetail').then(async ({ addFibreDetailInBackground, trackFibreVisibility }) => {
        if (disposed) return;
        const muscles = [...index.structures.values()].filter((s) => s.kind === 'muscle');
        const free = await addFibreDetailInBackground(gl, muscles, camera, scene);
        if (disposed) return free();
        stopFibres = trackFibreVisibility(index.root, camera as PerspectiveCamera, gl.domElement);
        freeCopies = free;
        invalidate();
      });
    });
    return () => {
      disposed = true;
      stopFibres?.();
      freeCopies?.();
      cancel(job);
      setSceneHandle(null);
    };
  }, [index, camera, gl, scene, invalidate]);

  return (
    <group {...props}>
      <primitive object={gltf.scene} />
      <HighlightController index={index} />
      <ActionPlayer index={index} clips={gltf.animations} />
      <FootMotionDriver index={index} />
      <Picking index={index} />
      <VisibilityController index={index} />
      <StudyClicks index={index} />
      <PinTracker index={index} />
      <CameraRig index={index} />
      <ReadyAnnouncer />
    </group>
  );
}

import { Component, Suspense } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Canvas } from '@react-three/fiber';
import type { RootState } from '@react-three/fiber';
import { useViewer } from '../state/store';
import { Lights } from './Lights';
import { LegModel, clearModelCache } from './LegModel';
import { CONTEXT_LOST, modelLoadError } from './errors';

/** Catches model-loading and rendering errors thrown inside the Canvas; the page around it stays usable. */
class SceneErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('3D view failed:', error, info.componentStack);
    useViewer.getState().setError(modelLoadError(error));
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

function watchContext(state: RootState) {
  const canvas = state.gl.domElement;
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault(); // allows the browser to restore the context
    // A failed model load unmounts the Canvas, and R3F's dispose forces a context loss: the load
    // error is what the user must see, not "the 3D view was interrupted".
    const s = useViewer.getState();
    if (!s.error) s.setError(CONTEXT_LOST);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    // three re-uploads geometry and textures itself; the store (selection, pose) was never touched.
    const s = useViewer.getState();
    if (s.error?.kind === 'context-lost') s.setError(null);
    state.invalidate();
  });
}

/**
 * The 3D view: renders on demand (frameloop "demand", `invalidate()` when something moves), dpr 1–2,
 * studio lights, the model with picking/highlight/playback, and orbit controls with camera flights.
 */
export function ViewerCanvas() {
  const attempt = useViewer((s) => s.sceneAttempt);
  return (
    <div
      className="viewer-canvas"
      data-testid="viewer-canvas"
      role="img"
      aria-label="3D model of the right lower leg. Drag to rotate, scroll or pinch to zoom, right-drag or two fingers to pan; click a structure to select it. The structure list offers the same choices."
    >
      <SceneErrorBoundary key={attempt}>
        <Canvas
          frameloop="demand"
          dpr={[1, 2]}
          gl={{ antialias: true, powerPreference: 'high-performance' }}
          camera={{ fov: 32, near: 0.01, far: 20, position: [0, 0.45, -1.8] }}
          onCreated={watchContext}
        >
          <Lights />
          <Suspense fallback={null}>
            <LegModel />
          </Suspense>
        </Canvas>
      </SceneErrorBoundary>
    </div>
  );
}

/** "Try again" after a failed model load: forget the failed request and mount the 3D view anew. */
export function retryModelLoad(): void {
  clearModelCache();
  delete document.documentElement.dataset.viewerReady;
  useViewer.getState().retryScene();
}

import { Component, Suspense, useLayoutEffect, useRef } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { createRoot, events as createPointerEvents, extend } from '@react-three/fiber';
import type { ReconcilerRoot, RenderProps, RootState } from '@react-three/fiber';
import { DirectionalLight, Group, HemisphereLight } from 'three';
import { useViewer } from '../state/store';
import { FramePacer } from './FramePacer';
import { Lights } from './Lights';
import { LegModel, clearModelCache } from './LegModel';
import { CONTEXT_LOST, NO_WEBGL, modelLoadError } from './errors';

// Only the three classes the scene uses as JSX elements (<primitive> is built in). R3F's <Canvas>
// registers all of three (`extend(THREE)`), which keeps the whole library in the first download.
extend({ DirectionalLight, Group, HemisphereLight });

/** Catches model-loading and rendering errors thrown inside the scene; the page around it stays usable. */
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

/** Context loss and restore on the live 3D view; `live()` turns false once this view is being disposed. */
function watchContext(state: RootState, live: () => boolean) {
  const canvas = state.gl.domElement;
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault(); // allows the browser to restore the context
    // R3F's dispose of an unmounted view (e.g. after "Try again") forces a context loss: not news.
    // Nor is a loss after a failed load: the load error is what the user must see.
    const s = useViewer.getState();
    if (live() && !s.error) s.setError(CONTEXT_LOST);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    // three re-uploads geometry and textures itself; the store (selection, pose) was never touched.
    const s = useViewer.getState();
    if (s.error?.kind === 'context-lost') s.setError(null);
    state.invalidate();
  });
}

const sizeOf = (el: HTMLElement) => {
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height, top: r.top, left: r.left };
};

/**
 * The R3F root on a canvas of our own. The size comes from the stage's box, read when the canvas
 * is mounted (R3F's <Canvas> waits for react-use-measure, i.e. a layout pass of the whole page and
 * a second React render), and follows it with a ResizeObserver. The WebGL context is created here
 * once: a browser without WebGL fails this creation and gets the "no WebGL" message.
 */
const ROOT_CONFIG = {
  frameloop: 'demand',
  dpr: [1, 2],
  gl: { antialias: true, powerPreference: 'high-performance' },
  camera: { fov: 32, near: 0.01, far: 20, position: [0, 0.45, -1.8] },
  events: createPointerEvents,
} satisfies RenderProps<HTMLCanvasElement>;

function SceneRoot() {
  const host = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = host.current!;
    // A new canvas per mount: a root being disposed keeps its canvas until the renderer is gone.
    const canvas = document.createElement('canvas');
    el.append(canvas);
    let root: ReconcilerRoot<HTMLCanvasElement> | null = null;
    let live = true;
    try {
      root = createRoot(canvas);
      void root
        .configure({
          ...ROOT_CONFIG,
          size: sizeOf(el),
          onCreated: (state) => {
            state.events.connect?.(el);
            watchContext(state, () => live);
          },
        })
        .catch(noWebgl);
      if (root.ready.status !== 'rejected') {
        root.render(
          <SceneErrorBoundary>
            <FramePacer />
            <Lights />
            <Suspense fallback={null}>
              <LegModel />
            </Suspense>
          </SceneErrorBoundary>,
        );
      }
    } catch (error) {
      noWebgl(error);
    }
    const resize = new ResizeObserver(() => {
      // configure() resets every prop it is not given to R3F's default (frameloop "always" would
      // render continuously from the first resize on): pass the whole configuration again.
      if (root?.ready.status === 'fulfilled') void root.configure({ ...ROOT_CONFIG, size: sizeOf(el) });
    });
    resize.observe(el);
    return () => {
      live = false;
      resize.disconnect();
      root?.unmount();
      canvas.remove();
    };
  }, []);

  return <div ref={host} className="scene-host" />;
}

function noWebgl(error: unknown): void {
  console.error('WebGL could not start:', error);
  useViewer.getState().setError(NO_WEBGL);
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
      <SceneRoot key={attempt} />
    </div>
  );
}

/** "Try again" after a failed model load: forget the failed request and mount the 3D view anew. */
export function retryModelLoad(): void {
  clearModelCache();
  delete document.documentElement.dataset.viewerReady;
  useViewer.getState().retryScene();
}

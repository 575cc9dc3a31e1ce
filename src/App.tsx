import { Suspense, lazy, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ViewerCanvas } from './scene/ViewerCanvas';
import { PoseDriver } from './scene/PoseDriver';
import { ActionControls } from './ui/ActionControls';
import { ViewControls } from './ui/ViewControls';
import { ErrorAlert } from './ui/ErrorAlert';
import { Notice } from './ui/Notice';
import { LoadingBar } from './ui/LoadingBar';
import { BottomSheet } from './ui/BottomSheet';
import { useViewer } from './state/store';

// Everything else comes as one chunk after the model's first frame (or a 3D error): the first
// frame does not wait for its download, parsing or first render. zod comes with it and is told to
// parse without its JIT first (csp.ts; its probe of `new Function` would be a CSP violation), before
// any module of the chunk parses a tour file.
const DeferredUi = lazy(() => import('./embed/csp').then(() => import('./DeferredUi')));

/** Renders its children once the first model frame is out or the 3D view has failed, and from then on. */
function AfterFirstFrame({ children }: { children: ReactNode }) {
  const reached = useViewer((s) => s.ready || s.error !== null);
  const [shown, setShown] = useState(false);
  if (reached && !shown) setShown(true);
  return shown || reached ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/**
 * Page layout: the 3D stage with its overlays, and the side panel (on phones a bottom sheet over a
 * full-screen 3D view, with the view and action controls in a row on its top edge).
 * The stage (canvas, view presets, action player, loading and error messages) renders first; the
 * panel's content, the teaching buttons and the overlays follow the first model frame, in space the
 * layout already holds for them.
 */
export function App() {
  const stage = useRef<HTMLDivElement>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  const webgl = useViewer((s) => s.error?.kind !== 'no-webgl');
  const topbarSlot = useRef<HTMLDivElement>(null);
  const stageSlot = useRef<HTMLDivElement>(null);
  const panelSlot = useRef<HTMLDivElement>(null);
  const sheetTitleSlot = useRef<HTMLDivElement>(null);
  // Phones: the action player is a drawer opened from the control row (always shown on wide screens).
  const [actionsOpen, setActionsOpen] = useState(false);
  return (
    <div className={`app${panelOpen ? '' : ' panel-closed'}${actionsOpen ? ' actions-open' : ''}`}>
      <header className="topbar">
        <h1>
          Lower leg <span className="title-sub">· Gastrocnemius</span>
        </h1>
        <div className="topbar-teaching" ref={topbarSlot} />
        <button
          type="button"
          className="chip panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={() => setPanelOpen((o) => !o)}
        >
          {panelOpen ? 'Hide panel' : 'Show panel'}
        </button>
      </header>
      <main className="stage">
        <div className="dock">
          <button
            type="button"
            className="chip dock-actions"
            data-testid="actions-drawer"
            aria-expanded={actionsOpen}
            aria-controls="action-player"
            onClick={() => setActionsOpen((o) => !o)}
          >
            Actions
          </button>
          <ViewControls />
        </div>
        {/* Nothing overlaps the canvas's edges: clicks there reach the scene (empty space clears). */}
        <div className="canvas-area" ref={stage}>
          {webgl && <ViewerCanvas />}
          {webgl && <PoseDriver />}
          <div className="stage-overlays" ref={stageSlot} />
          <LoadingBar />
          <div className="stage-messages">
            <ErrorAlert />
            <Notice />
          </div>
        </div>
        <div className="action-drawer" id="action-player">
          <ActionControls />
        </div>
      </main>
      <BottomSheet panelRef={panelSlot} titleRef={sheetTitleSlot} hidden={!panelOpen} />
      <AfterFirstFrame>
        <DeferredUi
          webgl={webgl}
          stage={stage}
          slots={{ topbar: topbarSlot, stage: stageSlot, panel: panelSlot, sheetTitle: sheetTitleSlot }}
        />
      </AfterFirstFrame>
    </div>
  );
}

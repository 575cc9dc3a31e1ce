import { Suspense, lazy, useRef, useState } from 'react';
import { ViewerCanvas } from './scene/ViewerCanvas';
import { InfoPanel } from './ui/InfoPanel';
import { StructureList } from './ui/StructureList';
import { ActionControls } from './ui/ActionControls';
import { ViewControls } from './ui/ViewControls';
import { ErrorAlert } from './ui/ErrorAlert';
import { Notice } from './ui/Notice';
import { LoadingBar } from './ui/LoadingBar';
import { HoverLabel } from './ui/HoverLabel';
import { SelectionAnnouncer } from './ui/SelectionAnnouncer';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';
import { useUrlSync } from './embed/useUrlSync';
import { useStudyPersistence } from './state/persist';
import { PinLayer, PinModeButton } from './scene/Pins';
import { SearchBox } from './ui/SearchBox';
import { LatinToggle } from './ui/LatinToggle';
import { QuizPanel, QuizToggle } from './ui/QuizPanel';
import { LayersPanel } from './ui/LayersPanel';
import { SnapshotButton } from './ui/SnapshotButton';
import './ui/study.css';
import { PoseDriver } from './scene/PoseDriver';
import { LengthTint } from './scene/LengthTint';
import { TeachingPanel } from './ui/TeachingPanel';
import { TourPlayer, TourStartButton } from './ui/TourPlayer';
import { LectureMode, LectureToggle } from './ui/LectureMode';
import { useTeachingKeys } from './ui/useTeachingKeys';
import { useViewer } from './state/store';
import { useTeachingUrl } from './embed/useTeachingUrl';
import { useClinicalUrl } from './embed/useClinicalUrl';
import { ClinicalLabToggle } from './ui/clinical/ClinicalLabToggle';

// The clinical lab (data, panel, 3D overlays) loads only when it is opened.
const ClinicalLab = lazy(() => import('./ui/clinical/ClinicalLab'));

/** Page layout: the 3D stage with its overlays, and the side panel (a bottom sheet on narrow screens). */
export function App({ webgl }: { webgl: boolean }) {
  const stage = useRef<HTMLDivElement>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  useKeyboardShortcuts();
  useUrlSync();
  useStudyPersistence();
  useTeachingKeys();
  useTeachingUrl();
  useClinicalUrl();
  const clinicalOpen = useViewer((s) => s.clinicalOpen);
  return (
    <div className={`app${panelOpen ? '' : ' panel-closed'}`}>
      <header className="topbar">
        <h1>
          Lower leg <span className="title-sub">· Gastrocnemius</span>
        </h1>
        <div className="topbar-teaching">
          <TourStartButton />
          <LectureToggle />
        </div>
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
        <ViewControls />
        {/* Nothing overlaps the canvas's edges: clicks there reach the scene (empty space clears). */}
        <div className="canvas-area" ref={stage}>
          {webgl && <ViewerCanvas />}
          {webgl && <HoverLabel container={stage} />}
          {webgl && <PinLayer />}
          {webgl && <PoseDriver />}
          {webgl && <LengthTint />}
          <TourPlayer />
          <LectureMode />
          <LoadingBar />
          <div className="stage-messages">
            <ErrorAlert />
            <Notice />
          </div>
        </div>
        <ActionControls />
      </main>
      <div className="side-panel" id="side-panel" hidden={!panelOpen}>
        <div className="study-bar">
          <SearchBox />
          <div className="study-tools" role="group" aria-label="Study tools">
            <QuizToggle />
            <LatinToggle />
            <PinModeButton />
            <SnapshotButton />
            <ClinicalLabToggle />
          </div>
        </div>
        {clinicalOpen && (
          <Suspense fallback={<p className="muted">Loading the clinical lab…</p>}>
            <ClinicalLab />
          </Suspense>
        )}
        <QuizPanel />
        <InfoPanel />
        <TeachingPanel />
        <LayersPanel />
        <StructureList />
      </div>
      <SelectionAnnouncer />
    </div>
  );
}

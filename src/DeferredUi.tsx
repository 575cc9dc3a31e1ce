/**
 * The interface that renders after the model's first frame (App.tsx loads this module then, as its
 * own chunk): the side panel, study and teaching tools, overlays on the stage, and the hooks that
 * keep the link and this device's storage in step. Their space is reserved by the page layout, so
 * nothing moves when they arrive.
 */
import { Suspense, lazy, useEffect } from 'react';
import type { RefObject } from 'react';
import { createPortal } from 'react-dom';
import { InfoPanel } from './ui/InfoPanel';
import { ModelCredits } from './ui/ModelCredits';
import { StructureList } from './ui/StructureList';
import { HoverLabel } from './ui/HoverLabel';
import { SelectionAnnouncer } from './ui/SelectionAnnouncer';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';
import { useUrlSync } from './embed/useUrlSync';
import { useStudyPersistence } from './state/persist';
import { PinLayer, PinModeButton } from './scene/Pins';
import { SearchBox } from './ui/SearchBox';
import { LatinToggle } from './ui/LatinToggle';
import { QuizPanel, QuizToggle } from './ui/QuizPanel';
import { checkChoice, checkClick, generateQuiz } from './anatomy/quiz';
import { provideQuizEngine } from './state/quizSlice';
import { LayersPanel } from './ui/LayersPanel';
import { SnapshotButton } from './ui/SnapshotButton';
import './ui/study.css';
import { LengthTint } from './scene/LengthTint';
import { TeachingPanel } from './ui/TeachingPanel';
import { TourPlayer, TourStartButton } from './ui/TourPlayer';
import { LectureMode, LectureToggle } from './ui/LectureMode';
import { useTeachingKeys } from './ui/useTeachingKeys';
import { useTeachingUrl } from './embed/useTeachingUrl';
import { useClinicalUrl } from './embed/useClinicalUrl';
import { ClinicalLabToggle } from './ui/clinical/ClinicalLabToggle';
import { useViewer } from './state/store';
import { ExplorerPanelLazy, ExplorerSceneLazy } from './ui/explorer/lazy';
import { FlashcardsToggle, WorksheetToggle } from './ui/study/StudyToggles';
import { FlashcardsPanelLazy, WorksheetPanelLazy } from './ui/study/lazy';
import { SheetTitle } from './ui/SheetTitle';
import { UpdateNotice } from './pwa/UpdateNotice';
import { LiveLazy } from './ui/live/lazy';

// The clinical lab (data, panel, 3D overlays) loads only when it is opened.
const ClinicalLab = lazy(() => import('./ui/clinical/ClinicalLab'));

provideQuizEngine({ generateQuiz, checkChoice, checkClick });

/** Fired on window once the deferred interface has rendered (after the first model frame). */
export const INTERFACE_READY_EVENT = 'anatomy-viewer:interface-ready';

export interface DeferredUiProps {
  /** Whether the 3D view can run (the overlays on it need it). */
  webgl: boolean;
  /** The stage's canvas area (the hover label positions itself in it). */
  stage: RefObject<HTMLDivElement | null>;
  /** Where each part goes: slots the page layout reserved. */
  slots: {
    topbar: RefObject<HTMLDivElement | null>;
    stage: RefObject<HTMLDivElement | null>;
    panel: RefObject<HTMLDivElement | null>;
    /** The phone's bottom sheet: the selected name shown at peek. */
    sheetTitle: RefObject<HTMLDivElement | null>;
  };
}

/**
 * Everything above, rendered into the slots of the page layout in one commit. Once it is there,
 * `data-interface-ready="true"` on <html> and the `anatomy-viewer:interface-ready` event say so.
 */
export default function DeferredUi({ webgl, stage, slots }: DeferredUiProps) {
  useKeyboardShortcuts();
  useUrlSync();
  useStudyPersistence();
  useTeachingKeys();
  useTeachingUrl();
  useClinicalUrl();
  const clinicalOpen = useViewer((s) => s.clinicalOpen);
  useEffect(() => {
    document.documentElement.dataset.interfaceReady = 'true';
    window.dispatchEvent(new Event(INTERFACE_READY_EVENT));
  }, []);
  const { topbar, stage: stageSlot, panel } = slots;
  return (
    <>
      {topbar.current &&
        createPortal(
          <>
            <TourStartButton />
            <LectureToggle />
          </>,
          topbar.current,
        )}
      {stageSlot.current &&
        createPortal(
          <>
            {webgl && <HoverLabel container={stage} />}
            {webgl && <PinLayer />}
            {webgl && <LengthTint />}
            {webgl && <ExplorerSceneLazy />}
            <TourPlayer />
            <LectureMode />
            <LiveLazy />
            <UpdateNotice />
          </>,
          stageSlot.current,
        )}
      {slots.sheetTitle.current && createPortal(<SheetTitle />, slots.sheetTitle.current)}
      {panel.current &&
        createPortal(
          <>
            <div className="study-bar">
              <SearchBox />
              <div className="study-tools" role="group" aria-label="Study tools">
                <QuizToggle />
                <LatinToggle />
                <PinModeButton />
                <SnapshotButton />
                <ClinicalLabToggle />
                <FlashcardsToggle />
                <WorksheetToggle />
              </div>
            </div>
            {clinicalOpen && (
              <Suspense fallback={<p className="muted">Loading the clinical lab…</p>}>
                <ClinicalLab />
              </Suspense>
            )}
            <QuizPanel />
            <FlashcardsPanelLazy />
            <WorksheetPanelLazy />
            <InfoPanel />
            <TeachingPanel />
            <ExplorerPanelLazy />
            <LayersPanel />
            <StructureList />
            <ModelCredits />
          </>,
          panel.current,
        )}
      <SelectionAnnouncer />
    </>
  );
}

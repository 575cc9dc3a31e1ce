/**
 * The interface that renders after the model's first frame (App.tsx loads this module then, as its
 * own chunk): the side panel, study and teaching tools, overlays on the stage, and the hooks that
 * keep the link and this device's storage in step. Their space is reserved by the page layout, so
 * nothing moves when they arrive.
 */
import type { RefObject } from 'react';
// zod (teaching and study state from links and storage) parses without its JIT under a strict CSP.
import './embed/csp';
import { InfoPanel } from './ui/InfoPanel';
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
import { LayersPanel } from './ui/LayersPanel';
import { SnapshotButton } from './ui/SnapshotButton';
import './ui/study.css';
import { LengthTint } from './scene/LengthTint';
import { TeachingPanel } from './ui/TeachingPanel';
import { TourPlayer, TourStartButton } from './ui/TourPlayer';
import { LectureMode, LectureToggle } from './ui/LectureMode';
import { useTeachingKeys } from './ui/useTeachingKeys';
import { useTeachingUrl } from './embed/useTeachingUrl';

/** Keyboard shortcuts, the link and this device's storage (study state, tours) in step with the store. */
export function DeferredHooks() {
  useKeyboardShortcuts();
  useUrlSync();
  useStudyPersistence();
  useTeachingKeys();
  useTeachingUrl();
  return <SelectionAnnouncer />;
}

export function TopbarTeaching() {
  return (
    <>
      <TourStartButton />
      <LectureToggle />
    </>
  );
}

/** What lies over the 3D view: hover label, pins, the length tint, the tour card, lecture mode. */
export function StageOverlays({ webgl, stage }: { webgl: boolean; stage: RefObject<HTMLDivElement | null> }) {
  return (
    <>
      {webgl && <HoverLabel container={stage} />}
      {webgl && <PinLayer />}
      {webgl && <LengthTint />}
      <TourPlayer />
      <LectureMode />
    </>
  );
}

export function SidePanelContent() {
  return (
    <>
      <div className="study-bar">
        <SearchBox />
        <div className="study-tools" role="group" aria-label="Study tools">
          <QuizToggle />
          <LatinToggle />
          <PinModeButton />
          <SnapshotButton />
        </div>
      </div>
      <QuizPanel />
      <InfoPanel />
      <TeachingPanel />
      <LayersPanel />
      <StructureList />
    </>
  );
}

import { useRef, useState } from 'react';
import type { StructureKind } from '../anatomy/ids';
import { STRUCTURE_KINDS } from '../anatomy/ids';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import { layerOfKind } from '../state/layersSlice';
import { DRAFT_TOUR_ID, draftTour, stepFromState } from '../state/tourSteps';
import './teaching.css';

/** Which kinds are shown now, as a tour step records them (the layer switch of each kind). */
function kindsShown(s: ViewerStore): Partial<Record<StructureKind, boolean>> {
  const out: Partial<Record<StructureKind, boolean>> = {};
  for (const kind of STRUCTURE_KINDS) if (kind !== 'attachment') out[kind] = s.layers[layerOfKind(kind)];
  return out;
}

/**
 * A teacher builds a tour from the viewer itself: set up the view, write a caption, "Add current
 * state as step"; play it back; "Download tour" saves it as JSON (a Blob URL, no network) in the
 * format of data/tours/, validated by the same schema.
 */
export function TourAuthoring() {
  const steps = useViewer((s) => s.draftSteps);
  const [caption, setCaption] = useState('');
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  const add = () => {
    const s = useViewer.getState();
    try {
      const step = stepFromState(
        { view: s.view, selected: s.selected, focused: s.focused, angles: s.angles, action: s.action, playing: s.playing, kindsShown: kindsShown(s) },
        caption,
        title,
      );
      s.addDraftStep(step);
      setCaption('');
      setTitle('');
      setMessage({ text: `Step ${s.draftSteps.length + 1} added.`, error: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  };

  const download = () => {
    try {
      const tour = draftTour(useViewer.getState().draftSteps);
      const url = URL.createObjectURL(new Blob([`${JSON.stringify(tour, null, 2)}\n`], { type: 'application/json' }));
      const a = link.current!;
      a.href = url;
      a.download = `${DRAFT_TOUR_ID}.json`;
      a.click();
      // The download has started from the Blob by the time the next task runs.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setMessage({ text: `Downloaded ${DRAFT_TOUR_ID}.json with ${tour.steps.length} steps.`, error: false });
    } catch (e) {
      setMessage({ text: `The tour could not be saved: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  };

  return (
    <section className="teaching-section tour-authoring" aria-labelledby="authoring-title">
      <h3 id="authoring-title" className="teaching-title">
        Make a tour
      </h3>
      <label className="field">
        <span>Step title (optional)</span>
        <input type="text" value={title} maxLength={80} data-testid="tour-step-title" onChange={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>Caption</span>
        <textarea rows={2} value={caption} maxLength={240} data-testid="tour-step-caption" onChange={(e) => setCaption(e.currentTarget.value)} />
      </label>
      <div className="authoring-buttons">
        <button type="button" className="chip" data-testid="tour-add-step" onClick={add}>
          Add current state as step
        </button>
        <button type="button" className="chip" data-testid="tour-download" disabled={steps.length === 0} onClick={download}>
          Download tour
        </button>
        <button
          type="button"
          className="chip"
          data-testid="tour-play-draft"
          disabled={steps.length === 0}
          onClick={() => useViewer.getState().startTour(draftTour(useViewer.getState().draftSteps))}
        >
          Play my tour
        </button>
        <button type="button" className="chip" data-testid="tour-clear-draft" disabled={steps.length === 0} onClick={() => useViewer.getState().clearDraft()}>
          Clear
        </button>
      </div>
      <p className="muted" data-testid="tour-draft-count">
        {steps.length === 0 ? 'No steps recorded yet.' : `${steps.length} step${steps.length === 1 ? '' : 's'} recorded (kept on this device).`}
      </p>
      {message && (
        <p className={message.error ? 'authoring-error' : 'muted'} role="status" data-testid="tour-authoring-message">
          {message.text}
        </p>
      )}
      <a ref={link} hidden aria-hidden="true" tabIndex={-1} />
    </section>
  );
}

import { getTour } from '../anatomy/tours';
import { useViewer } from '../state/store';
import './teaching.css';
import { CloseIcon } from './CloseIcon';

export const SHIPPED_TOUR_ID = 'gastrocnemius-in-five-minutes';

/** Starts the shipped tour "Gastrocnemius in five minutes" (or ends the one running). */
export function TourStartButton() {
  const running = useViewer((s) => s.tour !== null);
  const startTour = useViewer((s) => s.startTour);
  const endTour = useViewer((s) => s.endTour);
  const tour = getTour(SHIPPED_TOUR_ID);
  return running ? (
    <button type="button" className="chip" data-testid="tour-stop" onClick={endTour}>
      End tour
    </button>
  ) : (
    <button
      type="button"
      className="chip"
      data-testid="tour-start"
      onClick={() => startTour(tour)}
      title={tour.description}
      aria-label={`Tour: ${tour.title}`}
    >
      <svg className="chip-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z" />
      </svg>
      <span className="label-wide">Tour: {tour.title}</span>
      <span className="label-narrow" aria-hidden="true">
        Tour
      </span>
    </button>
  );
}

/**
 * The caption box of the running tour, over the bottom of the 3D view: "Step n of N", the step's
 * title and caption, back / next / end. Keys: → / PageDown next, ← / PageUp back (presentation clickers).
 */
export function TourPlayer() {
  const tour = useViewer((s) => s.tour);
  const step = useViewer((s) => s.tourStep);
  const { prevStep, nextStep, endTour } = useViewer.getState();
  if (!tour) return null;
  const current = tour.steps[step];
  const last = step === tour.steps.length - 1;
  return (
    <section className="tour-caption" data-testid="tour-caption" aria-label={`Tour: ${tour.title}`}>
      <div className="tour-text" aria-live="polite">
        <p className="tour-count" data-testid="tour-step">
          Step {step + 1} of {tour.steps.length}
          <span className="tour-name"> · {tour.title}</span>
        </p>
        {current.title && <h2 className="tour-title">{current.title}</h2>}
        <p className="tour-body">{current.caption}</p>
      </div>
      <div className="tour-buttons">
        <button type="button" className="chip" data-testid="tour-prev" disabled={step === 0} onClick={prevStep} title="Previous step (← or Page Up)">
          ← Back
        </button>
        {last ? (
          <button type="button" className="chip chip-active" data-testid="tour-end" onClick={endTour}>
            Finish
          </button>
        ) : (
          <button type="button" className="chip chip-active" data-testid="tour-next" onClick={nextStep} title="Next step (→ or Page Down)">
            Next →
          </button>
        )}
        <button type="button" className="icon-button small" aria-label="Close the tour" data-testid="tour-close" onClick={endTour}>
          <CloseIcon />
        </button>
      </div>
    </section>
  );
}

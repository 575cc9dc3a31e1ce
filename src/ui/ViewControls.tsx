import { VIEW_NAMES } from '../embed/types';
import type { ViewName } from '../embed/types';
import { useViewer } from '../state/store';

const LABELS: Record<ViewName, string> = {
  anterior: 'Front',
  posterior: 'Back',
  medial: 'Inner',
  lateral: 'Outer',
  plantar: 'Sole',
};

/** View presets (the four sides and the sole) and reset. */
export function ViewControls() {
  const view = useViewer((s) => s.view);
  const ready = useViewer((s) => s.ready);
  const { setView, resetView } = useViewer.getState();
  return (
    <div className="view-controls" role="group" aria-label="Camera views">
      {VIEW_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          className={`chip${view === name ? ' chip-active' : ''}`}
          data-testid={`view-${name}`}
          aria-pressed={view === name}
          aria-label={`${name[0].toUpperCase()}${name.slice(1)} view (${LABELS[name].toLowerCase()})`}
          title={`${name[0].toUpperCase()}${name.slice(1)} view`}
          disabled={!ready}
          onClick={() => setView(name)}
        >
          <span className="chip-main">{name[0].toUpperCase() + name.slice(1)}</span>
        </button>
      ))}
      <button
        type="button"
        className="chip"
        data-testid="reset-view"
        aria-label="Reset view"
        title="Reset view"
        disabled={!ready}
        onClick={resetView}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="chip-icon">
          <path d="M12 5a7 7 0 1 1-6.93 8h2.02A5 5 0 1 0 12 7v3L7.5 6 12 2z" />
        </svg>
        Reset
      </button>
    </div>
  );
}

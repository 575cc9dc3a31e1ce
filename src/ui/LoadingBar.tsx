import { useViewer } from '../state/store';

/** Model download progress until the first frame is drawn. */
export function LoadingBar() {
  const ready = useViewer((s) => s.ready);
  const error = useViewer((s) => s.error);
  const progress = useViewer((s) => s.loadProgress);
  if (ready || error) return null;
  const pct = progress === null ? null : Math.round(progress * 100);
  return (
    <div className="loading" data-testid="loading">
      <p id="loading-label">{pct === null ? 'Loading the 3D model…' : pct < 100 ? `Loading the 3D model… ${pct}%` : 'Preparing the view…'}</p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="loading-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
      >
        <div className={`progress-fill${pct === null ? ' indeterminate' : ''}`} style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
    </div>
  );
}

import { useViewer } from '../state/store';
import { retryModelLoad } from '../scene/ViewerCanvas';

/** The 3D view's problem, if any: title, what happened, what to do, and a way out. */
export function ErrorAlert() {
  const error = useViewer((s) => s.error);
  if (!error) return null;
  return (
    <div className="error-alert" role="alert" data-testid="error-message">
      <h2>{error.title}</h2>
      <p>{error.detail}</p>
      <p className="remedy">{error.remedy}</p>
      {error.kind === 'model-missing' || error.kind === 'model-corrupt' ? (
        <button type="button" className="primary" onClick={retryModelLoad}>
          Try again
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
    </div>
  );
}

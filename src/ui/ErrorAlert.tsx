import { useViewer } from '../state/store';

/** The 3D view's problem, if any: title, what happened, what to do, and a way out. */
export function ErrorAlert() {
  const error = useViewer((s) => s.error);
  if (!error) return null;
  return (
    <div className="error-alert" role="alert" data-testid="error-message">
      <h2>{error.title}</h2>
      <p>{error.detail}</p>
      <p className="remedy">{error.remedy}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}

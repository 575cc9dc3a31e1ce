import { useViewer } from '../state/store';

/** A dismissible message, e.g. an unknown id in a shared link. */
export function Notice() {
  const notice = useViewer((s) => s.notice);
  const showNotice = useViewer((s) => s.showNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <p>{notice}</p>
      <button type="button" className="icon-button small" aria-label="Dismiss message" onClick={() => showNotice(null)}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" strokeWidth="2.2" stroke="currentColor" strokeLinecap="round" fill="none" />
        </svg>
      </button>
    </div>
  );
}

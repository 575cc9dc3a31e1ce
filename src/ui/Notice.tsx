import { useViewer } from '../state/store';
import { CloseIcon } from './CloseIcon';

/** A dismissible message, e.g. an unknown id in a shared link. */
export function Notice() {
  const notice = useViewer((s) => s.notice);
  const showNotice = useViewer((s) => s.showNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <p>{notice}</p>
      <button type="button" className="icon-button small" aria-label="Dismiss message" onClick={() => showNotice(null)}>
        <CloseIcon />
      </button>
    </div>
  );
}

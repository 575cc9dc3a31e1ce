import { useEffect } from 'react';
import { useViewer } from '../state/store';

/** Text fields (and pickers that use Space themselves) keep their keys. */
function keepsSpace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['range', 'button', 'submit'].includes(target.type);
  return false;
}

/** Space: play/pause (anywhere but a text field). Esc: clear the selection and any lit-up area. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === ' ' || e.code === 'Space') {
        if (keepsSpace(e.target)) return;
        const s = useViewer.getState();
        if (s.action === null) return;
        e.preventDefault(); // not also "click" the focused button
        s.togglePlay();
      } else if (e.key === 'Escape') {
        const s = useViewer.getState();
        // Esc leaves pin mode first (the pin label form handles its own Esc).
        if (s.pinMode) {
          s.setPinMode(false);
          return;
        }
        if (s.selected !== null || s.selectedGroup !== null || s.focused !== null) s.clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

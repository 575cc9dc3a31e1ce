import { useEffect } from 'react';
import { useViewer } from '../state/store';

/** Form fields keep their keys: arrows move a slider, letters go into a text field. */
function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'submit', 'checkbox'].includes(target.type);
}

/**
 * L: lecture mode on/off; Esc: leave lecture mode (before it clears the selection).
 * During a tour: → and Page Down next step, ← and Page Up previous (what presentation clickers send).
 * Listens in the capture phase so it runs before the viewer's own shortcuts.
 */
export function useTeachingKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const s = useViewer.getState();
      if (e.key === 'Escape') {
        if (s.lecture) {
          e.preventDefault(); // the viewer's Esc (clear selection) skips prevented events
          s.setLecture(false);
        }
        return;
      }
      if (isFormField(e.target)) return;
      if ((e.key === 'l' || e.key === 'L') && !e.shiftKey) {
        e.preventDefault();
        s.toggleLecture();
      } else if (s.tour && (e.key === 'ArrowRight' || e.key === 'PageDown')) {
        e.preventDefault();
        s.nextStep();
      } else if (s.tour && (e.key === 'ArrowLeft' || e.key === 'PageUp')) {
        e.preventDefault();
        s.prevStep();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

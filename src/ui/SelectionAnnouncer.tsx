import { getStructure } from '../anatomy/data';
import { useViewer } from '../state/store';

/** A short screen-reader announcement of the selection ("Selected: Soleus"), not the whole panel. */
export function SelectionAnnouncer() {
  const selected = useViewer((s) => s.selected);
  return (
    <div className="visually-hidden" aria-live="polite">
      {selected ? `Selected: ${getStructure(selected).name}` : ''}
    </div>
  );
}

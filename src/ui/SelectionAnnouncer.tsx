import { getStructure } from '../anatomy/data';
import { getGroup } from '../anatomy/groups';
import { useViewer } from '../state/store';

/** A short screen-reader announcement of the selection ("Selected: Soleus"), not the whole panel. */
export function SelectionAnnouncer() {
  const selected = useViewer((s) => s.selected);
  const group = useViewer((s) => s.selectedGroup);
  return (
    <div className="visually-hidden" aria-live="polite">
      {selected ? `Selected: ${getStructure(selected).name}` : group ? `Selected: ${getGroup(group).name}, ${getGroup(group).members.length} structures` : ''}
    </div>
  );
}

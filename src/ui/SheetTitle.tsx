import { getGroup } from '../anatomy/groups';
import { useViewer } from '../state/store';
import { nameIn } from './LatinToggle';

/** What the phone's bottom sheet shows at peek: the selected structure's (or group's) name, or a hint. */
export function SheetTitle() {
  const selected = useViewer((s) => s.selected);
  const group = useViewer((s) => s.selectedGroup);
  const latin = useViewer((s) => s.latin);
  const name = selected ? nameIn(selected, latin) : group ? getGroup(group).name : null;
  return name ? (
    <p className="sheet-name" data-testid="sheet-name">
      {name}
    </p>
  ) : (
    <p className="sheet-hint">Tap a structure to name it</p>
  );
}

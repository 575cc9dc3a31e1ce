import { getStructure } from '../anatomy/data';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';

/** A structure's name in the language chosen with the Latin switch. */
export function nameIn(id: StructureId, latin: boolean): string {
  const info = getStructure(id);
  return latin ? info.latin : info.name;
}

/** `(id) => name`, following the Latin switch (re-renders when it flips). */
export function useStructureName(): (id: StructureId) => string {
  const latin = useViewer((s) => s.latin);
  return (id) => nameIn(id, latin);
}

/**
 * The Latin switch (`data-testid="latin-toggle"`): labels, the structure list and the panel heading
 * in Latin. Kept on this device and in the link as `lang=la`.
 */
export function LatinToggle() {
  const latin = useViewer((s) => s.latin);
  return (
    <button
      type="button"
      role="switch"
      className="chip chip-small"
      data-testid="latin-toggle"
      aria-checked={latin}
      title="Show names in Latin (Terminologia Anatomica)"
      onClick={() => useViewer.getState().setLatin(!latin)}
    >
      <span aria-hidden="true" className={`switch-track${latin ? ' on' : ''}`} />
      Latin
    </button>
  );
}

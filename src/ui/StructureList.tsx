import { useMemo } from 'react';
import { structuresByKind } from '../anatomy/data';
import { allGroups } from '../anatomy/groups';
import { STRUCTURE_KINDS } from '../anatomy/ids';
import type { StructureKind } from '../anatomy/ids';
import { useViewer } from '../state/store';

const GROUP_LABELS: Record<StructureKind, string> = {
  bone: 'Bones',
  muscle: 'Muscles',
  tendon: 'Tendons',
  ligament: 'Ligaments',
  nerve: 'Nerves',
  artery: 'Arteries',
  vein: 'Veins',
  attachment: 'Attachment areas',
  skin: 'Skin',
};

/** Group headings with the Latin switch on. */
const GROUP_LABELS_LA: Record<StructureKind, string> = {
  bone: 'Ossa',
  muscle: 'Musculi',
  tendon: 'Tendines',
  ligament: 'Ligamenta',
  nerve: 'Nervi',
  artery: 'Arteriae',
  vein: 'Venae',
  attachment: 'Origines et insertiones',
  skin: 'Cutis',
};

/** Every structure as a button, grouped by kind, then the named groups (triceps surae…): the keyboard and screen-reader way into the model. */
export function StructureList() {
  const groups = useMemo(() => structuresByKind(), []);
  const named = useMemo(() => allGroups(), []);
  const selected = useViewer((s) => s.selected);
  const selectedGroup = useViewer((s) => s.selectedGroup);
  const select = useViewer((s) => s.select);
  const selectGroup = useViewer((s) => s.selectGroup);
  const latin = useViewer((s) => s.latin);
  return (
    <nav className="structure-list" aria-label="Structures">
      <h2 className="section-title">Structures</h2>
      {STRUCTURE_KINDS.filter((k) => groups[k].length > 0).map((kind) => (
        <section key={kind} aria-labelledby={`group-${kind}`}>
          <h3 id={`group-${kind}`}>{(latin ? GROUP_LABELS_LA : GROUP_LABELS)[kind]}</h3>
          <ul>
            {groups[kind].map((info) => (
              <li key={info.id}>
                <button
                  type="button"
                  className={`list-item${selected === info.id ? ' list-item-active' : ''}`}
                  data-testid={`structure-item-${info.id}`}
                  aria-current={selected === info.id ? 'true' : undefined}
                  onClick={() => select(info.id)}
                >
                  {latin ? <span lang="la">{info.latin}</span> : info.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="group-named-groups">
        <h3 id="group-named-groups">{latin ? 'Musculi et regiones' : 'Groups and regions'}</h3>
        <ul>
          {named.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className={`list-item${selectedGroup === g.id ? ' list-item-active' : ''}`}
                data-testid={`group-item-${g.id}`}
                aria-current={selectedGroup === g.id ? 'true' : undefined}
                onClick={() => selectGroup(g.id)}
              >
                {latin ? <span lang="la">{g.latin}</span> : g.name}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </nav>
  );
}

import { Fragment } from 'react';
import { anatomy, getStructure } from '../anatomy/data';
import type { MuscleDetails, Note, StructureInfo } from '../anatomy/data';
import { getGroup, groupKindLabel, groupsContaining } from '../anatomy/groups';
import type { GroupId } from '../anatomy/groups';
import { isActionId } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import { RelatedList, StructureLink } from './StructureLink';
import { ExplorerSectionsLazy } from './explorer/lazy';

const KIND_LABELS: Record<StructureInfo['kind'], string> = {
  bone: 'Bone',
  muscle: 'Muscle',
  tendon: 'Tendon',
  ligament: 'Ligament',
  nerve: 'Nerve',
  artery: 'Artery',
  vein: 'Vein',
  attachment: 'Attachment area',
  skin: 'Skin',
};

/** Short names of the sources for the panel; the full citation is the tooltip. */
const SOURCE_LABELS: Record<string, string> = {
  gray42: "Gray's Anatomy 42",
  moore8: 'Moore 8',
  ta2: 'TA2',
  gait2392: 'Delp 1990 / OpenSim',
  maffulli1998: 'Maffulli 1998',
  'gastroc-source': 'starting page',
};

function Sources({ keys }: { keys: readonly string[] }) {
  return (
    <span className="note-source">
      {' ('}
      {keys.map((key, i) => (
        <span key={key} title={anatomy.sources[key]}>
          {i > 0 && '; '}
          {SOURCE_LABELS[key] ?? key}
        </span>
      ))}
      {')'}
    </span>
  );
}

/** Examinable facts beyond the card's fields (reflexes, variants, clinical notes), each with its sources. */
function KeyFacts({ notes }: { notes: readonly Note[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <section className="key-facts" data-testid="key-facts">
      <h3>Key facts</h3>
      <dl className="notes-list">
        {notes.map((n) => (
          <Fragment key={n.topic}>
            <dt>{n.topic}</dt>
            <dd>
              {n.text}
              <Sources keys={n.references} />
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

/** A link to a group: selects it, which lights up all its members. */
function GroupLink({ id }: { id: GroupId }) {
  const name = getGroup(id).name;
  return (
    <button type="button" className="link" data-testid={`member-of-${id}`} title={`Select ${name} (lights up all its members)`} onClick={() => useViewer.getState().selectGroup(id)}>
      {name}
    </button>
  );
}

/** "Part of: Triceps surae, Popliteal fossa" under a member's name. */
function PartOf({ id }: { id: StructureId }) {
  const groups = groupsContaining(id);
  if (groups.length === 0) return null;
  return (
    <p className="muted part-of">
      Part of:{' '}
      {groups.map((g, i) => (
        <span key={g.id}>
          {i > 0 && ', '}
          <GroupLink id={g.id} />
        </span>
      ))}
    </p>
  );
}

/** The panel of a selected group: what the term means, its members (links), key facts. */
function GroupPanel({ id, latin }: { id: GroupId; latin: boolean }) {
  const g = getGroup(id);
  return (
    <article data-testid="group-panel" data-group={id}>
      <p className="kind">{groupKindLabel(id)}</p>
      {latin ? (
        <>
          <h2 lang="la">{g.latin}</h2>
          <p className="latin">{g.name}</p>
        </>
      ) : (
        <>
          <h2>{g.name}</h2>
          <p className="latin" lang="la">
            {g.latin}
          </p>
        </>
      )}
      {g.latinNote && (
        <p className="muted" data-testid="latin-note">
          {g.latinNote}
        </p>
      )}
      <p className="description">{g.description}</p>
      {g.synonyms.length > 0 && <p className="muted" data-testid="also-called">Also called: {g.synonyms.join(', ')}</p>}
      <h3>{g.kind === 'region' ? 'Structures around and in it' : 'Members'}</h3>
      <ul className="inline-list" data-testid="group-members">
        {g.members.map((member) => (
          <li key={member}>
            <StructureLink id={member} mode="select" />
          </li>
        ))}
      </ul>
      <KeyFacts notes={g.notes} />
    </article>
  );
}

function MuscleSection({ m }: { m: MuscleDetails }) {
  const play = useViewer((s) => s.play);
  const originTarget = m.origin.area ?? m.origin.bone;
  const insertionTarget = m.insertion.area ?? m.insertion.bone;
  return (
    <>
      <dl className="facts">
        <dt>Muscle</dt>
        <dd>
          {m.muscle} <i lang="la">({m.muscleLatin})</i>
        </dd>
        {m.head && (
          <>
            <dt>Head</dt>
            <dd>
              {m.head} {m.headLatin && <i lang="la">({m.headLatin})</i>}
              {m.siblings.length > 0 && (
                <div className="sub">
                  Other head:{' '}
                  {m.siblings.map((id) => (
                    <StructureLink key={id} id={id} mode="select" />
                  ))}
                </div>
              )}
            </dd>
          </>
        )}
        <dt>Origin</dt>
        <dd>
          {originTarget ? (
            <StructureLink id={originTarget} mode="focus" testId="link-origin">
              {m.origin.text}
            </StructureLink>
          ) : (
            m.origin.text
          )}
        </dd>
        <dt>Insertion</dt>
        <dd>
          {insertionTarget ? (
            <StructureLink id={insertionTarget} mode="focus" testId="link-insertion">
              {m.insertion.text}
            </StructureLink>
          ) : (
            m.insertion.text
          )}
        </dd>
        <dt>Innervation</dt>
        <dd>
          {m.innervation.text}
          {m.innervation.links.length > 0 && (
            <div className="sub">
              {m.innervation.links.map((id) => (
                <StructureLink key={id} id={id} mode="focus" />
              ))}
            </div>
          )}
        </dd>
        <dt>Blood supply</dt>
        <dd>
          {m.bloodSupply.text}
          {m.bloodSupply.links.length > 0 && (
            <div className="sub">
              {m.bloodSupply.links.map((id) => (
                <StructureLink key={id} id={id} mode="focus" />
              ))}
            </div>
          )}
        </dd>
      </dl>
      <h3>Actions</h3>
      <ul className="actions-list">
        {m.actions.map((a) => (
          <li key={`${a.action}-${a.label}`} className="action-card">
            <div className="action-head">
              <strong>{a.label}</strong>
              <span className={`role role-${a.role}`}>{a.role === 'prime' ? 'prime mover' : 'assists'}</span>
              {a.clip && isActionId(a.clip) && (
                <button type="button" className="chip chip-small" onClick={() => play(a.clip!)} aria-label={`Play ${a.label}`}>
                  ▶ Play
                </button>
              )}
            </div>
            <div className="relation">
              <span className="relation-label">Works with (agonists)</span>
              <RelatedList items={a.agonists} />
            </div>
            <div className="relation">
              <span className="relation-label">Opposed by (antagonists)</span>
              <RelatedList items={a.antagonists} />
            </div>
          </li>
        ))}
      </ul>
      {m.generalRelations && (
        <details className="general" data-testid="general-relations">
          <summary>The starting page's general list (contradicts the cards above)</summary>
          <p className="muted">
            {m.generalRelations.context} <span className="source">Source: {anatomy.sources[m.generalRelations.source] ?? m.generalRelations.source}</span>
          </p>
          <p className="correction" data-testid="general-relations-correction">
            <strong>Correction:</strong> {m.generalRelations.correction}
          </p>
          <div className="relation">
            <span className="relation-label">Synergists, as the page claims</span>
            <RelatedList items={m.generalRelations.synergists} />
          </div>
          <div className="relation">
            <span className="relation-label">Antagonists, as the page claims</span>
            <RelatedList items={m.generalRelations.antagonists} />
          </div>
        </details>
      )}
    </>
  );
}

/** Facts about the selected structure; for muscles the full card with links into the model. */
export function InfoPanel() {
  const selected = useViewer((s) => s.selected);
  const group = useViewer((s) => s.selectedGroup);
  const info = selected ? getStructure(selected) : null;
  const latin = useViewer((s) => s.latin);
  return (
    <aside className="info-panel" data-testid="info-panel" aria-label="Structure information">
      {group && !info ? (
        <GroupPanel id={group} latin={latin} />
      ) : info ? (
        <article>
          <p className="kind">
            {KIND_LABELS[info.kind]}
            {info.region && <span className="region"> · {info.region}</span>}
          </p>
          {/* With the Latin switch on, the Latin name heads the card and the English one follows. */}
          {latin ? (
            <>
              <h2 lang="la">{info.latin}</h2>
              <p className="latin">{info.name}</p>
            </>
          ) : (
            <>
              <h2>{info.name}</h2>
              <p className="latin" lang="la">
                {info.latin}
              </p>
            </>
          )}
          {info.latinNote && (
            <p className="muted" data-testid="latin-note">
              {info.latinNote}
            </p>
          )}
          <p className="description">{info.description}</p>
          {info.synonyms.length > 0 && (
            <p className="muted" data-testid="also-called">
              Also called: {info.synonyms.join(', ')}
            </p>
          )}
          <PartOf id={info.id} />
          {info.muscle && <MuscleSection m={info.muscle} />}
          <KeyFacts notes={info.notes} />
          <ExplorerSectionsLazy id={info.id} />
        </article>
      ) : (
        <div className="empty">
          <h2>Right lower leg</h2>
          <p>
            Click a structure in the model, or choose one from the list, to see its name, attachments, actions and
            supply. The <strong>gastrocnemius</strong> is the calf muscle on the back of the leg.
          </p>
          <p className="hint">
            <StructureLink id="gastrocnemius_medial_head" mode="select">
              Start with the gastrocnemius (medial head)
            </StructureLink>
          </p>
        </div>
      )}
    </aside>
  );
}

import { anatomy, getStructure } from '../anatomy/data';
import type { MuscleDetails, StructureInfo } from '../anatomy/data';
import { isActionId } from '../anatomy/ids';
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
  attachment: 'Attachment area',
  skin: 'Skin',
};

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
        <details className="general">
          <summary>General list of related muscles</summary>
          <p className="muted">
            {m.generalRelations.context} <span className="source">Source: {anatomy.sources[m.generalRelations.source] ?? m.generalRelations.source}</span>
          </p>
          <div className="relation">
            <span className="relation-label">Synergists</span>
            <RelatedList items={m.generalRelations.synergists} />
          </div>
          <div className="relation">
            <span className="relation-label">Antagonists</span>
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
  const info = selected ? getStructure(selected) : null;
  const latin = useViewer((s) => s.latin);
  return (
    <aside className="info-panel" data-testid="info-panel" aria-label="Structure information">
      {info ? (
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
          <p className="description">{info.description}</p>
          {info.synonyms.length > 0 && <p className="muted">Also called: {info.synonyms.join(', ')}</p>}
          {info.muscle && <MuscleSection m={info.muscle} />}
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

import { getStructure } from '../../anatomy/data';
import type { StructureId } from '../../anatomy/ids';
import { LESION_IDS, MOVEMENT_IDS, functionData, lesionEffect, movementRoles } from '../../anatomy/function';
import type { LesionId, MovementId } from '../../anatomy/function';
import { useViewer } from '../../state/store';
import { StructureLink } from '../StructureLink';
import { Legend } from './Legend';
import { MomentArmReadout } from './MomentArmReadout';
import './explorer.css';

function Muscles({ ids, empty = 'none' }: { ids: readonly StructureId[]; empty?: string }) {
  if (ids.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <StructureLink id={id} mode="select" />
        </li>
      ))}
    </ul>
  );
}

/** Action view: the chosen movement's prime movers, synergists and antagonists, coloured on the model. */
function MovementView() {
  const movement = useViewer((s) => s.movement);
  const setMovement = useViewer((s) => s.setMovement);
  const roles = movement ? movementRoles(movement) : null;
  return (
    <section className="explorer-section" aria-labelledby="movement-title">
      <h3 id="movement-title">Action view</h3>
      <label className="explorer-field">
        Movement
        <select
          value={movement ?? ''}
          data-testid="movement-select"
          onChange={(e) => setMovement(e.target.value === '' ? null : (e.target.value as MovementId))}
        >
          <option value="">none</option>
          {MOVEMENT_IDS.map((id) => (
            <option key={id} value={id}>
              {functionData.movements[id].label}
            </option>
          ))}
        </select>
      </label>
      {roles && (
        <div data-testid="movement-roles">
          <Legend
            label="Action colours"
            items={[
              { colour: 'prime', text: 'prime movers' },
              { colour: 'synergist', text: 'synergists' },
              { colour: 'antagonist', text: 'antagonists' },
            ]}
          />
          <dl className="facts">
            <dt>Prime movers</dt>
            <dd>
              <Muscles ids={roles.prime} />
            </dd>
            <dt>Synergists</dt>
            <dd>
              <Muscles ids={roles.synergists} />
            </dd>
            <dt>Antagonists</dt>
            <dd>
              <Muscles ids={roles.antagonists} />
            </dd>
          </dl>
          {functionData.movements[roles.movement].joint && (
            <p className="muted">
              Brighter colour: larger moment arm about the {functionData.movements[roles.movement].joint} at this pose
              (gastrocnemius, soleus and tibialis anterior, from the length model).
            </p>
          )}
        </div>
      )}
    </section>
  );
}

const LESION_GROUPS: { label: string; ids: LesionId[] }[] = [
  { label: 'Nerves', ids: LESION_IDS.filter((id) => !id.startsWith('root_')) },
  { label: 'Spinal roots', ids: LESION_IDS.filter((id) => id.startsWith('root_')) },
];

/** Nerve-lesion "what if": cut a nerve or root, see the grey muscles, the movements lost and the sign. */
function LesionView() {
  const lesion = useViewer((s) => s.lesion);
  const setLesion = useViewer((s) => s.setLesion);
  const effect = lesion ? lesionEffect(lesion) : null;
  return (
    <section className="explorer-section" aria-labelledby="lesion-title">
      <h3 id="lesion-title">Nerve lesion: what if?</h3>
      <div className="explorer-row">
        <label className="explorer-field">
          Cut
          <select
            value={lesion ?? ''}
            data-testid="lesion-select"
            onChange={(e) => setLesion(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">nothing (all intact)</option>
            {LESION_GROUPS.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.ids.map((id) => (
                  <option key={id} value={id}>
                    {functionData.lesions[id].name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {lesion && (
          <button type="button" className="chip" data-testid="lesion-restore" onClick={() => setLesion(null)}>
            Restore
          </button>
        )}
      </div>
      {effect && (
        <div data-testid="lesion-effect">
          <p className="lesion-sign" data-testid="lesion-sign">
            <strong>{effect.lesion.name}</strong>
            {effect.lesion.level ? ` (${effect.lesion.level})` : ''}: {effect.lesion.sign}
          </p>
          <Legend label="Lesion colour" items={[{ colour: 'denervated', text: 'denervated (grey)' }]} />
          <h4>Denervated muscles</h4>
          <Muscles ids={effect.denervated} />
          <h4>Movements lost or weakened</h4>
          <ul className="lesion-movements" data-testid="lesion-movements">
            {effect.movements.map((m) => (
              <li key={m.movement} data-movement={m.movement} data-effect={m.effect}>
                <strong>
                  {m.label} {m.effect}
                </strong>
                <div className="relation">
                  <span className="relation-label">Still produced by</span>
                  <Muscles ids={m.remaining} empty="no muscle of this model" />
                </div>
              </li>
            ))}
          </ul>
          <p className="source muted">
            Sources: {effect.lesion.references.map((r) => functionData.sources[r]?.split('.')[0] ?? r).join('; ')}.
          </p>
        </div>
      )}
    </section>
  );
}

function LinesView() {
  const lines = useViewer((s) => s.linesOfAction);
  const setLines = useViewer((s) => s.setLinesOfAction);
  return (
    <section className="explorer-section" aria-labelledby="lines-title">
      <h3 id="lines-title">Lines of action</h3>
      <label className="explorer-switch">
        <input type="checkbox" checked={lines} onChange={(e) => setLines(e.target.checked)} data-testid="lines-toggle" />
        Show lines of action, joint axes and moment arms
      </label>
      {lines && (
        <>
          <Legend
            label="Line colours"
            items={[
              { colour: 'line', text: 'line of action' },
              { colour: 'axis', text: 'joint axis' },
              { colour: 'arm', text: 'moment arm' },
            ]}
          />
          <MomentArmReadout />
        </>
      )}
    </section>
  );
}

/** Spoken summary of the explorer's state for screen readers (what the colours on the model show). */
function ExplorerAnnouncer() {
  const lesion = useViewer((s) => s.lesion);
  const movement = useViewer((s) => s.movement);
  const parts: string[] = [];
  if (lesion) {
    const e = lesionEffect(lesion);
    parts.push(
      `${e.lesion.name} cut: ${e.denervated.map((id) => getStructure(id).name).join(', ')} shown grey. ${e.movements
        .map((m) => `${m.label} ${m.effect}`)
        .join(', ')}.`,
    );
  }
  if (movement) {
    const r = movementRoles(movement);
    parts.push(`${functionData.movements[movement].label}: prime movers ${r.prime.map((id) => getStructure(id).name).join(', ')}.`);
  }
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="explorer-announcer">
      {parts.join(' ')}
    </div>
  );
}

/** The function explorer's panel: action view, nerve lesion and lines of action. */
export function ExplorerPanel() {
  const lecture = useViewer((s) => s.lecture);
  if (lecture) return null;
  return (
    <details className="explorer-panel" data-testid="explorer-panel" open>
      <summary className="teaching-title">Function explorer</summary>
      <MovementView />
      <LesionView />
      <LinesView />
      <ExplorerAnnouncer />
    </details>
  );
}

import { getStructure } from '../../anatomy/data';
import type { StructureId } from '../../anatomy/ids';
import { LESION_IDS, MOVEMENT_IDS, functionData, movementRoles } from '../../anatomy/function';
import { LOST_BELOW, WEAK_BELOW, remainingMuscleShare } from '../../anatomy/lesionModel';
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
              (from each muscle's path in the length model).
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

/** "Tibialis anterior 60 %" links: each muscle the lesion touches with the share of it left. */
function WeakenedMuscles({ left }: { left: Map<StructureId, number> }) {
  return (
    <ul className="inline-list" data-testid="lesion-muscles">
      {[...left].map(([id, share]) => (
        <li key={id} data-muscle={id} data-left={Math.round(share * 100)}>
          <StructureLink id={id} mode="select" /> <span className="muted">{Math.round(share * 100)} %</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Nerve-lesion "what if": cut a nerve or root; the muscles it reaches are tinted by the share of
 * them left, each movement shows the strength left at this pose, and the numb skin is painted.
 */
function LesionView() {
  const lesion = useViewer((s) => s.lesion);
  const summary = useViewer((s) => s.lesionEffect);
  const setLesion = useViewer((s) => s.setLesion);
  const info = lesion ? functionData.lesions[lesion] : null;
  const left = lesion ? remainingMuscleShare(lesion) : null;
  const touched = summary ? MOVEMENT_IDS.filter((id) => summary.movements[id].strength < 99.95) : [];
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
      {info && left && (
        <div data-testid="lesion-effect">
          <p className="lesion-sign" data-testid="lesion-sign">
            <strong>{info.name}</strong>
            {info.level ? ` (${info.level})` : ''}: {info.sign}
          </p>
          <Legend
            label="Lesion colours"
            items={[
              { colour: 'innervated', text: 'strength left (red)' },
              { colour: 'denervated', text: 'none left (grey)' },
            ]}
          />
          <h4>{info.kind === 'root' ? 'Muscles of the myotome (share left)' : 'Denervated muscles'}</h4>
          <WeakenedMuscles left={left} />
          <h4>Strength left at this pose</h4>
          {summary && (
            <ul className="lesion-movements" data-testid="lesion-movements">
              {touched.map((id) => (
                <li key={id} data-movement={id} data-effect={summary.movements[id].effect} data-strength={summary.movements[id].strength}>
                  <strong>
                    {functionData.movements[id].label} {summary.movements[id].effect}
                  </strong>{' '}
                  <span>{summary.movements[id].strength.toFixed(0)} %</span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted">
            Strength = the muscles producing the movement, each by cross-sectional area × moment arm at this pose, scaled
            by the share of it the lesion leaves. Lost: under {LOST_BELOW} %; weak: under {WEAK_BELOW} %.
            {info.kind === 'root' ? ' A single root weakens its myotome; it does not abolish a movement.' : ''}
          </p>
          {info.numbSkin.length > 0 && (
            <p data-testid="lesion-numb">
              <strong>Numb skin</strong> (hatched on the leg): {info.numbSkin.map((t) => functionData.skin[t].name).join('; ')}.
              {info.kind === 'root' ? ' Dermatome maps differ between sources and neighbouring dermatomes overlap: the border is approximate.' : ''}
            </p>
          )}
          <p className="source muted">
            Sources: {[...new Set([...info.references, 'ward2009'])].map((r) => functionData.sources[r]?.split('.')[0] ?? r).join('; ')}.
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
  const summary = useViewer((s) => s.lesionEffect);
  const movement = useViewer((s) => s.movement);
  const parts: string[] = [];
  if (lesion) {
    const info = functionData.lesions[lesion];
    const moves = summary ? MOVEMENT_IDS.filter((id) => summary.movements[id].strength < 99.95) : [];
    parts.push(
      `${info.name} cut. ${moves.map((id) => `${functionData.movements[id].label} ${summary!.movements[id].effect}, ${summary!.movements[id].strength.toFixed(0)} %`).join('; ')}.`,
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

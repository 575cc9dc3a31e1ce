import { clinical, isPainZoneId, painZone } from '../../anatomy/clinical';
import { isStructureId } from '../../anatomy/ids';
import { getStructure } from '../../anatomy/data';
import { useViewer } from '../../state/store';
import { Sources } from './Sources';

/**
 * Honest status of the maps: one standing line with where the patterns come from, the figures one
 * click away. Shown wherever the zones are on the leg, not only on the pain-map tab.
 */
export function Caveat() {
  return (
    <div className="clinical-caveat" role="note" data-testid="referral-caveat">
      <p>{clinical.caveat.line}</p>
      <p className="muted" data-testid="referral-source">
        Patterns: {clinical.sources['travell-simons-1992']?.split('.')[0] ?? 'Travell & Simons'} (1992), read through secondary summaries.
      </p>
      <details>
        <summary>How reliable are these maps?</summary>
        <p>{clinical.caveat.details}</p>
        <Sources keys={clinical.caveat.sources} />
      </details>
    </div>
  );
}

function RedFlags() {
  return (
    <section className="clinical-red-flags" aria-labelledby="red-flags-title" data-testid="red-flags">
      <h4 id="red-flags-title">Red flags: see a clinician</h4>
      <ul>
        {clinical.redFlags.map((f) => (
          <li key={f.id}>
            <strong>{f.sign}.</strong> {f.meaning}
          </li>
        ))}
      </ul>
      <Sources keys={[...new Set(clinical.redFlags.flatMap((f) => f.sources))]} />
    </section>
  );
}

/** "Where does it hurt?": zone buttons → candidate muscles (in the model or not), with red flags. */
function Lookup() {
  const zoneId = useViewer((s) => s.painZoneId);
  const setZone = useViewer((s) => s.setPainZoneId);
  const select = useViewer((s) => s.select);
  const zone = clinical.zones.find((z) => z.id === zoneId);
  const candidates = isPainZoneId(zoneId) ? painZone(zoneId) : [];
  return (
    <section className="clinical-lookup" aria-labelledby="lookup-title">
      <h4 id="lookup-title">Where does it hurt?</h4>
      <p className="muted">Choose a zone here or click a red zone on the leg.</p>
      <div className="clinical-zone-buttons" role="group" aria-label="Pain zones">
        {clinical.zones.map((z) => (
          <button
            key={z.id}
            type="button"
            className="chip chip-small"
            data-testid={`zone-${z.id}`}
            aria-pressed={zoneId === z.id}
            onClick={() => setZone(zoneId === z.id ? null : z.id)}
          >
            {z.label}
          </button>
        ))}
      </div>
      {zone && (
        <div className="clinical-candidates" data-testid="zone-candidates" aria-live="polite">
          <p>
            Pain in the <strong>{zone.label.toLowerCase()}</strong> can come from:
          </p>
          <ul>
            {candidates.map((c) => (
              <li key={c.muscle} data-testid={`candidate-${c.muscle.replace(/\s+/g, '_')}`} data-in-model={c.inModel}>
                {c.inModel && isStructureId(c.muscle) ? (
                  <button type="button" className="link" onClick={() => select(c.muscle as never)}>
                    {getStructure(c.muscle as never).name}
                  </button>
                ) : (
                  <span>{c.muscle}</span>
                )}
                {c.points.length > 0 && (
                  <span className="candidate-points">
                    {' '}
                    — {c.points.map((p) => `${p.label}, ${p.frequency}`).join('; ')}
                  </span>
                )}
                {!c.inModel && <span className="candidate-outside"> — not in this model{c.note ? `: ${c.note}` : ''}</span>}
                {c.inModel && c.note && <span className="candidate-outside"> — {c.note}</span>}
              </li>
            ))}
          </ul>
          <RedFlags />
        </div>
      )}
    </section>
  );
}

/** The referred-pain tab: the layer switch, the honest caveat, the lookup and the trigger-point cards. */
export function PainMap() {
  const referral = useViewer((s) => s.referral);
  const setReferral = useViewer((s) => s.setReferral);
  const zoneId = useViewer((s) => s.painZoneId);
  return (
    <div className="clinical-pain-map">
      <label className="check">
        <input type="checkbox" data-testid="referral-toggle" checked={referral} onChange={(e) => setReferral(e.currentTarget.checked)} />
        Show the classic referred-pain map on the leg
      </label>
      <Caveat />
      <Lookup />
      {!zoneId && <RedFlags />}
      <section aria-labelledby="trigger-points-title">
        <h4 id="trigger-points-title">Classic trigger points (typical patterns)</h4>
        <p className="muted">Amber dots on the muscles; faint dots are the rare ones. Red gradients on the skin are where the pain is usually felt.</p>
        {clinical.triggerPoints.map((t) => (
          <article key={t.id} className="clinical-card clinical-trigger" data-testid={`trigger-card-${t.id}`}>
            <h5>
              {t.label} <span className={`frequency ${t.frequency}`}>{t.frequency}</span>
            </h5>
            <p>{t.referral}</p>
            <Sources keys={t.sources} />
          </article>
        ))}
      </section>
    </div>
  );
}

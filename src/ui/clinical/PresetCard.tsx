import { useEffect, useRef } from 'react';
import { SILFVERSKIOLD_THRESHOLD_DEG, dorsiflexionDeg, resolvePresetStep } from '../../anatomy/clinical';
import type { Preset } from '../../anatomy/clinical';
import { useViewer } from '../../state/store';
import { getLivePose, subscribeLivePose } from '../../state/livePose';
import { applyPreset, refreshPreset } from '../../state/clinicalActions';
import { Sources } from './Sources';
import { LiveLengths } from './LiveLengths';

/** The goniometer's reading, live: dorsiflexion (or plantarflexion) and the 5° threshold. */
function GoniometerReadout({ kneeStraightStep }: { kneeStraightStep: boolean }) {
  const out = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    const write = (pose = getLivePose()) => {
      if (!out.current) return;
      const d = Math.round(dorsiflexionDeg(pose));
      out.current.textContent = d >= 0 ? `${d}° dorsiflexion` : `${-d}° plantarflexion`;
      out.current.dataset.deg = String(d);
    };
    write();
    return subscribeLivePose(write);
  }, []);
  return (
    <p className="goniometer-readout">
      <span className="goniometer-swatch" aria-hidden="true" />
      Goniometer: <output ref={out} data-testid="goniometer-readout" />
      <span className="goniometer-threshold">
        <span className="threshold-swatch" aria-hidden="true" /> red line: {SILFVERSKIOLD_THRESHOLD_DEG}° dorsiflexion
        {kneeStraightStep ? ' — less than this with the knee straight counts as a tight gastrocnemius' : ''}
      </span>
    </p>
  );
}

/** The card of the preset shown: purpose, accuracy or target, the step with its controls, live lengths, sources. */
export function PresetCard({ preset }: { preset: Preset }) {
  const ref = useViewer((s) => s.preset);
  const ruptured = useViewer((s) => s.ruptured);
  const setRuptured = useViewer((s) => s.setRuptured);
  const step = ref?.id === preset.id ? ref.step : 0;
  const shown = resolvePresetStep(preset, step, ruptured);
  const s = shown.step;
  const count = preset.steps.length;
  return (
    <article className="clinical-card" data-testid={`preset-card-${preset.id}`} aria-labelledby={`preset-title-${preset.id}`}>
      <h3 id={`preset-title-${preset.id}`} className="clinical-card-title" tabIndex={-1}>
        {preset.title}
      </h3>
      <p className="clinical-purpose">{preset.purpose}</p>
      {preset.accuracy && (
        <p className="clinical-accuracy" data-testid="preset-accuracy">
          <strong>Accuracy:</strong> {preset.accuracy}
        </p>
      )}
      {preset.target && (
        <p className="clinical-target" data-testid="preset-target">
          <strong>Targets:</strong> {preset.target}
        </p>
      )}
      {preset.criteria && (
        <section className="clinical-criteria" data-testid="preset-criteria" aria-labelledby={`preset-criteria-${preset.id}`}>
          <h4 id={`preset-criteria-${preset.id}`}>{preset.criteria.title}</h4>
          <p>{preset.criteria.rule}</p>
          <ol>
            {preset.criteria.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
          <Sources keys={preset.criteria.sources} />
        </section>
      )}
      {preset.ruptureToggle && (
        <label className="check clinical-rupture">
          <input
            type="checkbox"
            data-testid="rupture-toggle"
            checked={ruptured}
            onChange={(e) => {
              setRuptured(e.currentTarget.checked);
              refreshPreset();
            }}
          />
          Ruptured calcaneal tendon
        </label>
      )}
      {count > 1 && (
        <div className="clinical-steps" role="group" aria-label={`${preset.title}: steps`}>
          <button type="button" className="chip chip-small" data-testid="preset-prev" disabled={step === 0} onClick={() => applyPreset(preset.id, step - 1)}>
            Back
          </button>
          <span className="clinical-step-count" data-testid="preset-step-count">
            Step {step + 1} of {count}
          </span>
          <button
            type="button"
            className="chip chip-small"
            data-testid="preset-next"
            disabled={step === count - 1}
            onClick={() => applyPreset(preset.id, step + 1)}
          >
            Next
          </button>
        </div>
      )}
      <h4 className="clinical-step-title">{s.title}</h4>
      {s.position ? (
        <dl className="palpation-steps" data-testid="palpation-steps">
          <dt>Position</dt>
          <dd>{s.position}</dd>
          <dt>Ask</dt>
          <dd>{s.ask}</dd>
          <dt>Hands</dt>
          <dd>{s.hands}</dd>
          <dt>Palpable</dt>
          <dd>{s.feel}</dd>
        </dl>
      ) : (
        <p className="clinical-caption" data-testid="preset-caption">
          {shown.caption}
        </p>
      )}
      {shown.response && (
        <p className={`clinical-response${ruptured ? ' ruptured' : ''}`} data-testid="test-response">
          <strong>Response:</strong> {shown.response}
        </p>
      )}
      {s.caution && (
        <p className="clinical-caution" role="note" data-testid="palpation-caution">
          <strong>Caution:</strong> {s.caution}
        </p>
      )}
      {s.goniometer && <GoniometerReadout kneeStraightStep={shown.pose.knee === 0} />}
      <LiveLengths />
      {preset.kind === 'stretch' && (
        <p className="clinical-legend">
          The calf muscles are coloured by their length change from standing: <span className="shorter">blue shorter</span>,{' '}
          <span className="longer">red longer</span>.
        </p>
      )}
      <Sources keys={preset.sources} />
    </article>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { muscleParameters } from '../anatomy/muscleParameters';
import { JOINTS } from '../kinematics/joints';
import type { Pose } from '../kinematics/joints';
import { fibreStateAt, lengthCurve } from '../kinematics/muscleForce';
import type { ForceMuscleId } from '../kinematics/muscleForce';
import { getLivePose, subscribeLivePose } from '../state/livePose';
import './teaching.css';

const GASTROCNEMIUS: ForceMuscleId = 'gastrocnemius_medial_head';
const SOLEUS: ForceMuscleId = 'soleus';

// Plot geometry in viewBox units: small enough that its type reads at panel width.
const W = 400;
const H = 250;
const PAD = { left: 62, right: 14, top: 14, bottom: 50 };
const ANKLE_MIN = JOINTS.ankle.range.min;
const ANKLE_MAX = JOINTS.ankle.range.max;
const STEPS = 35;

const x = (ankle: number) => PAD.left + ((ankle - ANKLE_MIN) / (ANKLE_MAX - ANKLE_MIN)) * (W - PAD.left - PAD.right);
const y = (fraction: number) => PAD.top + (1 - fraction) * (H - PAD.top - PAD.bottom);

/** SVG path of a muscle's force fraction over the ankle range at a knee angle. */
export function curvePath(id: ForceMuscleId, knee: number): string {
  return lengthCurve(id, knee, ANKLE_MIN, ANKLE_MAX, STEPS)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.ankle).toFixed(1)},${y(p.activeForceFraction).toFixed(1)}`)
    .join(' ');
}

const pct = (f: number) => `${Math.round(f * 100)} %`;

/** "Delp 1990" from a citation that starts with the first author's surname and names a year. */
function shortCitation(citation: string, year?: number): string {
  const author = citation.split(/[\s,]/)[0];
  const found = year ?? Number(/\b(?:19|20)\d\d\b/.exec(citation)?.[0]);
  return Number.isFinite(found) ? `${author} ${found}` : author;
}

/**
 * Gastrocnemius (medial head) vs soleus: the share of maximum force their fibres can make at each
 * ankle angle (force–length curve), with the knee straight and at the current knee angle, and the
 * current pose as dots. The dashed curve and the dots follow the live pose without React renders.
 */
export function TwoJointChart({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const straight = useMemo(() => curvePath(GASTROCNEMIUS, 0), []);
  const soleus = useMemo(() => curvePath(SOLEUS, 0), []);
  const bent = useRef<SVGPathElement>(null);
  const bentLabel = useRef<SVGTextElement>(null);
  const gDot = useRef<SVGCircleElement>(null);
  const sDot = useRef<SVGCircleElement>(null);
  const cursor = useRef<SVGLineElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    let lastKnee = Number.NaN;
    const draw = (pose: Pose) => {
      const knee = Math.min(JOINTS.knee.range.max, Math.max(JOINTS.knee.range.min, pose.knee));
      const ankle = Math.min(ANKLE_MAX, Math.max(ANKLE_MIN, pose.ankle));
      if (!(Math.abs(knee - lastKnee) < 0.5)) {
        lastKnee = knee;
        bent.current?.setAttribute('d', curvePath(GASTROCNEMIUS, knee));
        if (bentLabel.current) bentLabel.current.textContent = `knee at ${Math.round(knee)}°`;
      }
      const g = fibreStateAt(GASTROCNEMIUS, { knee, ankle });
      const s = fibreStateAt(SOLEUS, { knee, ankle });
      gDot.current?.setAttribute('cx', x(ankle).toFixed(1));
      gDot.current?.setAttribute('cy', y(g.activeForceFraction).toFixed(1));
      sDot.current?.setAttribute('cx', x(ankle).toFixed(1));
      sDot.current?.setAttribute('cy', y(s.activeForceFraction).toFixed(1));
      cursor.current?.setAttribute('x1', x(ankle).toFixed(1));
      cursor.current?.setAttribute('x2', x(ankle).toFixed(1));
      if (summary.current) {
        summary.current.textContent = `Now (knee ${Math.round(knee)}°, ankle ${Math.round(ankle)}°): gastrocnemius can make ${pct(
          g.activeForceFraction,
        )} of its maximum force, soleus ${pct(s.activeForceFraction)}.`;
      }
    };
    draw(getLivePose());
    return subscribeLivePose(draw);
  }, []);

  const xTicks = [-20, -10, 0, 10, 20, 30, 40, 50];
  const yTicks = [0, 0.25, 0.5, 0.75, 1];
  const src = muscleParameters.source;
  return (
    <section className="teaching-section two-joint" aria-labelledby="chart-title">
      <Heading id="chart-title" className="teaching-title">
        One muscle, two joints
      </Heading>
      <figure className="chart-figure">
        <svg
          data-testid="two-joint-chart"
          className="chart"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby="chart-title chart-desc"
        >
          <desc id="chart-desc">
            Force the fibres can make, as a share of their maximum, against ankle angle: gastrocnemius medial head with the
            knee straight (solid orange) and at the current knee angle (dashed orange), and soleus (blue).
          </desc>
          <g className="chart-grid">
            {yTicks.map((t) => (
              <g key={t}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
                <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
                  {Math.round(t * 100)}
                </text>
              </g>
            ))}
            {xTicks.map((t) => (
              <text key={t} x={x(t)} y={H - PAD.bottom + 16} textAnchor="middle">
                {t}
              </text>
            ))}
            <line className="chart-zero" x1={x(0)} x2={x(0)} y1={PAD.top} y2={H - PAD.bottom} />
          </g>
          <text className="chart-axis" x={(PAD.left + W - PAD.right) / 2} y={H - 12} textAnchor="middle">
            ← dorsiflexion · ankle angle (°) · plantarflexion →
          </text>
          <text className="chart-axis" transform={`translate(16 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`} textAnchor="middle">
            force possible (% of max)
          </text>
          <line ref={cursor} className="chart-cursor" y1={PAD.top} y2={H - PAD.bottom} />
          <path className="curve curve-soleus" d={soleus} />
          <path className="curve curve-gastroc" d={straight} />
          <path ref={bent} className="curve curve-gastroc-bent" d={straight} />
          <text ref={bentLabel} className="chart-note" x={W - PAD.right - 4} y={H - PAD.bottom - 8} textAnchor="end" />
          <circle ref={sDot} className="dot dot-soleus" r={7} />
          <circle ref={gDot} className="dot dot-gastroc" r={7} data-testid="chart-dot" />
        </svg>
        <ul className="chart-legend">
          <li>
            <span className="swatch swatch-gastroc" aria-hidden="true" /> Gastrocnemius, knee straight
          </li>
          <li>
            <span className="swatch swatch-gastroc-bent" aria-hidden="true" /> Gastrocnemius, knee as now
          </li>
          <li>
            <span className="swatch swatch-soleus" aria-hidden="true" /> Soleus (any knee angle)
          </li>
          <li>
            <span className="swatch swatch-dot" aria-hidden="true" /> This pose
          </li>
        </ul>
        <p ref={summary} className="chart-now" data-testid="chart-summary" aria-live="off" />
        <p className="chart-explain">
          Gastrocnemius starts above the knee and soleus below it. Bending the knee brings the two ends of gastrocnemius
          closer together, so its fibres are already short before the foot moves. Short fibres overlap too much to pull
          hard, so with the knee bent gastrocnemius can add little force at the heel. Soleus does not cross the knee, so its
          curve stays the same, and it does most of the plantarflexing when you sit or crouch.
        </p>
        <figcaption className="chart-source">
          Hill-type model with a rigid tendon, scaled to this leg. Parameters: {src.model} ({shortCitation(src.citation, src.year)}); force–length
          curve: {shortCitation(muscleParameters.forceLength.citation)}. Source: {src.file}; licence {src.license}.
        </figcaption>
      </figure>
    </section>
  );
}

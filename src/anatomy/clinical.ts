/**
 * The clinical lab's logic. Pure: presets → poses (with the ruptured-tendon variant), live lengths
 * from the kinematics module (one source of truth: muscleLength.ts), the length change a stretch
 * makes, and the "where does it hurt?" lookup. The shipped data is validated by the unit tests
 * (tests/unit/clinical.test.ts), not again at runtime.
 */
import clinicalJson from '../../data/clinical.json';
import { muscleLengthAt } from '../kinematics/muscleLength';
import type { LengthMuscleId } from '../kinematics/muscleLength';
import { NEUTRAL_POSE } from '../kinematics/joints';
import type { Pose } from '../kinematics/joints';
import { PAIN_ZONES } from './clinicalSchema';
import type { ClinicalData, PainZoneId, Preset, PresetKind, PresetStep } from './clinicalSchema';

export type { ClinicalData, PainZoneId, Preset, PresetKind, PresetStep, PainZone, TriggerPoint, SurfaceRay } from './clinicalSchema';
export { PAIN_ZONES } from './clinicalSchema';

export const clinical: ClinicalData = clinicalJson as unknown as ClinicalData;

/** The three calf muscles whose lengths the lab reads out (the embed API's `lengths`). */
export const CALF_MUSCLES = ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus'] as const satisfies readonly LengthMuscleId[];
export type CalfMuscleId = (typeof CALF_MUSCLES)[number];
export type CalfLengths = Record<CalfMuscleId, number>;

/** What `presets()` lists: `{ id, kind, title, steps }` (steps: the number of steps). */
export interface PresetSummary {
  id: string;
  kind: PresetKind;
  title: string;
  steps: number;
}

export function presetSummaries(data: ClinicalData = clinical): PresetSummary[] {
  return data.presets.map((p) => ({ id: p.id, kind: p.kind, title: p.title, steps: p.steps.length }));
}

export function findPreset(id: string, data: ClinicalData = clinical): Preset | undefined {
  return data.presets.find((p) => p.id === id);
}

/** Why a preset request cannot be honoured, in words for a notice; null when it can. */
export function presetProblem(id: unknown, step: unknown, data: ClinicalData = clinical): string | null {
  const shown = (v: unknown) => JSON.stringify(typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const preset = typeof id === 'string' ? findPreset(id, data) : undefined;
  if (!preset) return `Unknown clinical preset ${shown(id)}; available: ${data.presets.map((p) => p.id).join(', ')}.`;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= preset.steps.length) {
    return `"${preset.title}" has steps 1–${preset.steps.length}; step ${typeof step === 'number' ? step + 1 : shown(step)} does not exist.`;
  }
  return null;
}

/** What a step shows: its pose and caption, the ruptured-tendon variant when the toggle is on. */
export function resolvePresetStep(
  preset: Preset,
  step: number,
  ruptured = false,
): { pose: Pose; caption: string; response: string | null; step: PresetStep } {
  const s = preset.steps[step];
  if (!s) throw new RangeError(`Preset "${preset.id}" has steps 1–${preset.steps.length}; step ${step + 1} does not exist`);
  const useRupture = ruptured && preset.ruptureToggle === true;
  return {
    pose: { ...(useRupture && s.rupturedPose ? s.rupturedPose : s.pose) },
    caption: useRupture && s.rupturedCaption ? s.rupturedCaption : (s.caption ?? `${s.position} ${s.feel ?? ''}`.trim()),
    response: (useRupture && s.rupturedResponse ? s.rupturedResponse : s.response) ?? null,
    step: s,
  };
}

/** Muscle–tendon lengths of the calf muscles in `pose`, millimetres (from muscleLength.ts). */
export function calfLengthsMm(pose: Pose): CalfLengths {
  const mm = (id: CalfMuscleId) => muscleLengthAt(id, pose) * 1000;
  return {
    gastrocnemius_medial_head: mm('gastrocnemius_medial_head'),
    gastrocnemius_lateral_head: mm('gastrocnemius_lateral_head'),
    soleus: mm('soleus'),
  };
}

/** Length change from the anatomical position, millimetres (+ longer, − shorter). */
export function lengthChangesMm(pose: Pose): CalfLengths {
  const now = calfLengthsMm(pose);
  const rest = calfLengthsMm(NEUTRAL_POSE);
  return {
    gastrocnemius_medial_head: now.gastrocnemius_medial_head - rest.gastrocnemius_medial_head,
    gastrocnemius_lateral_head: now.gastrocnemius_lateral_head - rest.gastrocnemius_lateral_head,
    soleus: now.soleus - rest.soleus,
  };
}

/** Ankle dorsiflexion in degrees as a goniometer reads it (positive = dorsiflexion). */
export function dorsiflexionDeg(pose: Pose): number {
  return -pose.ankle;
}

/** The Silfverskiöld threshold: under this much dorsiflexion with the knee straight counts as tight (DiGiovanni 2002). */
export const SILFVERSKIOLD_THRESHOLD_DEG = 5;

export function isPainZoneId(value: unknown): value is PainZoneId {
  return typeof value === 'string' && (PAIN_ZONES as readonly string[]).includes(value);
}

/** One answer of the "where does it hurt?" lookup (the embed API's `painZone` entries). */
export interface PainCandidate {
  /** A structure id when the muscle is in the model, else its name. */
  muscle: string;
  inModel: boolean;
  /** Source keys (data/clinical.json `sources`), comma-separated. */
  source: string;
  /** The classic trigger point(s) behind it, with "common" / "rare", when there is one. */
  points: { id: string; label: string; frequency: 'common' | 'rare' }[];
  note?: string;
}

/**
 * Muscles that can refer pain to a skin zone: the model's muscles with a classic trigger point
 * referring there (common points first), other muscles of the model named for that zone, then
 * muscles outside the model. Throws on an unknown zone.
 */
export function painZone(zoneId: PainZoneId, data: ClinicalData = clinical): PainCandidate[] {
  const zone = data.zones.find((z) => z.id === zoneId);
  if (!zone) throw new Error(`Unknown pain zone ${JSON.stringify(zoneId)}: expected one of ${PAIN_ZONES.join(', ')}`);
  const byMuscle = new Map<string, PainCandidate>();
  const points = data.triggerPoints.filter((t) => t.zones.includes(zoneId));
  points.sort((a, b) => (a.frequency === b.frequency ? 0 : a.frequency === 'common' ? -1 : 1));
  for (const t of points) {
    const entry = byMuscle.get(t.muscle) ?? { muscle: t.muscle, inModel: true, source: t.sources.join(', '), points: [] };
    entry.points.push({ id: t.id, label: t.label, frequency: t.frequency });
    byMuscle.set(t.muscle, entry);
  }
  const out = [...byMuscle.values()];
  for (const m of zone.outsideInModel ?? []) {
    if (!byMuscle.has(m)) out.push({ muscle: m, inModel: true, source: 'trigger-point-secondary', points: [], note: 'not one of the calf patterns' });
  }
  for (const o of zone.outside) out.push({ muscle: o.muscle, inModel: false, source: 'trigger-point-secondary', points: [], note: o.note });
  return out;
}

/**
 * Schema of data/clinical.json: the clinical lab's tests, stretches and palpation steps (presets),
 * the classic trigger points and their referral zones, the red flags and the honest caveat. Pure.
 * Positions on the leg are rays in the rest pose (`from` inside the limb, `toward` outwards): the
 * viewer finds the skin or muscle surface along them, so the data survives reshaped meshes.
 */
import { z } from 'zod';
import { VIEW_NAMES } from '../embed/types';
import { isStructureId } from './ids';
import { structureIdSchema } from './schema';
import { JOINTS } from '../kinematics/joints';
import type { JointId, Pose } from '../kinematics/joints';
import { AnatomyDataError, formatIssues } from './errors';

export const PRESET_KINDS = ['test', 'stretch', 'palpation'] as const;
export type PresetKind = (typeof PRESET_KINDS)[number];

/** The skin zones of the "where does it hurt?" lookup (the embed API's `painZone` ids). */
export const PAIN_ZONES = ['instep', 'heel', 'back_of_knee', 'calf', 'anterior_ankle', 'great_toe'] as const;
export type PainZoneId = (typeof PAIN_ZONES)[number];

export const SEGMENTS = ['thigh', 'shank', 'foot'] as const;

const text = z.string().trim().min(1, 'expected a non-empty string');
const id = z.string().regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, 'expected a lower-case id like "wall_stretch_knee_bent"');
const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const structureId = structureIdSchema;

function angleIn(joint: JointId) {
  const { min, max } = JOINTS[joint].range;
  return z.number().refine((v) => Number.isFinite(v) && v >= min && v <= max, {
    error: (issue) => `${String(issue.input)}° is outside the ${joint} range ${min}…${max}°`,
  });
}

const pose = z.strictObject({ knee: angleIn('knee'), ankle: angleIn('ankle') });

/**
 * A spot on the leg, fixed to a body segment: the outermost point of the skin (zones, hands) or of
 * the muscle (trigger points) on the line through `from` along `toward`.
 */
const ray = z.strictObject({
  segment: z.enum(SEGMENTS),
  /** A point inside the limb (rest-pose world coordinates, metres). */
  from: vec3,
  /** Direction outwards, towards the spot (need not be unit length). */
  toward: vec3.refine((v) => Math.hypot(...v) > 0, 'expected a non-zero direction'),
});

const sources = z.array(text).min(1, 'expected at least one source');

const presetStep = z.strictObject({
  title: text,
  /** What to do and see (tests, stretches); palpation steps use position/ask/hands/feel instead. */
  caption: text.max(400, 'expected at most 400 characters').optional(),
  pose,
  view: z.enum(VIEW_NAMES),
  /** Structure to outline (select); null clears; absent keeps. */
  select: structureId.nullable().optional(),
  /** Draw the goniometer at the ankle. */
  goniometer: z.boolean().optional(),
  /** Pose and caption when the "ruptured calcaneal tendon" toggle is on. */
  rupturedPose: pose.optional(),
  rupturedCaption: text.optional(),
  /** What the examiner sees (tests with a rupture toggle), intact and ruptured. */
  response: text.optional(),
  rupturedResponse: text.optional(),
  // Palpation coach: position → what to ask → where the hands go → what becomes palpable.
  position: text.optional(),
  ask: text.optional(),
  hands: text.optional(),
  feel: text.optional(),
  caution: text.optional(),
  hand: ray.optional(),
});

const preset = z.strictObject({
  id,
  kind: z.enum(PRESET_KINDS),
  title: text,
  purpose: text,
  /** Sensitivity/specificity where published (tests). */
  accuracy: text.optional(),
  /** Which muscle the stretch targets and why (stretches). */
  target: text.optional(),
  ruptureToggle: z.boolean().optional(),
  sources,
  /**
   * A published diagnostic rule the test belongs to (tests): its items and how many of them make the
   * diagnosis, e.g. the AAOS criteria for an acute calcaneal tendon rupture.
   */
  criteria: z
    .strictObject({
      title: text,
      /** How the items combine (e.g. "two or more of these four"), and why. */
      rule: text,
      items: z.array(text).min(2, 'expected at least two items'),
      sources,
    })
    .optional(),
  steps: z.array(presetStep).min(1, 'expected at least one step'),
});

const zone = z.strictObject({
  id: z.enum(PAIN_ZONES),
  label: text,
  where: ray,
  radius: z.number().positive().max(0.1),
  /** Other muscles of the model that can hurt there (not classic trigger-point patterns of the calf). */
  outsideInModel: z.array(structureId).optional(),
  /** Muscles outside the model that can refer there. */
  outside: z.array(z.strictObject({ muscle: text, note: text })),
});

const triggerPoint = z.strictObject({
  id,
  muscle: structureId,
  label: text,
  frequency: z.enum(['common', 'rare']),
  where: ray,
  zones: z.array(z.enum(PAIN_ZONES)),
  referral: text,
  sources,
});

export const clinicalDataSchema = z.strictObject({
  sources: z.record(z.string(), text),
  caveat: z.strictObject({ line: text, details: text, sources }),
  redFlags: z.array(z.strictObject({ id, sign: text, meaning: text, sources })).min(1),
  zones: z.array(zone),
  triggerPoints: z.array(triggerPoint),
  presets: z.array(preset).min(1),
});

export type ClinicalData = z.infer<typeof clinicalDataSchema>;
export type Preset = ClinicalData['presets'][number];
export type PresetStep = Preset['steps'][number];
export type PainZone = ClinicalData['zones'][number];
export type TriggerPoint = ClinicalData['triggerPoints'][number];
export type SurfaceRay = PresetStep['hand'] & {};
export type { Pose };

/** Cross-checks zod cannot express: sources exist, ids are unique, every pain zone is drawn. */
function crossCheck(data: ClinicalData): string[] {
  const problems: string[] = [];
  const source = (path: string, keys: readonly string[]) =>
    keys.forEach((k, i) => {
      if (!Object.prototype.hasOwnProperty.call(data.sources, k)) problems.push(`${path}[${i}]: unknown source ${JSON.stringify(k)} (not in sources)`);
    });
  source('caveat.sources', data.caveat.sources);
  data.redFlags.forEach((f, i) => source(`redFlags[${i}].sources`, f.sources));
  data.triggerPoints.forEach((t, i) => source(`triggerPoints[${i}].sources`, t.sources));
  const seen = new Set<string>();
  data.presets.forEach((p, i) => {
    source(`presets[${i}].sources`, p.sources);
    if (p.criteria) source(`presets[${i}].criteria.sources`, p.criteria.sources);
    if (seen.has(p.id)) problems.push(`presets[${i}].id: duplicate id ${JSON.stringify(p.id)}`);
    seen.add(p.id);
    if (p.kind === 'test' && !p.accuracy) problems.push(`presets[${i}].accuracy: a test states its accuracy (or that none is published)`);
    if (p.kind === 'stretch' && !p.target) problems.push(`presets[${i}].target: a stretch says which muscle it targets and why`);
    p.steps.forEach((s, j) => {
      if (p.kind === 'palpation' && !(s.position && s.ask && s.hands && s.feel && s.hand)) {
        problems.push(`presets[${i}].steps[${j}]: a palpation step needs position, ask, hands, feel and hand`);
      }
      if (p.kind !== 'palpation' && !s.caption) problems.push(`presets[${i}].steps[${j}].caption: expected a caption`);
      if (s.rupturedPose && !p.ruptureToggle) problems.push(`presets[${i}].steps[${j}].rupturedPose: the preset has no ruptureToggle`);
    });
  });
  for (const z of PAIN_ZONES) if (!data.zones.some((d) => d.id === z)) problems.push(`zones: missing zone ${JSON.stringify(z)}`);
  const points = new Set<string>();
  data.triggerPoints.forEach((t, i) => {
    if (points.has(t.id)) problems.push(`triggerPoints[${i}].id: duplicate id ${JSON.stringify(t.id)}`);
    points.add(t.id);
    if (!isStructureId(t.muscle)) problems.push(`triggerPoints[${i}].muscle: unknown structure`);
  });
  return problems;
}

/** Validates data/clinical.json; throws AnatomyDataError naming each field path. */
export function parseClinicalData(json: unknown, file = 'data/clinical.json'): ClinicalData {
  const result = clinicalDataSchema.safeParse(json);
  if (!result.success) throw new AnatomyDataError(file, formatIssues(result.error.issues));
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new AnatomyDataError(file, problems);
  return result.data;
}

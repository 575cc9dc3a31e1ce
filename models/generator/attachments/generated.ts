/**
 * Footprints generated where each muscle meets its bone (issue 18 item 9), for every muscle end
 * lying in the model that has no hand-drawn area in attachments.ts. The muscle is taken as the
 * model shows it — the scanned belly where the data has one, and the generated tendon outside it —
 * and the bone surface within CONTACT (2 mm) of it is the contact. A tendinous end is an oval over
 * the contact nearest that end of the piece; a fleshy origin or insertion a strip over the contact
 * along a stretch of the muscle (arc-length fractions of one piece). Both are laid onto the named
 * bone by attachments.ts, half-widths clamped to a readable 2–8 mm. Bones and sites: Gray's
 * Anatomy 42nd ed. and Moore's Clinically Oriented Anatomy 8th ed., as summarised in each muscle's
 * origin/insertion text in data/structures.json; the `halfAxes` given are the least an oval keeps
 * (half of each) when the contact is smaller.
 */
import type { StructureId } from '../../../src/anatomy/ids';
import type { BoneId } from '../bones';
import { boneFields } from '../bones';
import { LOFT_DEFAULTS, loft } from '../loft';
import type { LoftResult } from '../loft';
import type { ScanBoneId } from '../scan/bones';
import { REAL_BONES, REAL_MUSCLES } from '../scan/realLeg';
import { principalAxes } from '../scan/fit';
import { meshField } from '../scan/meshField';
import { projectToSurface } from '../sdf';
import { SOFT_TISSUES } from '../softTissue';
import { muscleColours, tendonShareOfColour } from '../tissueColour';
import { add, cross, dot, length, normalize, scale, sub } from '../vec';
import type { V3 } from '../vec';
import type { AttachmentDef, Patch } from '../attachments';
import { warpPatch } from './warpPatch';

/** A strip along `span` (arc-length fractions) of a piece's centre line, or an oval at one end of a piece. */
type GeneratedPatch =
  | { bone: BoneId; muscle: StructureId; piece?: number; span: [number, number]; widthScale?: number }
  | { bone: BoneId; muscle: StructureId; piece?: number; at: 'start' | 'end'; halfAxes: [along: number, across: number]; site?: Site }
  | Patch;

/**
 * Where on a foot bone an end lies by the anatomy (Gray's 42nd ed.), for a generated tendon that
 * ends short of its real bone: a fraction of the bone's length from its proximal end, on its
 * dorsal, plantar, lateral or dorsolateral face.
 */
interface Site {
  at: number;
  face: 'dorsal' | 'plantar' | 'lateral' | 'dorsolateral';
}

interface GeneratedDef {
  id: StructureId;
  patches: GeneratedPatch[];
}

const MIN_HALF_WIDTH = 0.002;
const MAX_HALF_WIDTH = 0.008;

/** Every muscle end that the model holds and that has no hand-drawn area in attachments.ts. */
const GENERATED: GeneratedDef[] = [
  // soleus and the tibialis anterior insertion were drawn by hand; their scanned belly and tendon
  // now give them (median footprint point to the muscle 6.7 -> 1.9 mm and 5.8 -> 3.5 mm). The
  // gastrocnemius heads stay drawn: the scanned bellies end 9-16 mm short of the femur (its
  // generated part), where their tendons of origin, which the data lacks, would lie.
  {
    id: 'soleus_origin_area',
    patches: [
      { bone: 'fibula', muscle: 'soleus', span: [0, 0.35] },
      { bone: 'tibia', muscle: 'soleus', span: [0, 0.35], widthScale: 0.5 },
    ],
  },
  {
    id: 'tibialis_anterior_insertion_area',
    patches: [
      { bone: 'medial_cuneiform', muscle: 'tibialis_anterior', at: 'end', halfAxes: [0.0075, 0.0065] },
      { bone: 'metatarsal_1', muscle: 'tibialis_anterior', at: 'end', halfAxes: [0.004, 0.005] },
    ],
  },
  // plantaris: lateral supracondylar line just above the lateral gastrocnemius head; a slim tendon
  // onto the back of the calcaneus medial to the calcaneal tendon
  { id: 'plantaris_origin_area', patches: [{ bone: 'femur', muscle: 'plantaris', at: 'start', halfAxes: [0.005, 0.0035] }] },
  // (drawn: the generated plantaris tendon still ends 16 mm in front of the calcaneal tuberosity, on
  // the medial face of the calcaneus, until the tendons are re-routed on the real bones)
  { id: 'plantaris_insertion_area', patches: [{ bone: 'calcaneus', kind: 'oval', centre: [0.011, 0.036, -0.063], a: [0, 0.004, 0], b: [0.0025, 0, 0] }] },
  // popliteus: pit on the lateral femoral condyle; triangular area above the soleal line
  { id: 'popliteus_origin_area', patches: [{ bone: 'femur', muscle: 'popliteus', at: 'start', halfAxes: [0.004, 0.003] }] },
  { id: 'popliteus_insertion_area', patches: [{ bone: 'tibia', muscle: 'popliteus', span: [0.55, 1], widthScale: 0.6 }] },
  // deep posterior group
  { id: 'tibialis_posterior_origin_area', patches: [{ bone: 'tibia', muscle: 'tibialis_posterior', span: [0, 0.4] }] },
  { id: 'tibialis_posterior_insertion_area', patches: [{ bone: 'navicular', muscle: 'tibialis_posterior', at: 'end', halfAxes: [0.005, 0.004] }] },
  { id: 'flexor_digitorum_longus_origin_area', patches: [{ bone: 'tibia', muscle: 'flexor_digitorum_longus', span: [0, 0.3] }] },
  {
    id: 'flexor_digitorum_longus_insertion_area',
    patches: (['phalanges_2', 'phalanges_3', 'phalanges_4', 'phalanges_5'] as const).map((bone, i) => ({
      bone,
      muscle: 'flexor_digitorum_longus' as const,
      piece: i + 1,
      at: 'end' as const,
      halfAxes: [0.0025, 0.002] as [number, number],
      // plantar base of the distal phalanx
      site: { at: 0.8, face: 'plantar' as const },
    })),
  },
  { id: 'flexor_hallucis_longus_origin_area', patches: [{ bone: 'fibula', muscle: 'flexor_hallucis_longus', span: [0, 0.35] }] },
  { id: 'flexor_hallucis_longus_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'flexor_hallucis_longus', at: 'end', halfAxes: [0.003, 0.0025], site: { at: 0.62, face: 'plantar' } }] },
  // anterior compartment (tibialis anterior is drawn by hand)
  { id: 'extensor_digitorum_longus_origin_area', patches: [{ bone: 'fibula', muscle: 'extensor_digitorum_longus', span: [0, 0.4] }] },
  {
    id: 'extensor_digitorum_longus_insertion_area',
    patches: (['phalanges_2', 'phalanges_3', 'phalanges_4', 'phalanges_5'] as const).map((bone, i) => ({
      bone,
      muscle: 'extensor_digitorum_longus' as const,
      piece: i + 1,
      at: 'end' as const,
      halfAxes: [0.0025, 0.002] as [number, number],
      // dorsal aponeurosis over the middle and distal phalanges
      site: { at: 0.7, face: 'dorsal' as const },
    })),
  },
  { id: 'extensor_hallucis_longus_origin_area', patches: [{ bone: 'fibula', muscle: 'extensor_hallucis_longus', span: [0, 0.3] }] },
  { id: 'extensor_hallucis_longus_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'extensor_hallucis_longus', at: 'end', halfAxes: [0.003, 0.0025], site: { at: 0.62, face: 'dorsal' } }] },
  // lateral compartment
  { id: 'fibularis_longus_origin_area', patches: [{ bone: 'fibula', muscle: 'fibularis_longus', span: [0, 0.3] }] },
  {
    id: 'fibularis_longus_insertion_area',
    patches: [
      { bone: 'metatarsal_1', muscle: 'fibularis_longus', at: 'end', halfAxes: [0.004, 0.003] },
      { bone: 'medial_cuneiform', muscle: 'fibularis_longus', at: 'end', halfAxes: [0.003, 0.0025] },
    ],
  },
  { id: 'fibularis_brevis_origin_area', patches: [{ bone: 'fibula', muscle: 'fibularis_brevis', span: [0, 0.35] }] },
  // from contact: the tendon, re-laid on the real foot (muscles/ankleCourses.ts), ends on the tuberosity
  { id: 'fibularis_brevis_insertion_area', patches: [{ bone: 'metatarsal_5', muscle: 'fibularis_brevis', at: 'end', halfAxes: [0.004, 0.003] }] },
  // extensor digitorum brevis: superolateral calcaneus in front of the sinus tarsi; its three tendons
  // join the long extensor tendons of toes 2–4 (extensor hallucis brevis is its own muscle)
  { id: 'extensor_digitorum_brevis_origin_area', patches: [{ bone: 'calcaneus', muscle: 'extensor_digitorum_brevis', at: 'start', halfAxes: [0.006, 0.004] }] },
  {
    id: 'extensor_digitorum_brevis_insertion_area',
    patches: (['phalanges_2', 'phalanges_3', 'phalanges_4'] as const).map((bone) => ({
      bone,
      muscle: 'extensor_digitorum_brevis' as const,
      piece: Number(bone.slice(-1)) - 1,
      at: 'end' as const,
      halfAxes: [0.0025, 0.002] as [number, number],
      // the proximal phalanx's dorsum (joining the long extensor tendon on toes 2–4)
      site: { at: 0.3, face: 'dorsal' as const },
    })),
  },
  // thigh muscles: only the femoral origins inside the model (its femur ends mid-shaft)
  { id: 'biceps_femoris_origin_area', patches: [{ bone: 'femur', muscle: 'biceps_femoris', span: [0.15, 0.55], widthScale: 0.3 }] },
  { id: 'biceps_femoris_insertion_area', patches: [{ bone: 'fibula', muscle: 'biceps_femoris', at: 'end', halfAxes: [0.005, 0.004] }] },
  { id: 'semitendinosus_insertion_area', patches: [{ bone: 'tibia', muscle: 'semitendinosus', at: 'end', halfAxes: [0.005, 0.0018] }] },
  { id: 'semimembranosus_insertion_area', patches: [{ bone: 'tibia', muscle: 'semimembranosus', at: 'end', halfAxes: [0.005, 0.003] }] },
  { id: 'gracilis_insertion_area', patches: [{ bone: 'tibia', muscle: 'gracilis', at: 'end', halfAxes: [0.005, 0.0018] }] },
  { id: 'sartorius_insertion_area', patches: [{ bone: 'tibia', muscle: 'sartorius', at: 'end', halfAxes: [0.006, 0.0022] }] },
  // the four heads of quadriceps end in one tendon on the base (upper border) of the patella
  { id: 'quadriceps_tendon_insertion_area', patches: [{ bone: 'patella', kind: 'oval', centre: [-0.003, 0.547, 0.05], a: [0.016, 0, 0], b: [0, 0, 0.0065] }] },
  { id: 'vastus_intermedius_origin_area', patches: [{ bone: 'femur', muscle: 'vastus_intermedius', span: [0, 0.55], widthScale: 0.6 }] },
  // the vasti lateralis and medialis arise from the lips of the linea aspera at the back of the femur
  {
    id: 'vastus_lateralis_origin_area',
    patches: [{ bone: 'femur', kind: 'strip', line: [[-0.01, 0.755, -0.03], [-0.011, 0.71, -0.03], [-0.013, 0.665, -0.03]], halfWidth: [0.0025, 0.0025, 0.002] }],
  },
  {
    id: 'vastus_medialis_origin_area',
    patches: [{ bone: 'femur', kind: 'strip', line: [[0.006, 0.755, -0.03], [0.007, 0.7, -0.03], [0.01, 0.64, -0.03]], halfWidth: [0.0025, 0.0025, 0.002] }],
  },
  // the sole and extensor hallucis brevis, laid out on the real foot (muscles/sole.ts, anterior.ts):
  // ovals at tendinous ends, strips along the interossei's fleshy origins on the metatarsal shafts
  { id: 'abductor_hallucis_origin_area', patches: [{ bone: 'calcaneus', muscle: 'abductor_hallucis', at: 'start', halfAxes: [0.007, 0.005] }] },
  { id: 'abductor_hallucis_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'abductor_hallucis', at: 'end', halfAxes: [0.003, 0.0025] }, { bone: 'medial_sesamoid', muscle: 'abductor_hallucis', at: 'end', halfAxes: [0.0025, 0.002] }] },
  { id: 'flexor_digitorum_brevis_origin_area', patches: [{ bone: 'calcaneus', muscle: 'flexor_digitorum_brevis', at: 'start', halfAxes: [0.006, 0.006] }] },
  { id: 'flexor_digitorum_brevis_insertion_area', patches: ([2, 3, 4, 5] as const).map((k) => ({ bone: `phalanges_${k}` as const, muscle: 'flexor_digitorum_brevis' as const, piece: k - 1, at: 'end' as const, halfAxes: [0.0025, 0.002] as [number, number] })) },
  { id: 'abductor_digiti_minimi_origin_area', patches: [{ bone: 'calcaneus', muscle: 'abductor_digiti_minimi', at: 'start', halfAxes: [0.006, 0.005] }] },
  { id: 'abductor_digiti_minimi_insertion_area', patches: [{ bone: 'phalanges_5', muscle: 'abductor_digiti_minimi', at: 'end', halfAxes: [0.0025, 0.002] }] },
  { id: 'quadratus_plantae_origin_area', patches: [0, 1].map((piece) => ({ bone: 'calcaneus' as const, muscle: 'quadratus_plantae' as const, piece, at: 'start' as const, halfAxes: [0.006, 0.005] as [number, number] })) },
  { id: 'lumbricals_insertion_area', patches: ([2, 3, 4, 5] as const).map((k) => ({ bone: `phalanges_${k}` as const, muscle: 'lumbricals' as const, piece: k - 2, at: 'end' as const, halfAxes: [0.0022, 0.002] as [number, number] })) },
  { id: 'flexor_hallucis_brevis_origin_area', patches: [{ bone: 'cuboid', muscle: 'flexor_hallucis_brevis', at: 'start', halfAxes: [0.005, 0.004] }, { bone: 'lateral_cuneiform', muscle: 'flexor_hallucis_brevis', at: 'start', halfAxes: [0.004, 0.003] }] },
  { id: 'flexor_hallucis_brevis_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'flexor_hallucis_brevis', piece: 0, at: 'end', halfAxes: [0.0025, 0.002] }, { bone: 'phalanges_1', muscle: 'flexor_hallucis_brevis', piece: 1, at: 'end', halfAxes: [0.0025, 0.002] }, { bone: 'medial_sesamoid', muscle: 'flexor_hallucis_brevis', piece: 0, span: [0.74, 0.88], widthScale: 0.6 }, { bone: 'lateral_sesamoid', muscle: 'flexor_hallucis_brevis', piece: 1, span: [0.74, 0.88], widthScale: 0.6 }] },
  { id: 'adductor_hallucis_origin_area', patches: (['metatarsal_2', 'metatarsal_3', 'metatarsal_4'] as const).map((bone) => ({ bone, muscle: 'adductor_hallucis' as const, at: 'start' as const, halfAxes: [0.005, 0.003] as [number, number] })) },
  { id: 'adductor_hallucis_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'adductor_hallucis', at: 'end', halfAxes: [0.0025, 0.002] }, { bone: 'lateral_sesamoid', muscle: 'adductor_hallucis', at: 'end', halfAxes: [0.0025, 0.002] }] },
  { id: 'flexor_digiti_minimi_brevis_origin_area', patches: [{ bone: 'metatarsal_5', muscle: 'flexor_digiti_minimi_brevis', at: 'start', halfAxes: [0.005, 0.003] }] },
  { id: 'flexor_digiti_minimi_brevis_insertion_area', patches: [{ bone: 'phalanges_5', muscle: 'flexor_digiti_minimi_brevis', at: 'end', halfAxes: [0.0025, 0.002] }] },
  { id: 'plantar_interossei_origin_area', patches: ([3, 4, 5] as const).map((k) => ({ bone: `metatarsal_${k}` as const, muscle: 'plantar_interossei' as const, piece: k - 3, span: [0, 0.75] as [number, number], widthScale: 0.6 })) },
  { id: 'plantar_interossei_insertion_area', patches: ([3, 4, 5] as const).map((k) => ({ bone: `phalanges_${k}` as const, muscle: 'plantar_interossei' as const, piece: k - 3, at: 'end' as const, halfAxes: [0.0022, 0.002] as [number, number] })) },
  { id: 'dorsal_interossei_origin_area', patches: ([[0, 2], [0, 1], [1, 2], [1, 3], [2, 3], [2, 4], [3, 4], [3, 5]] as const).map(([piece, k]) => ({ bone: `metatarsal_${k}` as const, muscle: 'dorsal_interossei' as const, piece, span: [0, 0.8] as [number, number], widthScale: 0.5 })) },
  { id: 'dorsal_interossei_insertion_area', patches: ([[0, 2], [1, 2], [2, 3], [3, 4]] as const).map(([piece, k]) => ({ bone: `phalanges_${k}` as const, muscle: 'dorsal_interossei' as const, piece, at: 'end' as const, halfAxes: [0.0022, 0.002] as [number, number] })) },
  { id: 'extensor_hallucis_brevis_origin_area', patches: [{ bone: 'calcaneus', muscle: 'extensor_hallucis_brevis', at: 'start', halfAxes: [0.004, 0.003] }] },
  { id: 'extensor_hallucis_brevis_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'extensor_hallucis_brevis', at: 'end', halfAxes: [0.003, 0.0025] }] },
];

const lofts = new Map<string, LoftResult>();

function centreLine(muscle: StructureId, piece: number): LoftResult {
  const key = `${muscle}#${piece}`;
  let l = lofts.get(key);
  if (!l) {
    const pc = pieceOf(muscle, piece);
    l = loft(pc.path, pc.profile, pc.options);
    lofts.set(key, l);
  }
  return l;
}

function pieceOf(muscle: StructureId, piece: number): (typeof SOFT_TISSUES)[number]['pieces'][number] {
  const pc = SOFT_TISSUES.find((d) => d.id === muscle)?.pieces[piece];
  if (!pc) throw new Error(`generated attachments: no piece ${piece} of ${muscle}`);
  return pc;
}

/** Bone surface within this of a muscle (or its tendon) is in contact with it (issue 18 item 9). */
export const CONTACT = 0.002;
/** A tendinous end's footprint: the contact of the muscle's points within this arc length (m) of that end. */
const END_REACH = 0.01;
/**
 * Beyond this the muscle does not reach the bone: the footprint goes to the end's anatomical site
 * on the bone where one is given (onSite), else to the bone nearest the end within FAR_BEYOND (a
 * scanned belly whose tendon of origin the data lacks), else to its centre line (fromCentreLine).
 */
const FALLBACK_BEYOND = 0.004;
const FAR_BEYOND = 0.016;

/**
 * The surface of one piece of a muscle as the model shows it, with each point's arc-length
 * fraction along the piece: the scanned belly (where the data has one) and the generated piece's
 * tendon outside it (as scan/combine.ts keeps them).
 */
function musclePoints(muscle: StructureId, piece: number): { p: V3; s: number }[] {
  const l = centreLine(muscle, piece);
  const pc = pieceOf(muscle, piece);
  const belly = REAL_MUSCLES.get(muscle);
  const inBelly = belly ? meshField(belly) : null;
  const sOf = (q: V3) => {
    let best = 0;
    let bestD = Infinity;
    l.centre.forEach((c, k) => {
      const d = (c[0] - q[0]) ** 2 + (c[1] - q[1]) ** 2 + (c[2] - q[2]) ** 2;
      if (d < bestD) [best, bestD] = [k, d];
    });
    return l.centreS[best];
  };
  const out: { p: V3; s: number }[] = [];
  if (belly) for (let i = 0; i < belly.positions.length; i += 3) {
    const q: V3 = [belly.positions[i], belly.positions[i + 1], belly.positions[i + 2]];
    out.push({ p: q, s: sOf(q) });
  }
  const colours = muscleColours(l.along, pc.options?.sides ?? LOFT_DEFAULTS.sides, pc.tendon, pc.aponeurosis, pc.options?.exponent);
  for (let v = 0; v < l.positions.length / 3; v++) {
    const q: V3 = [l.positions[v * 3], l.positions[v * 3 + 1], l.positions[v * 3 + 2]];
    if (inBelly && (tendonShareOfColour(colours[v * 3], colours[v * 3 + 1], colours[v * 3 + 2]) <= 0.5 || inBelly(q[0], q[1], q[2]) < 0)) continue;
    out.push({ p: q, s: l.along[v] });
  }
  return out;
}

/**
 * Where the muscle meets the bone: its points (those `select` keeps, by arc-length fraction) within
 * CONTACT of the bone, laid onto the bone surface, with their arc-length fraction. Where nothing
 * comes that close (a generated tendon that ends short of its bone, a belly the scan keeps off it)
 * the tolerance doubles, up to `beyond`: the footprint then lies on the bone nearest the muscle
 * there. Null when even that finds nothing.
 */
function contact(muscle: StructureId, piece: number, bone: BoneId, select: (all: { p: V3; s: number }[]) => { p: V3; s: number }[], beyond = FALLBACK_BEYOND): { q: V3; s: number }[] | null {
  const sdf = boneFields()[bone].sdf;
  const pts = select(musclePoints(muscle, piece));
  for (let tol = CONTACT; tol <= beyond; tol *= 2) {
    const near = pts.filter((m) => sdf(m.p[0], m.p[1], m.p[2]) < tol);
    if (near.length >= 3) {
      if (tol > CONTACT) REACHED.set(`${muscle}#${piece}@${bone}`, tol);
      return near.map((m) => ({ q: projectToSurface(sdf, m.p), s: m.s }));
    }
  }
  REACHED.set(`${muscle}#${piece}@${bone}`, Infinity);
  return null;
}

/** Ends that lie farther than CONTACT from their bone: the tolerance that found them, Infinity where none did (for the report). */
export const REACHED = new Map<string, number>();

const clampWidth = (w: number) => Math.min(MAX_HALF_WIDTH, Math.max(MIN_HALF_WIDTH, w));

/**
 * The footprint from the generated centre line alone (before issue 18 item 9): a strip along the
 * span, or an oval at the piece's end, laid onto the bone by attachments.ts. For a generated
 * tendon that ends short of its bone (no contact within FALLBACK_BEYOND) until the tendons are
 * re-routed on the real bones.
 */
function fromCentreLine(p: Exclude<GeneratedPatch, Patch>): Patch {
  const l = centreLine(p.muscle, p.piece ?? 0);
  if ('span' in p) {
    const [s0, s1] = p.span;
    const line: V3[] = [];
    const halfWidth: number[] = [];
    const n = 6;
    for (let k = 0; k <= n; k++) {
      const s = s0 + ((s1 - s0) * k) / n;
      const i = Math.round(s * (l.centre.length - 1));
      line.push(l.centre[i]);
      halfWidth.push(clampWidth(l.sections[i].hw * (p.widthScale ?? 1)));
    }
    return { bone: p.bone, kind: 'strip', line, halfWidth };
  }
  const last = l.centre.length - 1;
  const [i, j] = p.at === 'start' ? [0, 1] : [last, last - 1];
  const along = normalize(sub(l.centre[i], l.centre[j]));
  // across: the section's width axis; the oval is laid on the bone's tangent plane by projection
  const u = l.sections[i].u;
  return {
    bone: p.bone,
    kind: 'oval',
    centre: l.centre[i],
    a: along.map((c) => c * p.halfAxes[0]) as V3,
    b: u.map((c) => c * p.halfAxes[1]) as V3,
  };
}

function spread(points: readonly V3[]): { centre: V3; axes: [V3, V3, V3]; sd: [number, number, number] } {
  const { centroid, axes, variances } = principalAxes(points);
  return { centre: centroid, axes, sd: variances.map((v) => Math.sqrt(Math.max(0, v))) as [number, number, number] };
}

function toPatch(p: GeneratedPatch): Patch {
  if ('kind' in p) return warpPatch(p);
  const piece = p.piece ?? 0;
  if ('span' in p) {
    // a fleshy attachment: the contact along that stretch of the muscle, as a strip down its middle
    const [s0, s1] = p.span;
    const found = contact(p.muscle, piece, p.bone, (all) => all.filter((m) => m.s >= s0 && m.s <= s1));
    if (!found) return fromCentreLine(p);
    const near = found.map((c) => c.q);
    const { centre, axes } = spread(near);
    const t = near.map((q) => dot(sub(q, centre), axes[0]));
    const [lo, hi] = [Math.min(...t), Math.max(...t)];
    const n = 6;
    const line: V3[] = [];
    const halfWidth: number[] = [];
    for (let k = 0; k <= n; k++) {
      const a = lo + ((hi - lo) * Math.max(0, k - 0.5)) / n;
      const b = lo + ((hi - lo) * Math.min(n, k + 0.5)) / n;
      const bin = near.filter((_, i) => t[i] >= a && t[i] <= b);
      const mid = lo + ((hi - lo) * k) / n;
      if (bin.length < 3) {
        line.push(add(centre, scale(axes[0], mid)));
        halfWidth.push(MIN_HALF_WIDTH);
        continue;
      }
      // the contact point nearest the bin's centroid (the centroid of contact wrapping round a
      // shaft lies inside the bone), slid to the bin's middle
      const m = spread(bin).centre;
      let c = bin[0];
      const far = (q: V3) => Math.hypot(q[0] - m[0], q[1] - m[1], q[2] - m[2]);
      for (const q of bin) if (far(q) < far(c)) c = q;
      line.push(add(c, scale(axes[0], mid - dot(sub(c, centre), axes[0]))));
      const across = bin.map((q) => Math.abs(dot(sub(q, c), axes[1])));
      halfWidth.push(clampWidth(Math.max(...across) * (p.widthScale ?? 1)));
    }
    return { bone: p.bone, kind: 'strip', line, halfWidth };
  }
  // a tendinous end: the contact of the last END_REACH of the piece at that end, as an oval
  const length = arcLength(centreLine(p.muscle, piece).centre);
  const atEnd = (all: { p: V3; s: number }[]) => {
    const end = p.at === 'start' ? Math.min(...all.map((m) => m.s)) : Math.max(...all.map((m) => m.s));
    return all.filter((m) => Math.abs(m.s - end) * length <= END_REACH);
  };
  const found = contact(p.muscle, piece, p.bone, atEnd, p.site ? FALLBACK_BEYOND : FAR_BEYOND);
  if (!found) return p.site ? onSite(p.bone, p.site, p.halfAxes) : fromCentreLine(p);
  const near = found.map((c) => c.q);
  const { centre, axes, sd } = spread(near);
  return {
    bone: p.bone,
    kind: 'oval',
    centre,
    a: scale(axes[0], clampWidth(Math.max(p.halfAxes[0] * 0.5, 2 * sd[0]))),
    b: scale(axes[1], clampWidth(Math.max(p.halfAxes[1] * 0.5, 2 * sd[1]))),
  };
}

/** An oval at `site` on a foot bone's surface (its long axis: the principal axis, proximal → distal). */
function onSite(bone: BoneId, site: Site, halfAxes: [number, number]): Patch {
  const m = REAL_BONES[bone as ScanBoneId].bone.positions;
  const pts: V3[] = [];
  for (let i = 0; i < m.length; i += 3) pts.push([m[i], m[i + 1], m[i + 2]]);
  const { centroid, axes } = principalAxes(pts);
  const axis = axes[0][2] < 0 ? scale(axes[0], -1) : axes[0];
  const t = pts.map((q) => dot(sub(q, centroid), axis));
  const [lo, hi] = [Math.min(...t), Math.max(...t)];
  const at = lo + (hi - lo) * site.at;
  // the face: up, down, away from the foot's midline (−x, lateral, for this right foot) or between
  const out: V3 = site.face === 'dorsal' ? [0, 1, 0] : site.face === 'plantar' ? [0, -1, 0] : site.face === 'lateral' ? [-1, 0, 0] : normalize([-1, 1, 0]);
  let best = pts[0];
  let bestScore = -Infinity;
  pts.forEach((q, i) => {
    if (Math.abs(t[i] - at) > 0.002) return;
    const score = dot(sub(q, centroid), out);
    if (score > bestScore) [best, bestScore] = [q, score];
  });
  const across = normalize(cross(axis, out));
  return { bone, kind: 'oval', centre: best, a: scale(axis, halfAxes[0]), b: scale(across, halfAxes[1]) };
}

function arcLength(line: readonly V3[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += length(sub(line[i], line[i - 1]));
  return s;
}

/** The generated areas, each hanging from the bone of its first patch. */
export function generatedAttachmentDefs(): AttachmentDef[] {
  return GENERATED.map((g) => {
    const patches = g.patches.map(toPatch);
    return { id: g.id, parent: patches[0].bone, patches };
  });
}

/**
 * Footprints generated from the muscles' own centre lines (models/generator/muscles/*.ts), so that
 * every muscle end lying in the model has an area without drawing each by hand. A fleshy origin or
 * insertion is a strip along a stretch of the muscle's centre line (arc-length fractions of one
 * piece), a tendinous one an oval at the end of a piece; both are laid onto the nearest point of
 * the named bone by attachments.ts. Half-widths come from the muscle's section there (clamped to a
 * readable 2–8 mm). Bones and sites: Gray's Anatomy 42nd ed. and Moore's Clinically Oriented
 * Anatomy 8th ed., as summarised in each muscle's origin/insertion text in data/structures.json.
 */
import type { StructureId } from '../../../src/anatomy/ids';
import type { BoneId } from '../bones';
import { loft } from '../loft';
import type { LoftResult } from '../loft';
import { SOFT_TISSUES } from '../softTissue';
import { normalize, sub } from '../vec';
import type { V3 } from '../vec';
import type { AttachmentDef, Patch } from '../attachments';
import { warpPatch } from './warpPatch';

/** A strip along `span` (arc-length fractions) of a piece's centre line, or an oval at one end of a piece. */
type GeneratedPatch =
  | { bone: BoneId; muscle: StructureId; piece?: number; span: [number, number]; widthScale?: number }
  | { bone: BoneId; muscle: StructureId; piece?: number; at: 'start' | 'end'; halfAxes: [along: number, across: number] }
  | Patch;

interface GeneratedDef {
  id: StructureId;
  patches: GeneratedPatch[];
}

const MIN_HALF_WIDTH = 0.002;
const MAX_HALF_WIDTH = 0.008;

/** Every muscle end that the model holds and that has no hand-drawn area in attachments.ts. */
const GENERATED: GeneratedDef[] = [
  // plantaris: lateral supracondylar line just above the lateral gastrocnemius head; a slim tendon
  // onto the back of the calcaneus medial to the calcaneal tendon
  { id: 'plantaris_origin_area', patches: [{ bone: 'femur', muscle: 'plantaris', at: 'start', halfAxes: [0.005, 0.0035] }] },
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
    })),
  },
  { id: 'flexor_hallucis_longus_origin_area', patches: [{ bone: 'fibula', muscle: 'flexor_hallucis_longus', span: [0, 0.35] }] },
  { id: 'flexor_hallucis_longus_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'flexor_hallucis_longus', at: 'end', halfAxes: [0.003, 0.0025] }] },
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
    })),
  },
  { id: 'extensor_hallucis_longus_origin_area', patches: [{ bone: 'fibula', muscle: 'extensor_hallucis_longus', span: [0, 0.3] }] },
  { id: 'extensor_hallucis_longus_insertion_area', patches: [{ bone: 'phalanges_1', muscle: 'extensor_hallucis_longus', at: 'end', halfAxes: [0.003, 0.0025] }] },
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
    const def = SOFT_TISSUES.find((d) => d.id === muscle);
    const pc = def?.pieces[piece];
    if (!pc) throw new Error(`generated attachments: no piece ${piece} of ${muscle}`);
    l = loft(pc.path, pc.profile, pc.options);
    lofts.set(key, l);
  }
  return l;
}

const clampWidth = (w: number) => Math.min(MAX_HALF_WIDTH, Math.max(MIN_HALF_WIDTH, w));

function toPatch(p: GeneratedPatch): Patch {
  if ('kind' in p) return warpPatch(p);
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

/** The generated areas, each hanging from the bone of its first patch. */
export function generatedAttachmentDefs(): AttachmentDef[] {
  return GENERATED.map((g) => {
    const patches = g.patches.map(toPatch);
    return { id: g.id, parent: patches[0].bone, patches };
  });
}

/**
 * The length-model paths of the long toe muscles (musclePaths.ts) on the real foot of the committed
 * model: each via point lies on the generated tendon it stands for (the tendons follow the scanned
 * bones in the foot) or on the bone it turns on, each insertion on its bone; the toes' MTP hinge
 * (joints.ts TOES, Pose.toes) moves the points beyond it, so the flexors shorten and the extensors
 * lengthen as the toes flex, with levers of the published size.
 *
 * Bands (the model is the Visible Human Female scaled ×1.156, tests/unit/modelSource.test.ts, so
 * levers are widened by that factor where they are compared):
 * - Ankle: deep flexors ≈ 1.5–2.5 cm of plantarflexion, long extensors ≈ 4–5 cm of dorsiflexion at
 *   the anatomical position (Spoor, van Leeuwen, Meskers, Titulaer & Huson 1990, J Biomech 23:1247,
 *   the source musclePaths.ts was built on); flexor moment arms grow toward plantarflexion
 *   (Hintermann, Nigg & Sommer 1994, Foot Ankle Int 15:386, tendon excursion in 15 specimens).
 * - MTP: the long flexors' and extensors' levers are of the order of the metatarsal heads' radius of
 *   curvature, which is how the MRI study of toe flexion strength (Foot (Edinb) 2013, 23:115,
 *   PMID 23954110) estimates them; her heads measure 8.8–12.2 mm (joints.ts TOES). The flexors ride
 *   lower than the extensors (the hallux's on its sesamoids, the lesser toes' on the plantar plates),
 *   so flexors 10–20 mm, extensors 6–13 mm. Long toe flexors lengthen as the MTP joints extend
 *   (Goldmann & Brüggemann 2012, J Anat 221:187: their force rises with MTP dorsiflexion).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossedJoints } from '../../src/anatomy/function';
import { momentArm, muscleLengthAt, pathPoints } from '../../src/kinematics/muscleLength';
import type { PathMuscleId } from '../../src/kinematics/muscleLength';
import type { Vec3 } from '../../src/kinematics/joints';
import { findNode, readModel, setPose, worldVertices } from '../../models/generator/inspect';

const GLB = fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));

type Tris = { v: Float32Array; idx: Uint32Array | Uint16Array | number[] };
const meshes = new Map<string, Tris>();

const TOE_MUSCLES = ['flexor_digitorum_longus', 'flexor_hallucis_longus', 'extensor_digitorum_longus', 'extensor_hallucis_longus'] as const;
const OTHER_FOOT_MUSCLES = ['tibialis_anterior', 'tibialis_posterior', 'fibularis_longus', 'fibularis_brevis'] as const;
const BONES = ['tibia', 'talus', 'calcaneus', 'navicular', 'medial_cuneiform', 'metatarsal_1', 'metatarsal_5', 'phalanges_1', 'phalanges_2'];

beforeAll(async () => {
  const doc = await readModel(GLB);
  setPose(doc, { knee: 0, ankle: 0 });
  for (const id of [...TOE_MUSCLES, ...OTHER_FOOT_MUSCLES, ...BONES]) {
    const node = findNode(doc, id);
    const idx = node.getMesh()!.listPrimitives()[0].getIndices()!.getArray()!;
    meshes.set(id, { v: worldVertices(node), idx: idx as Uint32Array });
  }
});

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5). */
function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const sub = (x: Vec3, y: Vec3): Vec3 => [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  const dot = (x: Vec3, y: Vec3) => x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
  const at = (o: Vec3, d: Vec3, t: number): Vec3 => [o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t];
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(p, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const bp = sub(p, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(a, ab, d1 / (d1 - d3));
  const cp = sub(p, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(a, ac, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return at(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6)));
  const denom = 1 / (va + vb + vc);
  const v = vb * denom;
  const w = vc * denom;
  return [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w];
}

/** Distance (mm) from a rest-pose point (metres) to the surface of a structure's mesh. */
function surfaceMm(id: string, p: Vec3): number {
  const { v, idx } = meshes.get(id)!;
  const vert = (i: number): Vec3 => [v[i * 3], v[i * 3 + 1], v[i * 3 + 2]];
  let best = Infinity;
  for (let t = 0; t < idx.length; t += 3) {
    const a = vert(idx[t]);
    // cheap reject: a triangle whose first corner is far cannot be the closest (triangles are < 2 cm)
    if (Math.abs(a[0] - p[0]) > 0.03 || Math.abs(a[1] - p[1]) > 0.03 || Math.abs(a[2] - p[2]) > 0.03) continue;
    const q = closestOnTriangle(p, a, vert(idx[t + 1]), vert(idx[t + 2]));
    best = Math.min(best, Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]));
  }
  return best * 1000;
}

/**
 * What each point of a path lies on, origin first: 'belly' (inside the fleshy part: within 12 mm of
 * the muscle's surface), 'tendon' (on the generated tendon: within 4 mm of its surface, i.e. its
 * centre line ± a tendon's radius) or a bone it turns on or inserts into (within 4 mm; the insertion,
 * last, within 3 mm).
 */
const FOLLOWS: Record<(typeof TOE_MUSCLES)[number], string[]> = {
  // belly, belly, behind the medial malleolus, under it, sustentaculum, knot of Henry, division, toe 2
  flexor_digitorum_longus: ['belly', 'belly', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'phalanges_2'],
  // belly, belly, back of the tibia, groove of the talus, sustentaculum, knot of Henry, under MT1, sesamoids, hallux
  flexor_hallucis_longus: ['belly', 'belly', 'tibia', 'talus', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'phalanges_1'],
  // belly, belly, superior retinaculum, inferior retinaculum, division, over the MT2 head, toe 2
  extensor_digitorum_longus: ['belly', 'belly', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'phalanges_2'],
  // belly, belly, superior retinaculum, inferior retinaculum, MT1 dorsum, over its head, hallux
  extensor_hallucis_longus: ['belly', 'belly', 'tendon', 'tendon', 'tendon', 'tendon', 'tendon', 'phalanges_1'],
};

const INSERTION_BONE: Record<(typeof OTHER_FOOT_MUSCLES)[number], string> = {
  tibialis_anterior: 'medial_cuneiform',
  tibialis_posterior: 'navicular',
  fibularis_longus: 'metatarsal_1',
  fibularis_brevis: 'metatarsal_5',
};

const mm = (id: PathMuscleId, joint: 'ankle' | 'toes', ankle = 0, toes = 0) => momentArm(id, joint, { knee: 0, ankle, toes }) * 1000;

describe('long toe muscles on the real foot', () => {
  for (const id of TOE_MUSCLES) {
    it(`${id}: every point lies on its tendon, belly or bone`, () => {
      const points = pathPoints(id).points;
      expect(points.length).toBe(FOLLOWS[id].length);
      points.forEach((p, i) => {
        const on = FOLLOWS[id][i];
        const last = i === points.length - 1;
        const d = on === 'belly' || on === 'tendon' ? surfaceMm(id, p.point) : surfaceMm(on, p.point);
        const limit = on === 'belly' ? 12 : last ? 3 : 4;
        expect(d, `${id} point ${i} (${on}) ${d.toFixed(1)} mm`).toBeLessThan(limit);
      });
    });
  }

  it('tibialis anterior and posterior and the fibulares insert within 3 mm of their bones', () => {
    for (const id of OTHER_FOOT_MUSCLES) {
      const points = pathPoints(id).points;
      const d = surfaceMm(INSERTION_BONE[id], points[points.length - 1].point);
      expect(d, `${id} ${d.toFixed(1)} mm`).toBeLessThan(3);
    }
  });

  it('points beyond the MTP joints move with the toes; of the viewer’s joints the toe muscles cross the ankle alone', () => {
    for (const id of TOE_MUSCLES) {
      const segments = pathPoints(id).points.map((p) => p.segment);
      expect(segments[segments.length - 1], id).toBe('toes');
      expect(segments.indexOf('toes'), id).toBeGreaterThan(segments.lastIndexOf('foot'));
      expect(crossedJoints(id)).toEqual(['ankle']);
    }
  });
});

describe('the MTP hinge in the length model', () => {
  it('toe flexion shortens the long flexors and lengthens the long extensors; other muscles do not notice', () => {
    const flexed = { knee: 0, ankle: 0, toes: 30 };
    const extended = { knee: 0, ankle: 0, toes: -40 };
    const rest = { knee: 0, ankle: 0 };
    for (const id of ['flexor_digitorum_longus', 'flexor_hallucis_longus'] as const) {
      expect(muscleLengthAt(id, flexed), id).toBeLessThan(muscleLengthAt(id, rest) - 0.004);
      expect(muscleLengthAt(id, extended), id).toBeGreaterThan(muscleLengthAt(id, rest) + 0.004);
    }
    for (const id of ['extensor_digitorum_longus', 'extensor_hallucis_longus'] as const) {
      expect(muscleLengthAt(id, flexed), id).toBeGreaterThan(muscleLengthAt(id, rest) + 0.003);
      expect(muscleLengthAt(id, extended), id).toBeLessThan(muscleLengthAt(id, rest) - 0.003);
    }
    for (const id of [...OTHER_FOOT_MUSCLES, 'soleus', 'biceps_femoris'] as const) {
      expect(muscleLengthAt(id, flexed), id).toBe(muscleLengthAt(id, rest));
      expect(Math.abs(mm(id, 'toes')), id).toBe(0);
    }
  });

  it('a pose without toes is the toes at 0°', () => {
    expect(muscleLengthAt('flexor_hallucis_longus', { knee: 0, ankle: 10 })).toBe(muscleLengthAt('flexor_hallucis_longus', { knee: 0, ankle: 10, toes: 0 }));
    expect(() => muscleLengthAt('flexor_hallucis_longus', { knee: 0, ankle: 0, toes: Number.NaN })).toThrow(/Invalid pose/);
  });

  it('MTP moment arms at neutral: flexors 10–20 mm of flexion, extensors 6–13 mm of extension', () => {
    for (const id of ['flexor_digitorum_longus', 'flexor_hallucis_longus'] as const) {
      expect(mm(id, 'toes'), id).toBeGreaterThan(10);
      expect(mm(id, 'toes'), id).toBeLessThan(20);
    }
    for (const id of ['extensor_digitorum_longus', 'extensor_hallucis_longus'] as const) {
      expect(mm(id, 'toes'), id).toBeLessThan(-6);
      expect(mm(id, 'toes'), id).toBeGreaterThan(-13);
    }
    // and keep their sign over the toes' range
    for (const toes of [-40, 30]) {
      expect(mm('flexor_hallucis_longus', 'toes', 0, toes)).toBeGreaterThan(5);
      expect(mm('extensor_hallucis_longus', 'toes', 0, toes)).toBeLessThan(-4);
    }
  });

  it('ankle moment arms at neutral: deep toe flexors 15–30 mm of plantarflexion, long extensors 30–50 mm of dorsiflexion', () => {
    // Spoor et al. 1990: 1.5–2.5 cm and 4–5 cm, × 1.156 for the model's scale → ≈ 17–29 and 46–58 mm;
    // the extensors' lower bound is widened to 30 mm for the smaller in-vivo values (TA ≈ 3–4.5 cm,
    // Maganaris et al. 2000, which tibialis anterior's landmarks are tuned to)
    for (const id of ['flexor_digitorum_longus', 'flexor_hallucis_longus'] as const) {
      expect(mm(id, 'ankle'), id).toBeGreaterThan(15);
      expect(mm(id, 'ankle'), id).toBeLessThan(30);
    }
    for (const id of ['extensor_digitorum_longus', 'extensor_hallucis_longus'] as const) {
      expect(mm(id, 'ankle'), id).toBeLessThan(-30);
      expect(mm(id, 'ankle'), id).toBeGreaterThan(-50);
    }
  });
});

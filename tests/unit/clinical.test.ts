import { beforeAll, describe, expect, it } from 'vitest';
import clinicalJson from '../../data/clinical.json';
import { AnatomyDataError } from '../../src/anatomy/errors';
import { PAIN_ZONES, parseClinicalData } from '../../src/anatomy/clinicalSchema';
import {
  SILFVERSKIOLD_THRESHOLD_DEG,
  calfLengthsMm,
  clinical,
  dorsiflexionDeg,
  findPreset,
  lengthChangesMm,
  painZone,
  presetProblem,
  presetSummaries,
  resolvePresetStep,
} from '../../src/anatomy/clinical';
import { momentArm, muscleLengthAt } from '../../src/kinematics/muscleLength';
import { isStructureId } from '../../src/anatomy/ids';
import { tours } from '../../src/anatomy/tours';
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { findNode, readModel, setPose, worldVertices } from '../../models/generator/inspect';
import type { SurfaceRay } from '../../src/anatomy/clinical';

const FILE = 'data/clinical.json';
const clone = () => JSON.parse(JSON.stringify(clinicalJson)) as Record<string, unknown> & typeof clinicalJson;

function problemsOf(json: unknown): string {
  try {
    parseClinicalData(json, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(AnatomyDataError);
    return (e as Error).message;
  }
  throw new Error('parseClinicalData accepted malformed data');
}

const preset = (id: string) => {
  const p = findPreset(id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
};

describe('data/clinical.json', () => {
  it('matches its schema and cross-checks (sources exist, ids unique, every pain zone drawn)', () => {
    expect(() => parseClinicalData(clinicalJson, FILE)).not.toThrow();
  });

  it('lists the presets the embed API promises, each with its kind and step count', () => {
    const list = presetSummaries();
    for (const id of ['silfverskiold', 'thompson', 'matles', 'wall_stretch_knee_straight', 'wall_stretch_knee_bent']) {
      expect(list.map((p) => p.id)).toContain(id);
    }
    expect(new Set(list.map((p) => p.kind))).toEqual(new Set(['test', 'stretch', 'palpation']));
    for (const p of list) expect(p.steps).toBe(preset(p.id).steps.length);
  });

  it('gives every preset, trigger point, red flag and the caveat at least one listed source', () => {
    const cards = [...clinical.presets, ...clinical.triggerPoints, ...clinical.redFlags, clinical.caveat];
    for (const card of cards) {
      expect(card.sources.length).toBeGreaterThan(0);
      for (const key of card.sources) expect(clinical.sources).toHaveProperty(key);
    }
  });

  it('rejects a preset without a source, an unknown source, an angle out of range and a missing zone', () => {
    const noSource = clone();
    noSource.presets[0].sources = [];
    expect(problemsOf(noSource)).toMatch(/presets\[0\]\.sources: expected at least one source/);
    const unknown = clone();
    unknown.presets[1].sources = ['nobody-2020'];
    expect(problemsOf(unknown)).toMatch(/presets\[1\]\.sources\[0\]: unknown source "nobody-2020"/);
    const range = clone();
    range.presets[0].steps[0].pose.ankle = -40;
    expect(problemsOf(range)).toMatch(/presets\[0\]\.steps\[0\]\.pose\.ankle: -40° is outside the ankle range/);
    const zones = clone();
    zones.zones = zones.zones.filter((z) => z.id !== 'heel');
    expect(problemsOf(zones)).toMatch(/zones: missing zone "heel"/);
  });

  it('states accuracy on every test card: Thompson 0.96/0.93 and Matles 0.88/0.85 (Maffulli, Am J Sports Med 1998)', () => {
    for (const p of clinical.presets.filter((q) => q.kind === 'test')) expect(p.accuracy).toBeTruthy();
    expect(preset('thompson').accuracy).toMatch(/0\.96.*0\.93/);
    expect(preset('matles').accuracy).toMatch(/0\.88.*0\.85/);
  });

  it('gives every palpation step position, ask, hands, feel and a hand ray; nerve cautions at the fossa and fibular neck', () => {
    const palpation = clinical.presets.filter((p) => p.kind === 'palpation');
    expect(palpation.length).toBeGreaterThanOrEqual(5);
    for (const p of palpation) for (const s of p.steps) expect([s.position, s.ask, s.hands, s.feel, s.hand].every(Boolean)).toBe(true);
    const cautions = palpation.flatMap((p) => p.steps.map((s) => s.caution ?? '')).join(' ');
    expect(cautions).toMatch(/tibial nerve/);
    expect(cautions).toMatch(/fibular neck/);
  });
});

describe('calcaneal-tendon tests and the Silfverskiöld card: facts the review found missing (content review 2026-12-07, section 2)', () => {
  const source = (key: string) => clinical.sources[key] ?? '';

  it('Matles: the card cites Matles 1975 (authors, title, year) and has the knees bent actively while the feet are watched', () => {
    const m = preset('matles');
    expect(m.sources).toContain('matles-1975');
    expect(source('matles-1975')).toMatch(/^Matles AL\. Rupture of the tendo Achilles: another diagnostic sign\..*1975/);
    expect(m.steps[0].caption).toMatch(/actively/);
    expect(m.steps[0].caption).toMatch(/throughout the bend/);
  });

  it('Copeland and O\'Brien are test cards with their original papers, sensitivity 0.78–0.80 (Maffulli 1998) and a ruptured response', () => {
    for (const [id, key, paper] of [
      ['copeland', 'copeland-1990', /^Copeland SA\. Rupture of the Achilles tendon: a new clinical test\..*1990/],
      ['obrien', 'obrien-1984', /^O'Brien T\. The needle test for complete rupture of the Achilles tendon\..*1984/],
    ] as const) {
      const p = preset(id);
      expect(p.kind).toBe('test');
      expect(p.sources).toEqual(expect.arrayContaining([key, 'maffulli-1998']));
      expect(source(key)).toMatch(paper);
      expect(p.accuracy).toMatch(/0\.78–0\.80/);
      expect(p.ruptureToggle).toBe(true);
      const last = p.steps.length - 1;
      expect(resolvePresetStep(p, last, true).response).toMatch(/suggests a rupture/);
      expect(resolvePresetStep(p, last, false).response).toMatch(/intact/);
    }
    expect(preset('copeland').steps[0].caption).toMatch(/100 mmHg/);
    expect(preset('copeland').steps[1].response).toMatch(/140 mmHg/);
    expect(preset('obrien').steps[0].caption).toMatch(/10 cm above/);
  });

  it('Thompson: AAOS criteria list exactly four findings, two or more of which make the diagnosis (Chiodo 2010; Maffulli 1998)', () => {
    const t = preset('thompson');
    const c = t.criteria;
    expect(c).toBeDefined();
    expect(c!.items).toHaveLength(4);
    expect(c!.rule).toMatch(/two or more/);
    expect(c!.rule).toMatch(/at least two tests positive in every one of his 174 ruptures/);
    const [squeeze, strength, gap, dorsiflexion] = c!.items;
    expect(squeeze).toMatch(/Thompson/);
    expect(strength).toMatch(/[Ww]eaker plantarflexion/);
    expect(gap).toMatch(/palpable gap/);
    expect(dorsiflexion).toMatch(/passive dorsiflexion/);
    expect(c!.sources).toEqual(expect.arrayContaining(['aaos-2010', 'maffulli-1998']));
    expect(source('aaos-2010')).toMatch(/Chiodo CP.*Achilles tendon rupture.*2010/);
  });

  it('Thompson: Simmonds 1957 first, kneeling on a chair, both sides, false negatives, and only 28 controls behind the specificity', () => {
    const t = preset('thompson');
    expect(t.sources).toEqual(expect.arrayContaining(['simmonds-1957', 'thompson-doherty-1962']));
    expect(source('simmonds-1957')).toMatch(/^Simmonds FA\..*1957/);
    expect(t.purpose).toMatch(/Simmonds described the squeeze first \(1957\)/);
    expect(t.steps[0].caption).toMatch(/kneel on a chair/);
    expect(t.steps[0].caption).toMatch(/Test both legs/);
    expect(t.accuracy).toMatch(/only 28 people/);
    expect(t.accuracy).toMatch(/partial tear/);
    expect(t.accuracy).toMatch(/intact plantaris/);
    expect(t.accuracy).toMatch(/deep plantarflexors/);
  });

  it('Silfverskiöld: two-hand hold (Goss 2020), 20° of knee flexion is enough (Baumbach 2014), the positive criterion, ICC 0.23–0.79, Silfverskiöld 1924', () => {
    const sv = preset('silfverskiold');
    expect(sv.sources).toEqual(expect.arrayContaining(['goss-2020', 'baumbach-2014', 'molund-2018', 'silfverskiold-1924']));
    expect(source('goss-2020')).toMatch(/^Goss DA Jr.*Silfverskiöld test.*2020/);
    expect(sv.steps[0].caption).toMatch(/Two hands/);
    expect(sv.steps[0].caption).toMatch(/subtalar joint in neutral/);
    expect(sv.steps[0].caption).toMatch(/locks the midfoot/);
    const twenty = sv.steps.find((s) => s.pose.knee === 20);
    expect(twenty?.caption).toMatch(/enough \(Baumbach 2014\)/);
    expect(sv.accuracy).toMatch(/improves by 10° or more/);
    expect(sv.accuracy).toMatch(/ICC 0\.23–0\.79/);
    expect(sv.accuracy).toMatch(/Goss 2020/);
    expect(sv.accuracy).toMatch(/1924, for spastic equinus/);
  });

  it('rejects criteria with an unknown source or a single item', () => {
    const badSource = clone();
    const t = badSource.presets.find((p) => p.id === 'thompson') as unknown as { criteria: { sources: string[]; items: string[] } };
    t.criteria.sources = ['nobody-2020'];
    expect(problemsOf(badSource)).toMatch(/criteria\.sources\[0\]: unknown source "nobody-2020"/);
    const oneItem = clone();
    const u = oneItem.presets.find((p) => p.id === 'thompson') as unknown as { criteria: { items: string[] } };
    u.criteria.items = ['just one'];
    expect(problemsOf(oneItem)).toMatch(/criteria\.items: expected at least two items/);
  });
});

describe('tibialis anterior palpation (content review 2026-12-07, section 2 "Tibialis anterior": no palpation card)', () => {
  it('has a palpation card for the tendon at the front of the ankle and the belly beside the shin', () => {
    const p = preset('palpate_tibialis_anterior');
    expect(p.kind).toBe('palpation');
    expect(p.steps).toHaveLength(2);
    for (const s of p.steps) expect(s.select).toBe('tibialis_anterior');
    expect(p.steps[0].feel).toMatch(/most medial cord at the front of the ankle/);
    expect(p.steps[0].feel).toMatch(/stirrup/);
    expect(p.steps[0].caution).toMatch(/dorsalis pedis/);
    expect(p.steps[1].hands).toMatch(/lateral to the sharp anterior border of the tibia/);
    expect(p.steps[1].feel).toMatch(/Heel walking/);
  });
});

describe('referred-pain map: the zones the review found incomplete (content review 2026-12-07, section 2 "Pain map")', () => {
  const muscles = (zone: Parameters<typeof painZone>[0]) => painZone(zone).map((c) => c.muscle);

  it('heel lists tibialis posterior and abductor hallucis (both in the model)', () => {
    expect(muscles('heel')).toEqual(expect.arrayContaining(['soleus', 'tibialis_posterior', 'abductor_hallucis']));
  });

  it('calf lists tibialis posterior and flexor digitorum longus', () => {
    expect(muscles('calf')).toEqual(expect.arrayContaining(['tibialis_posterior', 'flexor_digitorum_longus']));
  });

  it('front of the ankle lists EDL and EHL, and fibularis tertius marked as outside the model', () => {
    const list = painZone('anterior_ankle');
    expect(list.map((c) => c.muscle)).toEqual(expect.arrayContaining(['extensor_digitorum_longus', 'extensor_hallucis_longus']));
    const tertius = list.find((c) => /fibularis tertius/i.test(c.muscle));
    expect(tertius).toMatchObject({ inModel: false });
    expect(tertius?.note).toMatch(/Not a structure of this model/);
    expect(isStructureId('fibularis_tertius')).toBe(false);
  });

  it('the caveat says referred pain can be tingling or burning (Fernández-de-las-Peñas & Dommerholt 2018 Delphi)', () => {
    expect(clinical.caveat.details).toMatch(/tingling, burning/);
    expect(clinical.caveat.sources).toContain('fernandez-dommerholt-2018');
  });
});

describe('two-joint tests', () => {
  it('Silfverskiöld: bending the knee shortens both heads but leaves soleus exactly as long (soleus does not cross the knee)', () => {
    const s = preset('silfverskiold');
    const straight = calfLengthsMm(resolvePresetStep(s, 0).pose);
    const bent20 = calfLengthsMm(resolvePresetStep(s, 1).pose);
    const bent90 = calfLengthsMm(resolvePresetStep(s, 2).pose);
    expect(resolvePresetStep(s, 0).pose.ankle).toBe(resolvePresetStep(s, 1).pose.ankle);
    expect(bent20.soleus).toBeCloseTo(straight.soleus, 6);
    expect(bent90.soleus).toBeCloseTo(straight.soleus, 6);
    expect(bent20.gastrocnemius_medial_head).toBeLessThan(straight.gastrocnemius_medial_head - 3);
    expect(bent90.gastrocnemius_medial_head).toBeLessThan(bent20.gastrocnemius_medial_head - 10);
    // The lengths are the kinematics module's (one source of truth), in millimetres.
    expect(straight.gastrocnemius_medial_head).toBeCloseTo(muscleLengthAt('gastrocnemius_medial_head', { knee: 0, ankle: 0 }) * 1000, 9);
  });

  it('Silfverskiöld: the slack 20° of knee flexion gives equals 5–15° more dorsiflexion (knee flexion adds ~10–15°: Baumbach et al., BMC Musculoskelet Disord 2014)', () => {
    const s = preset('silfverskiold');
    const straight = resolvePresetStep(s, 0).pose;
    const slackMm = calfLengthsMm(straight).gastrocnemius_medial_head - calfLengthsMm(resolvePresetStep(s, 1).pose).gastrocnemius_medial_head;
    const armMm = momentArm('gastrocnemius_medial_head', 'ankle', straight) * 1000;
    const extraDeg = ((slackMm / armMm) * 180) / Math.PI;
    expect(extraDeg).toBeGreaterThan(5);
    expect(extraDeg).toBeLessThan(15);
  });

  it('Silfverskiöld: the goniometer reads dorsiflexion positive; the threshold is 5° (DiGiovanni et al., JBJS 2002)', () => {
    expect(SILFVERSKIOLD_THRESHOLD_DEG).toBe(5);
    expect(preset('silfverskiold').steps.every((st) => st.goniometer)).toBe(true);
  });

  it('Silfverskiöld worked example reads as a positive test (review 2026-12-07 row 3): restricted knee straight, ≥ 10° gained knee bent', () => {
    const s = preset('silfverskiold');
    const straight = dorsiflexionDeg(resolvePresetStep(s, 0).pose);
    const bent = dorsiflexionDeg(resolvePresetStep(s, s.steps.length - 1).pose);
    expect(straight).toBeLessThan(SILFVERSKIOLD_THRESHOLD_DEG);
    expect(bent - straight).toBeGreaterThanOrEqual(10);
    expect(s.steps[s.steps.length - 1].caption).toMatch(/positive/);
    expect(s.accuracy).toMatch(/ICC 0\.23–0\.79/);
  });

  it('Thompson: the squeeze plantarflexes the foot, and with the ruptured toggle the foot does not move', () => {
    const t = preset('thompson');
    const rest = resolvePresetStep(t, 0).pose.ankle;
    const intact = resolvePresetStep(t, 1, false);
    const ruptured = resolvePresetStep(t, 1, true);
    expect(intact.pose.ankle).toBeGreaterThan(rest + 10);
    expect(ruptured.pose.ankle).toBe(rest);
    expect(ruptured.caption).not.toBe(intact.caption);
    expect(ruptured.caption).toMatch(/does not move/);
  });

  it('Matles: the ruptured side hangs in neutral or dorsiflexion, the intact side in plantarflexion', () => {
    const m = preset('matles');
    expect(resolvePresetStep(m, 0, false).pose.ankle).toBeGreaterThan(0);
    expect(resolvePresetStep(m, 0, true).pose.ankle).toBeLessThanOrEqual(0);
  });

  it('the ruptured toggle changes nothing on presets without it', () => {
    const s = preset('silfverskiold');
    expect(resolvePresetStep(s, 0, true)).toEqual(resolvePresetStep(s, 0, false));
  });
});

describe('stretch lab', () => {
  it('"knee bent" lengthens soleus relative to gastrocnemius compared with "knee straight" (stretch shifts to soleus)', () => {
    const straight = lengthChangesMm(resolvePresetStep(preset('wall_stretch_knee_straight'), 0).pose);
    const bent = lengthChangesMm(resolvePresetStep(preset('wall_stretch_knee_bent'), 0).pose);
    const soleusOverGastroc = (c: typeof straight) => c.soleus - c.gastrocnemius_medial_head;
    expect(soleusOverGastroc(bent)).toBeGreaterThan(soleusOverGastroc(straight) + 5);
    expect(straight.gastrocnemius_medial_head).toBeGreaterThan(5);
    expect(straight.soleus).toBeGreaterThan(5);
  });

  it('the hip-flexion myth card leaves every calf length at neutral (gastrocnemius does not cross the hip)', () => {
    const myth = preset('hip_flexion_myth');
    expect(myth.target).toMatch(/does not cross the hip/);
    const c = lengthChangesMm(resolvePresetStep(myth, 0).pose);
    for (const v of Object.values(c)) expect(Math.abs(v)).toBeLessThan(0.01);
  });

  it('every stretch says which muscle it targets', () => {
    for (const p of clinical.presets.filter((q) => q.kind === 'stretch')) expect(p.target).toMatch(/gastrocnemius|soleus|calf/i);
  });
});

describe('preset requests', () => {
  it('explains unknown ids and steps out of range', () => {
    expect(presetProblem('silfverskiold', 0)).toBeNull();
    expect(presetProblem('silfverskiold', 3)).toBeNull();
    expect(presetProblem('nope', 0)).toMatch(/Unknown clinical preset "nope"; available: silfverskiold, thompson/);
    expect(presetProblem('silfverskiold', 4)).toMatch(/steps 1–4; step 5 does not exist/);
    expect(presetProblem('thompson', 1.5)).toMatch(/does not exist/);
    expect(() => resolvePresetStep(preset('matles'), 2)).toThrow(RangeError);
  });
});

describe('referred-pain map', () => {
  it('instep → gastrocnemius (medial head, TrP1, common), then abductor hallucis, now a muscle of the model (Travell & Simons 1992)', () => {
    const list = painZone('instep');
    expect(list[0]).toMatchObject({ muscle: 'gastrocnemius_medial_head', inModel: true });
    expect(list[0].points.map((p) => p.id)).toContain('gastrocnemius_trp1');
    expect(list.find((c) => c.muscle === 'abductor_hallucis')).toMatchObject({ inModel: true });
    // the sole's muscles are in the model now (review 2026-12-07 row E2): none is listed as outside it
    for (const zone of ['instep', 'heel', 'great_toe'] as const) expect(painZone(zone).filter((c) => !c.inModel), zone).toEqual([]);
    expect(painZone('heel').map((c) => c.muscle)).toEqual(expect.arrayContaining(['quadratus_plantae', 'abductor_hallucis']));
    expect(painZone('great_toe').map((c) => c.muscle)).toContain('flexor_hallucis_brevis');
  });

  it('heel → soleus; back of the knee → both heads, plantaris, popliteus and biceps femoris; front of ankle and great toe → tibialis anterior', () => {
    expect(painZone('heel').map((c) => c.muscle)).toContain('soleus');
    const knee = painZone('back_of_knee').map((c) => c.muscle);
    for (const m of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'plantaris', 'popliteus', 'biceps_femoris']) expect(knee).toContain(m);
    expect(painZone('anterior_ankle')[0].muscle).toBe('tibialis_anterior');
    expect(painZone('great_toe')[0].muscle).toBe('tibialis_anterior');
  });

  it('every candidate in the model is a structure id, every outside one is not, and each names a source', () => {
    for (const zone of PAIN_ZONES) {
      for (const c of painZone(zone)) {
        expect(isStructureId(c.muscle)).toBe(c.inModel);
        expect(c.source.length).toBeGreaterThan(0);
      }
    }
  });

  it('draws four gastrocnemius points and marks rare ones as rare', () => {
    expect(clinical.triggerPoints.filter((t) => t.muscle.startsWith('gastrocnemius')).length).toBe(4);
    expect(clinical.triggerPoints.find((t) => t.id === 'soleus_trp2')?.frequency).toBe('rare');
    for (const m of ['soleus', 'plantaris', 'tibialis_anterior']) expect(clinical.triggerPoints.some((t) => t.muscle === m)).toBe(true);
  });

  it('keeps the red flags (clot, pop, nerve) and states the moderate reliability (pooled κ 0.45, Rathbone et al. 2017)', () => {
    expect(clinical.redFlags.map((f) => f.id)).toEqual(['clot', 'pop', 'nerve']);
    expect(clinical.caveat.details).toMatch(/0\.45/);
    expect(clinical.caveat.line).toMatch(/not a diagnosis/);
  });

  it('throws for an unknown zone', () => {
    expect(() => painZone('elbow' as never)).toThrow(/Unknown pain zone "elbow"/);
  });
});

describe('tours', () => {
  it('a shipped tour uses at least one test and one stretch, and every preset it names exists', () => {
    const steps = tours.flatMap((t) => t.steps);
    const used = steps.flatMap((s) => (s.preset ? [s.preset] : []));
    for (const u of used) expect(presetProblem(u.id, u.step ?? 0)).toBeNull();
    const kinds = new Set(used.map((u) => preset(u.id).kind));
    expect(kinds.has('test')).toBe(true);
    expect(kinds.has('stretch')).toBe(true);
  });
});

describe('spots on the model (rest pose of the committed .glb)', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readModel(fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url)));
    setPose(doc, { knee: 0, ankle: 0 });
  });

  /**
   * Whether the line from `from` outwards along `toward` passes within `tolerance` of a vertex of
   * `node` (the overlay lands on that surface instead of floating or missing), and where.
   */
  function nearestAlong(ray: SurfaceRay, node: string, tolerance = 0.012): number | null {
    const verts = worldVertices(findNode(doc, node));
    const len = Math.hypot(...ray.toward);
    const d = ray.toward.map((c) => c / len);
    let best: number | null = null;
    for (let i = 0; i < verts.length; i += 3) {
      const p = [verts[i] - ray.from[0], verts[i + 1] - ray.from[1], verts[i + 2] - ray.from[2]];
      const t = p[0] * d[0] + p[1] * d[1] + p[2] * d[2];
      if (t < 0 || t > 0.35) continue;
      const off = Math.hypot(p[0] - t * d[0], p[1] - t * d[1], p[2] - t * d[2]);
      if (off <= tolerance && (best === null || t > best)) best = t;
    }
    return best;
  }

  it('every referral zone and palpation hand meets the skin', () => {
    const rays = [
      ...clinical.zones.map((z) => ({ id: z.id, ray: z.where })),
      ...clinical.presets.flatMap((p) => p.steps.flatMap((s, i) => (s.hand ? [{ id: `${p.id}[${i}]`, ray: s.hand }] : []))),
    ];
    // the skin is decimated to ~5k vertices, which lie up to ~15 mm apart on the broad calf: a ray
    // that crosses it passes within 20 mm of one of them
    for (const { id, ray } of rays) expect(nearestAlong(ray, 'skin', 0.02), id).not.toBeNull();
    // and the check can fail: a ray that starts beside the leg and points away meets nothing
    expect(nearestAlong({ segment: 'shank', from: [0.3, 0.3, 0], toward: [1, 0, 0] }, 'skin', 0.02)).toBeNull();
  });

  it('every trigger point meets its own muscle', () => {
    for (const t of clinical.triggerPoints) expect(nearestAlong(t.where, t.muscle), t.id).not.toBeNull();
  });
});

/**
 * The sole of the foot, which the scan lacks, laid out on the real skeleton (footRays.ts) in its
 * four layers, superficial to deep (Gray's Anatomy 42nd ed., sole of the foot; Moore's Clinically
 * Oriented Anatomy 8th ed., table 7.11):
 *  - the plantar aponeurosis, from the medial process of the calcaneal tuberosity to five digital slips
 *    that reach the plantar plates and fibrous flexor sheaths beyond the metatarsophalangeal joints;
 *  - layer 1: abductor hallucis (medial border), flexor digitorum brevis (centre; its tendons split
 *    for the long flexor's and end on the middle phalanges), abductor digiti minimi (lateral border);
 *  - layer 2: quadratus plantae (two heads from the calcaneus onto the long flexor tendon) and the four
 *    lumbricals (from the long flexor's tendons to the medial side of toes 2–5); the FDL and FHL
 *    tendons themselves are in deepPosterior.ts;
 *  - layer 3: flexor hallucis brevis (two bellies, each with its sesamoid), adductor hallucis (oblique
 *    and transverse heads), flexor digiti minimi brevis;
 *  - layer 4: three plantar and four dorsal interossei between the metatarsals (plantar adduct toward
 *    the second ray, dorsal abduct from it).
 * Sizes: bellies as dissected in adults (e.g. abductor hallucis ≈ 25 × 12 mm in section; Kura et
 * al. 1997 for the relative volumes).
 */
import type { Profile } from '../loft';
import type { TissueDef } from '../tissue';
import { cord } from '../tissue';
import { R, RAYS, U, alongMetatarsal, betweenMetatarsals, phalanxSide } from './footRays';

/** A small belly and its tendon: half-sizes in metres, belly widest at `at`, tendon from `tendonFrom`. */
function belly(w: number, t: number, at: number, tendonFrom: number, tendonW: number, tendonT: number): Profile {
  return [
    [0, w * 0.55, t * 0.55],
    [at * 0.5, w * 0.85, t * 0.85],
    [at, w, t],
    [(at + tendonFrom) / 2, w * 0.75, t * 0.75],
    [tendonFrom, tendonW * 1.4, tendonT * 1.4],
    [1, tendonW, tendonT],
  ];
}

const toRay = (k: number, station: 'head' | 'proximal' | 'middle' | 'distal', depth: number, dx = 0) => {
  const s = RAYS[k][station] ?? RAYS[k].proximal;
  return U(s[0] + dx, s[1], depth);
};

/** Where flexor digitorum longus divides (deepPosterior.ts ends its common tendon here). */
export const FDL_DIVISION = R(-10, 21, 84);

/** The long flexor's four tendons, toes 2–5: under each head, along the phalanges to the distal base. */
export function fdlSlips(): TissueDef['pieces'] {
  return [1, 2, 3, 4].map((k) => ({
    path: [FDL_DIVISION, toRay(k, 'head', 3.5), toRay(k, 'proximal', 2.2), toRay(k, 'middle', 1.8), toRay(k, 'distal', 1.4)],
    profile: cord(0.0012, 0.04),
    options: { rings: 18, sides: 8 },
    tendon: [[0, 1]] as const,
  }));
}

const APONEUROSIS: TissueDef = {
  id: 'plantar_aponeurosis',
  pieces: [
    {
      // central part: thick, under flexor digitorum brevis, widening toward the metatarsal heads
      path: [R(9, -4, -24), R(4, -2.5, 0), R(-4, -0.5, 40), R(-12, 1.5, 80), R(-16, 2.5, 98)],
      profile: [
        [0, 0.009, 0.0009],
        [0.35, 0.016, 0.0009],
        [0.75, 0.026, 0.0008],
        [1, 0.03, 0.0007],
      ],
      options: { widthDir: [1, 0, 0.15], rings: 24, sides: 12, exponent: 4 },
    },
    // five digital slips: each splits around the flexor tendons onto the plantar plate and the
    // fibrous sheath of its toe (the windlass that tightens as the toes extend)
    ...[6, -6, -16, -25, -33].map((x0, k) => ({
      path: [R(x0, 2.5, 96), toRay(k, 'head', k === 0 ? 11 : 7), toRay(k, 'proximal', 3.5)],
      profile: [
        [0, 0.0045, 0.0007],
        [0.7, 0.0042, 0.0008],
        [1, 0.0035, 0.0007],
      ] as Profile,
      options: { widthDir: [1, 0, 0] as [number, number, number], rings: 12, sides: 10, exponent: 3 },
    })),
  ],
};

// ---------------------------------------------------------------- layer 1
const LAYER_1: TissueDef[] = [
  {
    // medial process of the tuberosity and flexor retinaculum → medial base of the proximal phalanx
    // of the hallux (with the medial head of FHB); it roofs the tarsal tunnel's exit
    id: 'abductor_hallucis',
    pieces: [
      {
        path: [R(18, 5, -24), R(24, 14, 0), R(24, 25, 40), R(18, 27, 95), toRay(0, 'head', 5, 9), toRay(0, 'proximal', 2, 8)],
        // fills the medial arch up toward the navicular tuberosity
        profile: belly(0.0135, 0.0065, 0.35, 0.74, 0.0025, 0.0013),
        options: { widthDir: [0.4, 1, 0], rings: 30, sides: 14, exponent: 2.3 },
        tendon: [[0.76, 1]],
      },
    ],
  },
  {
    // medial process → four tendons, each split to let the long flexor's tendon through, on the
    // sides of the middle phalanges of toes 2–5
    id: 'flexor_digitorum_brevis',
    pieces: [
      {
        path: [R(7, 1, -20), R(2, 4, 5), R(-5, 7, 40), R(-11, 9, 75), R(-15, 10, 98)],
        profile: [
          [0, 0.006, 0.0025],
          [0.2, 0.01, 0.004],
          [0.5, 0.013, 0.0055],
          [0.8, 0.012, 0.0042],
          [1, 0.01, 0.0025],
        ],
        options: { widthDir: [1, 0, 0], rings: 26, sides: 14, exponent: 2.4 },
        // the belly gives way to its four tendons under the metatarsal shafts
        tendon: [[0, 0.06], [0.9, 1]],
      },
      ...[1, 2, 3, 4].map((k) => ({
        path: [R(-15, 10, 96), toRay(k, 'head', 6.5), toRay(k, 'proximal', 4.5), toRay(k, 'middle', 1.6)],
        profile: cord(0.0011, 0.05),
        options: { rings: 16, sides: 8 },
        tendon: [[0, 1]] as const,
      })),
    ],
  },
  {
    // lateral and medial processes → lateral base of the fifth proximal phalanx, along the lateral
    // border under the fifth metatarsal's tuberosity
    id: 'abductor_digiti_minimi',
    pieces: [
      {
        path: [R(-7, 3, -24), R(-17, 6, 10), R(-38, 5, 45), R(-54, 4, 85), U(-60, 112, 3.5), toRay(4, 'proximal', 1.5, -3)],
        profile: belly(0.0095, 0.0055, 0.4, 0.8, 0.0022, 0.0012),
        options: { widthDir: [1, 0.3, 0], rings: 28, sides: 14, exponent: 2.3 },
        tendon: [[0.82, 1]],
      },
    ],
  },
];

// ---------------------------------------------------------------- layer 2
const LAYER_2: TissueDef[] = [
  {
    // medial head from the concave medial surface of the calcaneus, lateral head from its plantar
    // surface in front of the lateral process; both, partly by short tendinous slips, onto the
    // lateral margin of the FDL tendon
    id: 'quadratus_plantae',
    pieces: [
      { path: [R(19, 16, -14), R(12, 17, 15), R(1, 20, 50), R(-6, 21, 70)], profile: belly(0.009, 0.004, 0.35, 0.9, 0.005, 0.002), options: { widthDir: [1, 0, 0], rings: 20, sides: 12 }, tendon: [[0.9, 1]] },
      { path: [R(-10, 9, -18), R(-8, 13, 15), R(-4, 19, 50), R(-7, 21, 70)], profile: belly(0.007, 0.0035, 0.35, 0.9, 0.004, 0.002), options: { widthDir: [1, 0, 0], rings: 20, sides: 12 }, tendon: [[0.9, 1]] },
    ],
  },
  {
    // from the long flexor's tendons (the first from one, the others from two adjacent) around the
    // medial side of the metatarsophalangeal joints into the extensor expansions of toes 2–5
    id: 'lumbricals',
    pieces: [1, 2, 3, 4].map((k) => {
      const [hx, hz] = RAYS[k].head;
      const start = R(-10 + (hx + 10) * 0.45 + 3, 21 - 0.45 * 10, 84 + (hz - 84) * 0.45);
      return {
        path: [start, U(hx + 5, hz - 4, 3), phalanxSide(k, 5, 4)],
        profile: belly(0.003, 0.0024, 0.35, 0.78, 0.0011, 0.0009),
        options: { rings: 16, sides: 10 },
        tendon: [[0.8, 1]] as const,
      };
    }),
  },
];

// ---------------------------------------------------------------- layer 3
const LAYER_3: TissueDef[] = [
  {
    // plantar cuboid and lateral cuneiform → two bellies either side of the FHL tendon, each into
    // a sesamoid and on to the base of the hallux's proximal phalanx
    id: 'flexor_hallucis_brevis',
    pieces: [
      [U(-21, 58, 3), R(-4, 27, 90), U(9, 118, 5), U(8.5, 132, 6.5), toRay(0, 'proximal', 2.5, 6)],
      [U(-21, 58, 3), R(-8, 27, 90), U(-1, 118, 5), U(-1.5, 132, 6.5), toRay(0, 'proximal', 2.5, -4)],
    ].map((path) => ({
      path,
      profile: belly(0.006, 0.0045, 0.5, 0.82, 0.0026, 0.0016),
      options: { widthDir: [1, 0, 0] as [number, number, number], rings: 24, sides: 12 },
      tendon: [[0.84, 1]] as const,
    })),
  },
  {
    // oblique head from the bases of metatarsals 2–4 and the fibularis longus sheath; transverse head
    // from the plantar ligaments of the lateral three metatarsophalangeal joints; both onto the lateral
    // sesamoid and the lateral base of the hallux's proximal phalanx
    id: 'adductor_hallucis',
    pieces: [
      {
        path: [U(-28, 80, 5), U(-22, 105, 6), U(-10, 128, 6), U(-3, 142, 5), toRay(0, 'proximal', 2, -5)],
        profile: belly(0.009, 0.006, 0.4, 0.85, 0.003, 0.0018),
        options: { widthDir: [1, 0, 0.3], rings: 26, sides: 12 },
        tendon: [[0.87, 1]],
      },
      {
        path: [U(-53, 118, 1.8), U(-40, 130, 1.8), U(-24, 134, 1.8), U(-7, 142, 3)],
        profile: [
          [0, 0.003, 0.002],
          [0.5, 0.0048, 0.0026],
          [1, 0.003, 0.002],
        ],
        options: { widthDir: [0, 0, 1], rings: 22, sides: 10 },
      },
    ],
  },
  {
    // base of the fifth metatarsal and the fibularis longus sheath → lateral base of the fifth
    // proximal phalanx, medial to abductor digiti minimi
    id: 'flexor_digiti_minimi_brevis',
    pieces: [
      {
        path: [U(-43, 55, 3), U(-46, 90, 3), U(-52, 114, 3), toRay(4, 'proximal', 1.5, -1)],
        profile: belly(0.005, 0.0038, 0.45, 0.84, 0.002, 0.0013),
        options: { widthDir: [1, 0, 0], rings: 22, sides: 12 },
        tendon: [[0.86, 1]],
      },
    ],
  },
];

// ---------------------------------------------------------------- layer 4
/** Dorsal interossei: spaces 1–4, each onto the side of a phalanx that moves the toe away from the second ray. */
const DORSAL: readonly [space: number, ray: number, side: number][] = [
  [0, 1, 1],
  [1, 1, -1],
  [2, 2, -1],
  [3, 3, -1],
];
/** Plantar interossei: from the medial side of metatarsals 3–5 onto the medial base of the same toe. */
const PLANTAR = [2, 3, 4];

const LAYER_4: TissueDef[] = [
  {
    // bipennate, from the facing sides of two metatarsals, filling the space up to the dorsum
    id: 'dorsal_interossei',
    pieces: DORSAL.map(([space, ray, side]) => ({
      path: [betweenMetatarsals(space, 0.12, [0, 2, 0]), betweenMetatarsals(space, 0.5, [0, 2, 0]), betweenMetatarsals(space, 0.85, [0, 0, 0]), phalanxSide(ray, 4.5 * side, 5)],
      profile: belly(0.0042, 0.0065, 0.45, 0.86, 0.0016, 0.0012),
      options: { widthDir: [1, 0, 0] as [number, number, number], rings: 22, sides: 12 },
      tendon: [[0.88, 1]] as const,
    })),
  },
  {
    // unipennate, under the spaces, from one metatarsal each
    id: 'plantar_interossei',
    pieces: PLANTAR.map((k) => {
      const sideOf = (t: number) => alongMetatarsal(k, t, [5, -6, 0]);
      return {
        path: [sideOf(0.15), sideOf(0.5), sideOf(0.82), phalanxSide(k, 4, 3)],
        profile: belly(0.0034, 0.0042, 0.45, 0.86, 0.0014, 0.0011),
        options: { widthDir: [1, 0, 0] as [number, number, number], rings: 20, sides: 10 },
        tendon: [[0.88, 1]] as const,
      };
    }),
  },
];

/** On the real foot already: appended to the warped soft tissue as is (softTissue.ts). */
export const SOLE: TissueDef[] = [APONEUROSIS, ...LAYER_1, ...LAYER_2, ...LAYER_3, ...LAYER_4];


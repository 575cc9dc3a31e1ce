/** Deep posterior compartment: popliteus, tibialis posterior and the long toe flexors. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { F, fusiform, S, T } from '../tissue';
import { R, RAYS, U } from './footRays';
import { FDL_DIVISION, fdlSlips } from './sole';

export const DEEP_POSTERIOR: TissueDef[] = [
  // ---------------------------------------------------------------- deep posterior
  {
    id: 'popliteus',
    pieces: [
      {
        path: [T([-0.04, 0.497, -0.006]), S([-0.036, 0.482, -0.02]), S([-0.022, 0.455, -0.026]), S([0.0, 0.435, -0.022]), S([0.016, 0.415, -0.017])],
        profile: [
          [0, 0.003, 0.002],
          [0.2, 0.006, 0.003],
          [0.6, 0.013, 0.004],
          [1, 0.016, 0.0025],
        ],
        options: { widthDir: [0, 1, 0], rings: 28 },
        tendon: [[0, 0.15]],
      },
    ],
  },
  {
    id: 'tibialis_posterior',
    pieces: [
      {
        path: [
          S([-0.016, 0.425, -0.015]),
          S([-0.012, 0.33, -0.017]),
          S([0.002, 0.2, -0.018]),
          S([0.016, 0.12, -0.015]),
          S([0.023, 0.09, -0.012]),
          F([0.028, 0.066, -0.006]),
          F([0.031, 0.052, 0.02]),
          F([0.032, 0.046, 0.05]),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.3,
          bellyW: 0.016,
          bellyT: 0.0105,
          tendonFrom: 0.62,
          tendonW: 0.0032,
          tendonT: 0.0022,
        }),
        options: { widthDir: [1, 0, 0] },
        tendon: [[0.62, 1]],
      },
    ],
  },
  {
    id: 'flexor_digitorum_longus',
    pieces: [
      {
        path: [
          S([0.008, 0.39, -0.019]),
          S([0.011, 0.27, -0.026]),
          S([0.008, 0.16, -0.022]),
          S([0.02, 0.1, -0.018]),
          F([0.029, 0.068, -0.011]),
          // on the real foot: along the medial face of the sustentaculum tali, across the FHL tendon
          // on its plantar side (the knot of Henry), taking quadratus plantae, to its division
          R(28, 60, 2),
          R(21, 42, 28),
          R(11, 30, 50),
          R(-2, 23, 68),
          FDL_DIVISION,
        ],
        profile: fusiform({
          originW: 0.004,
          originT: 0.003,
          // fractions of the whole path: the foot part is shorter on the real foot, so these keep
          // the musculotendinous junction ≈ 29 cm from the origin, where it was
          bellyAt: 0.36,
          bellyW: 0.0135,
          bellyT: 0.009,
          tendonFrom: 0.66,
          tendonW: 0.0025,
          tendonT: 0.0018,
        }),
        tendon: [[0.672, 1]],
      },
      ...fdlSlips(),
    ],
  },
  {
    id: 'flexor_hallucis_longus',
    pieces: [
      {
        path: [
          S([-0.03, 0.33, -0.021]),
          S([-0.022, 0.22, -0.029]),
          S([-0.01, 0.13, -0.03]),
          S([-0.002, 0.09, -0.03]),
          F([0.004, 0.058, -0.031]),
          // on the real foot: in the groove under the sustentaculum tali, deep to FDL at the knot of
          // Henry, under the first metatarsal between the two heads of FHB and the sesamoids
          R(18, 49, -2),
          R(14, 40, 28),
          R(9, 35, 55),
          R(5, 26, 90),
          U(4, 120, 5),
          U(RAYS[0].head[0], RAYS[0].head[1], 4.5),
          U(RAYS[0].proximal[0], RAYS[0].proximal[1], 2.5),
          U(RAYS[0].distal[0], RAYS[0].distal[1], 2),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          // as FDL: junction kept ≈ 23 cm from the origin after the re-route on the real foot
          bellyAt: 0.235,
          bellyW: 0.0155,
          bellyT: 0.0115,
          tendonFrom: 0.448,
          tendonW: 0.0026,
          tendonT: 0.0019,
        }),
        tendon: [[0.469, 1]],
      },
    ],
  },
];

/**
 * Cruciate ligaments: skinned across the knee, the tibial end moving with the tibia and the femoral
 * end with the femur, so each stays on both its bones as the knee bends; the bands lie in the
 * intercondylar notch, close to the flexion axis.
 * Flat bands that twist on their way up. The anterior runs from the anterior intercondylar area of
 * the tibia up, back and laterally to the inner (medial) face of the lateral femoral condyle; the
 * posterior, thicker, from the posterior intercondylar area up, forward and medially to the inner
 * (lateral) face of the medial condyle. They cross in an X seen from the side. Lengths ≈ 35–40 mm
 * (MRI: ACL 36.8 ± 4, PCL 39 ± 4 mm; Rai et al. 2022, J Morphol Sci).
 */
import type { PathPoint } from '../loft';
import type { TissueDef } from '../softTissue';
import type { V3 } from '../vec';

const S = (p: V3): PathPoint => ({ p, segment: 'shank' });
const T = (p: V3): PathPoint => ({ p, segment: 'thigh' });

export const CRUCIATES: TissueDef[] = [
  {
    id: 'anterior_cruciate_ligament',
    pieces: [
      {
        path: [S([0.0015, 0.4785, 0.0125]), S([-0.002, 0.488, 0.003]), T([-0.0052, 0.4985, -0.0065]), T([-0.0068, 0.5065, -0.0135])],
        profile: [
          [0, 0.0062, 0.0026],
          [0.4, 0.0048, 0.0026],
          [1, 0.0058, 0.0022],
        ],
        options: { widthDir: [0, 0, 1], twist: 0.6, rings: 18, sides: 14, exponent: 2.4, capRings: 2 },
      },
    ],
  },
  {
    id: 'posterior_cruciate_ligament',
    pieces: [
      {
        path: [S([0.0005, 0.4675, -0.0125]), S([0.002, 0.479, -0.0105]), T([0.0045, 0.493, -0.004]), T([0.0066, 0.503, 0.005])],
        profile: [
          [0, 0.0065, 0.003],
          [0.5, 0.0058, 0.0031],
          [1, 0.0068, 0.0024],
        ],
        options: { widthDir: [0, 0, 1], twist: -0.5, rings: 18, sides: 14, exponent: 2.4, capRings: 2 },
      },
    ],
  },
];

/** The calcaneal (Achilles) tendon. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { F, L, S } from '../tissue';

export const CALCANEAL_TENDON: TissueDef[] = [
  // Calcaneal tendon: a broad aponeurosis on the back of soleus under the gastrocnemius bellies,
  // narrowing into a thick cord (≈ 15 × 6 mm a few cm above the heel), widening again (≈ 25 mm)
  // onto the middle facet of the back of the calcaneus; its fibres twist on the way down.
  {
    id: 'calcaneal_tendon',
    pieces: [
      {
        path: [
          S([0.004, 0.35, -0.066]),
          S([0.0, 0.29, -0.066]),
          S([-0.003, 0.2, -0.061]),
          L('calcaneal_tendon_narrowest'),
          S([-0.006, 0.075, -0.053]),
          F([-0.006, 0.05, -0.061]),
          F([-0.006, 0.034, -0.0635]),
        ],
        profile: [
          [0, 0.03, 0.0014],
          [0.15, 0.029, 0.0018],
          [0.35, 0.019, 0.0024],
          [0.55, 0.0105, 0.0029],
          [0.72, 0.0075, 0.0031],
          [0.86, 0.0085, 0.0031],
          [0.95, 0.0115, 0.0028],
          [1, 0.0125, 0.0022],
        ],
        options: { exponent: 2.3, twist: 0.35, rings: 56, sides: 24 },
      },
    ],
  },
];

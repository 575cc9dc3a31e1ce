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
          S([-0.003, 0.2, -0.057]),
          S([-0.005, 0.16, -0.051]),
          L('calcaneal_tendon_narrowest'),
          S([-0.006, 0.075, -0.053]),
          F([-0.006, 0.05, -0.061]),
          F([-0.006, 0.034, -0.0635]),
        ],
        profile: [
          [0, 0.03, 0.0014],
          [0.15, 0.029, 0.0018],
          [0.35, 0.017, 0.0022],
          [0.6, 0.0082, 0.0024],
          [0.75, 0.0075, 0.0023],
          [0.86, 0.007, 0.0023],
          [0.94, 0.0105, 0.0023],
          [1, 0.0138, 0.002],
        ],
        // crescent: the edges curl forward around the soleus and the fat pad in front
        options: { exponent: 2.3, twist: 0.1, rings: 56, sides: 24, curl: 0.55 },
      },
    ],
  },
];

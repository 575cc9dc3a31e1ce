/** The quadriceps tendon. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { S, T } from '../tissue';

export const QUADRICEPS_TENDON: TissueDef[] = [
  {
    id: 'quadriceps_tendon',
    pieces: [
      {
        path: [T([-0.003, 0.62, 0.047]), T([-0.001, 0.588, 0.051]), S([0.0, 0.562, 0.056]), S([0.001, 0.545, 0.06])],
        profile: [
          [0, 0.012, 0.0032],
          [0.3, 0.019, 0.0045],
          [0.6, 0.0225, 0.0045],
          [0.85, 0.0235, 0.0036],
          [1, 0.022, 0.002],
        ],
        // a smooth band (elliptical section), not a slab
        options: { widthDir: [1, 0, 0], rings: 28, exponent: 2, sides: 24 },
      },
    ],
  },
];

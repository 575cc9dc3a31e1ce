/** Thigh muscles near the knee (distal parts only): hamstrings, gracilis, sartorius and quadriceps. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { at, fusiform, S, T } from '../tissue';

export const THIGH_MUSCLES: TissueDef[] = [
  // ---------------------------------------------------------------- thigh muscles near the knee
  {
    id: 'biceps_femoris',
    pieces: [
      {
        path: [T([-0.046, 0.76, -0.04]), T([-0.052, 0.65, -0.038]), T([-0.05, 0.56, -0.03]), S([-0.048, 0.485, -0.02]), S([-0.04, 0.452, -0.019])],
        profile: [
          [0, 0.022, 0.0145],
          [0.28, 0.0225, 0.015],
          [0.55, 0.016, 0.0105],
          [0.68, 0.0085, 0.006],
          [0.76, 0.005, 0.0042],
          [1, 0.0048, 0.0036],
        ],
        options: { capRings: 0, widthDir: [1, 0, -0.6], exponent: 2.3 },
        tendon: [[0.7, 1]],
      },
    ],
  },
  {
    id: 'semitendinosus',
    pieces: [
      {
        // the tendon alone, from inside the scanned belly's lower end (≈ 16 cm above the joint line)
        // down behind the medial condyle, medial to semimembranosus, and forward round the medial
        // tibial condyle to the pes anserinus: laid out on the real leg (the procedural course ran
        // 12 mm clear of the real belly, so the tendon began in mid-air)
        path: [at('thigh', 12.5, 580, -56), at('thigh', 12.2, 559, -54.7), at('thigh', 34, 515, -40), at('shank', 39.7, 469.6, -15.5), at('shank', 16.7, 448.7, -2.3), at('shank', 8.1, 426.3, 12)],
        profile: [
          [0, 0.006, 0.005],
          [0.1, 0.0035, 0.003],
          [1, 0.0029, 0.0026],
        ],
        tendon: [[0, 1]],
      },
    ],
  },
  {
    id: 'semimembranosus',
    pieces: [
      {
        path: [T([0.014, 0.76, -0.042]), T([0.026, 0.64, -0.04]), T([0.034, 0.55, -0.03]), S([0.034, 0.48, -0.024]), S([0.029, 0.462, -0.021])],
        profile: [
          [0, 0.018, 0.011],
          [0.35, 0.024, 0.0145],
          [0.6, 0.019, 0.011],
          [0.76, 0.009, 0.0055],
          [1, 0.006, 0.004],
        ],
        options: { capRings: 0, widthDir: [1, 0, 0.5], exponent: 2.3 },
        tendon: [[0.78, 1]],
      },
    ],
  },
  {
    id: 'gracilis',
    pieces: [
      {
        path: [T([0.055, 0.76, -0.02]), T([0.056, 0.64, -0.02]), T([0.049, 0.55, -0.016]), S([0.045, 0.48, -0.008]), S([0.034, 0.444, 0.006]), S([0.022, 0.428, 0.016])],
        profile: fusiform({
          originW: 0.008,
          originT: 0.005,
          bellyAt: 0.05,
          bellyW: 0.008,
          bellyT: 0.005,
          tendonFrom: 0.35,
          tendonW: 0.0026,
          tendonT: 0.0018,
        }),
        // cut flat where the thigh leaves the model (not a dome: the muscle goes on upward)
        options: { capRings: 0 },
        tendon: [[0.36, 1]],
      },
    ],
  },
  {
    id: 'sartorius',
    pieces: [
      {
        // the flat tendon alone, from inside the scanned belly's end behind the medial condyle
        // forward round the medial tibial condyle to the front of the pes anserinus, laid out on the
        // real leg (the procedural course ran 7 mm clear of the real belly)
        path: [at('thigh', 44.5, 485, -14), at('shank', 43.8, 468, -16.2), at('shank', 38, 456, 2), at('shank', 27, 449.6, 15.8), at('shank', 8.4, 431.9, 23.2)],
        profile: [
          [0, 0.01, 0.004],
          [0.15, 0.008, 0.0016],
          [1, 0.008, 0.0012],
        ],
        options: { widthDir: [0, 1, 0], exponent: 2.5 },
        tendon: [[0, 1]],
      },
    ],
  },
  {
    id: 'rectus_femoris',
    pieces: [
      {
        path: [T([-0.014, 0.76, 0.06]), T([-0.007, 0.68, 0.061]), T([-0.002, 0.615, 0.054]), T([-0.001, 0.598, 0.051])],
        profile: [
          [0, 0.024, 0.0135],
          [0.35, 0.023, 0.013],
          [0.72, 0.0145, 0.008],
          [1, 0.01, 0.003],
        ],
        options: { capRings: 0, widthDir: [1, 0, 0], exponent: 2.3, rings: 30 },
        tendon: [[0.75, 1]],
      },
    ],
  },
  {
    id: 'vastus_lateralis',
    pieces: [
      {
        path: [T([-0.058, 0.76, 0.006]), T([-0.061, 0.68, 0.01]), T([-0.048, 0.615, 0.026]), T([-0.022, 0.575, 0.045])],
        profile: [
          [0, 0.031, 0.019],
          [0.35, 0.0315, 0.02],
          [0.68, 0.022, 0.0135],
          [0.9, 0.012, 0.006],
          [1, 0.008, 0.003],
        ],
        options: { capRings: 0, widthDir: [0, 0, 1], exponent: 2.3, rings: 36 },
        tendon: [[0.88, 1]],
      },
    ],
  },
  // vastus medialis: the low, medial "teardrop" bulge above the patella (its oblique fibres reach
  // the upper medial border of the patella)
  {
    id: 'vastus_medialis',
    pieces: [
      {
        path: [T([0.014, 0.76, 0.022]), T([0.03, 0.68, 0.024]), T([0.044, 0.612, 0.027]), T([0.041, 0.575, 0.037]), T([0.02, 0.556, 0.048])],
        profile: [
          [0, 0.014, 0.0095],
          [0.3, 0.02, 0.014],
          [0.6, 0.0295, 0.021],
          [0.78, 0.029, 0.02],
          [0.92, 0.017, 0.01],
          [1, 0.009, 0.004],
        ],
        options: { capRings: 0, widthDir: [0.3, 0, 1], exponent: 2.2, rings: 40 },
        tendon: [[0.93, 1]],
      },
    ],
  },
  {
    id: 'vastus_intermedius',
    pieces: [
      {
        path: [T([-0.03, 0.76, 0.029]), T([-0.02, 0.67, 0.032]), T([-0.008, 0.6, 0.036])],
        profile: [
          [0, 0.025, 0.013],
          [0.5, 0.023, 0.011],
          [0.85, 0.013, 0.005],
          [1, 0.01, 0.003],
        ],
        options: { capRings: 0, widthDir: [1, 0, 0], rings: 30 },
        tendon: [[0.85, 1]],
      },
    ],
  },
];

/**
 * Tibia (shank segment), lofted from horizontal cross-sections: a broad plateau (≈ 78 × 47 mm) that
 * narrows to the shaft over ≈ 75 mm, a triangular shaft with a sharp, gently S-shaped anterior
 * border, a flat subcutaneous medial surface and a rounded posterior surface, flaring again into a
 * squared distal end (≈ 47 mm wide) with the medial malleolus. Features are added on the loft: the
 * tibial tuberosity and Gerdy's tubercle, the intercondylar eminence with its two tubercles, the
 * soleal line; and carved from it: the posteriorly sloping plateau (7°), the concave medial plateau,
 * the fibular facet and fibular notch, the groove for tibialis posterior and the talar mortise.
 * The plateau's posterior border is turned ≈ 8° internally (medial condyle reaching further back)
 * and the medial malleolus sits forward, so the malleoli's axis is externally rotated ≈ 28° to it
 * (tibial torsion; Pfeifer et al. 1995: 34.9 ± 8.6°).
 */
import { cylinderX, ellipsoid, roundCone, sphere, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';
import { FLEXION_CLEARANCE_DEG, behindFlexionPlane } from './kneeClearance';
import { filletPolygon, loftSections, under } from './profile';
import type { P2, Section } from './profile';

/** Height of the plateau at the knee axis' projection (z = 0), and its posterior slope. */
export const PLATEAU_Y = 0.4775;
export const PLATEAU_SLOPE_DEG = 7;
/** Lowest point of the medial malleolus (kept where the ankle model expects it). */
export const MEDIAL_MALLEOLUS_TIP_Y = 0.0675;

const slope = Math.tan((PLATEAU_SLOPE_DEG * Math.PI) / 180);
/** Plateau surface height at z (it falls towards the back). */
export const plateauY = (z: number): number => PLATEAU_Y + z * slope;

/** An 8-corner section: anterior, anteromedial, medial, posteromedial, posterior, posterolateral, lateral, anterolateral. */
function section(y: number, corners: readonly P2[], radii: readonly number[]): Section {
  return { y, outline: filletPolygon(corners, radii, 4) };
}

/** Triangular shaft section: crest in front at x = cx, medial border, interosseous (lateral) border. */
function shaft(y: number, cx: number, front: number, medial: number, lateral: number, back: number, crestR: number): Section {
  return section(
    y,
    [
      [cx, front],
      [(cx + medial) / 2 + 0.0015, (front + back) / 2 + 0.003],
      [medial, back + 0.004],
      [medial * 0.45, back - 0.0005],
      [(medial + lateral) / 2, back - 0.0008],
      [lateral * 0.5, back + 0.0005],
      [lateral, back + 0.006],
      [(cx + lateral) / 2 + 0.0012, (front + back) / 2 + 0.003],
    ],
    [crestR, 0.02, 0.0045, 0.02, 0.02, 0.02, 0.0032, 0.02],
  );
}

/** The crest's medio-lateral sway: a gentle S (concave laterally above, medially below). */
const crestX = (y: number): number => 0.002 + 0.0025 * Math.sin(((y - 0.12) / 0.3) * 2 * Math.PI);

function sections(): Section[] {
  const plateau = (y: number, s: number, dz = 0, front = s): Section =>
    section(
      y,
      [
        [0.0, 0.028 * front + dz],
        [0.03 * s, 0.022 * front + dz],
        [0.0435 * s, 0.0 + dz],
        [0.028 * s, -0.0235 * s + dz],
        [0.002, -0.0105 * s + dz],
        [-0.027 * s, -0.0165 * s + dz],
        [-0.0415 * s, -0.0005 + dz],
        [-0.027 * s, 0.023 * front + dz],
      ],
      [0.012, 0.013, 0.014, 0.011, 0.006, 0.011, 0.013, 0.012],
    );
  return [
    // distal end: squared, ≈ 47 mm wide above the mortise
    section(
      0.086,
      [
        [0.002, 0.0175],
        [0.018, 0.0165],
        [0.0255, 0.004],
        [0.02, -0.0155],
        [0.0, -0.0175],
        [-0.017, -0.0165],
        [-0.0225, -0.005],
        [-0.016, 0.016],
      ],
      [0.006, 0.008, 0.008, 0.008, 0.01, 0.006, 0.006, 0.006],
    ),
    section(
      0.11,
      [
        [0.003, 0.0175],
        [0.018, 0.0155],
        [0.0262, 0.002],
        [0.019, -0.0145],
        [0.0, -0.017],
        [-0.017, -0.0155],
        [-0.0235, -0.006],
        [-0.015, 0.0145],
      ],
      [0.006, 0.008, 0.008, 0.008, 0.01, 0.006, 0.004, 0.006],
    ),
    shaft(0.135, crestX(0.135), 0.015, 0.0165, -0.0155, -0.0135, 0.005),
    shaft(0.17, crestX(0.17), 0.015, 0.0135, -0.0125, -0.0125, 0.0035),
    shaft(0.22, crestX(0.22), 0.016, 0.0123, -0.0113, -0.0125, 0.002),
    shaft(0.27, crestX(0.27), 0.017, 0.0122, -0.0112, -0.0125, 0.0016),
    shaft(0.32, crestX(0.32), 0.018, 0.0132, -0.0118, -0.0128, 0.0016),
    shaft(0.36, crestX(0.36), 0.0193, 0.015, -0.013, -0.0136, 0.002),
    // metaphysis: the flare into the condyles spread over ≈ 75 mm, concave like a trumpet's bell:
    // the condyles keep their width for ≈ 20 mm below the rim, then sweep in to the shaft
    plateau(0.38, 0.37, -0.003, 0.6),
    plateau(0.4, 0.6, -0.002, 0.66),
    plateau(0.42, 0.79, 0.0, 0.74),
    plateau(0.44, 0.935, 0.0, 0.85),
    plateau(0.458, 0.99, 0.0, 0.95),
    plateau(0.49, 1.0, 0.0),
  ];
}

export function tibia(): Sdf {
  const loft = loftSections(sections(), 0.004);
  // plateau surface sloping 7° backwards, its rim rounded
  const base: Sdf = (x, y, z) => {
    const d = loft(x, y, z);
    const top = y - plateauY(z);
    const h = Math.max(0.011 - Math.abs(d - top), 0) / 0.011;
    return Math.max(d, top) + h * h * 0.00275;
  };
  const on = (p: V3, depth: number): V3 => under(base, p, depth);
  const body = union([
    [base, 0],
    // tibial tuberosity: ≈ 30 mm below the plateau, lateral of the midline (≈ 58 % of the plateau
    // width from the medial edge; Sojka et al.), standing out ≈ 7 mm
    [ellipsoid(on([-0.004, 0.447, 0.03], 0.0), [0.0095, 0.016, 0.0072]), 0.008],
    [roundCone(on([-0.004, 0.438, 0.03], 0.0025), on([crestX(0.37), 0.37, 0.03], 0.002), 0.005, 0.0025), 0.012],
    // Gerdy's tubercle, anterolateral on the lateral condyle (iliotibial tract)
    [ellipsoid(on([-0.026, 0.463, 0.02], 0.0025), [0.0055, 0.0055, 0.005]), 0.008],
    // intercondylar eminence: medial and lateral intercondylar tubercles
    [ellipsoid([0.0055, plateauY(0.0) + 0.0015, 0.0], [0.0042, 0.0068, 0.008]), 0.004],
    [ellipsoid([-0.0055, plateauY(0.0) + 0.0005, -0.0015], [0.0042, 0.006, 0.0075]), 0.004],
    // soleal line: a low ridge running down and medially from below the fibular facet
    [roundCone(on([-0.02, 0.43, -0.02], 0.0022), on([0.013, 0.36, -0.02], 0.0022), 0.0032, 0.003), 0.008],
    // medial malleolus: forward on the medial side, its tip ≈ 15–20 mm below the articular rim
    [
      union([
        [ellipsoid([0.0222, 0.084, 0.005], [0.0075, 0.018, 0.0125]), 0],
        [ellipsoid([0.0215, MEDIAL_MALLEOLUS_TIP_Y + 0.0075, 0.005], [0.0065, 0.0085, 0.0085]), 0.006],
      ]),
      0.008,
    ],
  ]);
  return subtract(body, [
    // the talar dome in the ankle mortise (only between the malleoli)
    [(x, y, z) => Math.max(cylinderX([0, 0.072, 0.0], 0.0235)(x, y, z), Math.abs(x - 0.001) - 0.0168), 0.003],
    // concave (dished) medial plateau; the lateral stays flat
    [ellipsoid([0.021, plateauY(-0.002) + 0.0105, -0.002], [0.0145, 0.012, 0.019]), 0.004],
    // facet for the fibular head, posterolateral under the lateral condyle
    [sphere([-0.035, 0.441, -0.018], 0.0118), 0.003],
    // fibular notch on the lateral side of the distal end, where the fibula is held
    [roundCone([-0.0315, 0.075, -0.0112], [-0.0325, 0.13, -0.011], 0.009, 0.0075), 0.004],
    // groove for tibialis posterior behind the medial malleolus
    [roundCone([0.0225, 0.072, -0.0125], [0.0195, 0.115, -0.0165], 0.0032, 0.0032), 0.003],
    [behindFlexionPlane(FLEXION_CLEARANCE_DEG), 0.004],
  ]);
}

/**
 * Articular cartilage of the tibia: the two plateau facets (not the intercondylar area between
 * them), the plafond of the mortise and the facet on the medial malleolus.
 */
export function tibiaCartilage(p: V3, n: V3): number {
  const [x, y, z] = p;
  const ramp = (v: number, a: number, b: number): number => {
    const t = Math.min(1, Math.max(0, (v - a) / (b - a)));
    return t * t * (3 - 2 * t);
  };
  if (y > 0.455) {
    // the two facets, not the intercondylar area, on the upper surface only
    return ramp(Math.abs(x - 0.0005), 0.008, 0.0105) * ramp(y - plateauY(z), -0.003, -0.0015) * ramp(n[1], 0.45, 0.65);
  }
  if (y < 0.1) {
    const mortise = ramp(0.0175 - Math.abs(x - 0.001), 0, 0.0015) * ramp(-n[1], 0.4, 0.6);
    const malleolarFacet = x > 0.015 && x < 0.021 && n[0] < -0.6 && Math.abs(z - 0.004) < 0.014 ? 1 : 0;
    return Math.max(mortise, malleolarFacet);
  }
  return 0;
}

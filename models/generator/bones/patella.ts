/** Patella: base, apex and the articular (posterior) surface. */
import { ellipsoid, sphere, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';

export function patella(): Sdf {
  // Triangular, apex down, sitting in front of the trochlea; back surface flattened.
  const body = union([
    [ellipsoid([0.001, 0.538, 0.046], [0.022, 0.019, 0.0105]), 0],
    [ellipsoid([0.0, 0.522, 0.047], [0.013, 0.016, 0.009]), 0.01],
  ]);
  return subtract(body, [[sphere([0.0, 0.53, 0.005], 0.037), 0.006]]);
}

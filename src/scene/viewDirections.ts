/** Directions (from the leg toward the camera) of the view presets, in the model frame (+Z anterior, +X medial). */
import type { ViewName } from '../embed/types';
import type { V3 } from './cameraFlight';

/** A slight elevation (looking a little down) reads better than a dead-level view. */
export const VIEW_DIRECTIONS: Record<ViewName, V3> = {
  anterior: [0, 0.12, 1],
  posterior: [0, 0.12, -1],
  medial: [1, 0.12, 0],
  lateral: [-1, 0.12, 0],
  // from below and a little in front: the toes at the top of the picture, the heel at the bottom
  plantar: [0, -1, 0.3],
};

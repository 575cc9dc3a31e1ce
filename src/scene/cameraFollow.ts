/**
 * The camera a live lecture's student follows. The presenter's camera arrives ≤ 10 times a second;
 * drawn as it arrives it would jump, so the rig eases towards the latest pose every frame
 * (`followStep`, exponential smoothing: frame-rate independent, never overshoots). The rig registers
 * how to read its pose; the live session (loaded on demand) reads it on the presenter and sets the
 * goal on students. No React.
 */
import type { CameraPose, V3 } from './cameraFlight';

/** Seconds for the remaining distance to shrink to 1/e: a 100 ms update gap is mostly covered. */
export const FOLLOW_TIME_CONSTANT_S = 0.08;

const lerp3 = (a: V3, b: V3, k: number): V3 => [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
const dist2 = (a: V3, b: V3) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/** The pose `dt` seconds closer to `goal`; exactly `goal` once within 0.1 mm. */
export function followStep(current: CameraPose, goal: CameraPose, dt: number, tau = FOLLOW_TIME_CONSTANT_S): CameraPose {
  const k = 1 - Math.exp(-Math.max(0, dt) / tau);
  const next = { position: lerp3(current.position, goal.position, k), target: lerp3(current.target, goal.target, k) };
  return dist2(next.position, goal.position) < 1e-8 && dist2(next.target, goal.target) < 1e-8 ? goal : next;
}

let reader: (() => CameraPose) | null = null;
let goal: CameraPose | null = null;
let wake: (() => void) | null = null;
const gestureListeners = new Set<() => void>();

export const cameraFollow = {
  /** Called by the rig: how to read its pose and request a frame. */
  register(read: () => CameraPose, invalidate: () => void): () => void {
    reader = read;
    wake = invalidate;
    return () => {
      if (reader === read) reader = wake = null;
    };
  },
  /** The rig's camera now, or null before the 3D view exists. */
  read(): CameraPose | null {
    return reader ? reader() : null;
  },
  /** The pose to ease towards; null hands the camera back to the user. */
  setGoal(pose: CameraPose | null): void {
    goal = pose;
    wake?.();
  },
  goal(): CameraPose | null {
    return goal;
  },
  /** Called by the rig when the user starts to orbit/zoom/pan. */
  userGesture(): void {
    for (const listener of gestureListeners) listener();
  },
  onUserGesture(listener: () => void): () => void {
    gestureListeners.add(listener);
    return () => gestureListeners.delete(listener);
  },
};

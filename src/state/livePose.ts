/**
 * The joint angles the model shows right now, published every rendered frame in which they changed
 * (by PoseDriver). Readouts, the length tint and the chart's dot subscribe to it and update the DOM
 * or materials directly: a transient channel, so a playing clip re-renders no React component.
 */
import type { Pose } from '../kinematics/joints';

type Listener = (pose: Pose) => void;

let current: Pose = { knee: 0, ankle: 0 };
const listeners = new Set<Listener>();

export function getLivePose(): Pose {
  return current;
}

/** Publish the angles now shown; listeners run only when they changed (by more than 0.01°). */
export function publishLivePose(pose: Pose): void {
  if (Math.abs(pose.knee - current.knee) < 0.01 && Math.abs(pose.ankle - current.ankle) < 0.01) return;
  current = { knee: pose.knee, ankle: pose.ankle };
  for (const listener of listeners) listener(current);
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function subscribeLivePose(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

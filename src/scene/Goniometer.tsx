import { useEffect } from 'react';
import { Group, MeshBasicMaterial, Vector3 } from 'three';
import { ANKLE } from '../kinematics/joints';
import type { Vec3 } from '../kinematics/joints';
import { pointAt } from '../kinematics/muscleLength';
import { createRestFrame, disposeOverlay, rod } from './restFrame';
import { useSceneHandleWhenReady } from './useModelIndex';

export type GoniometerProps = {
  /** Dorsiflexion (degrees, positive) marked as the threshold line. Default 5 (Silfverskiöld). */
  thresholdDeg?: number;
  /** Distance of the instrument from the ankle centre towards the lateral side, metres. Default 0.085. */
  offset?: number;
  /** Arm length, metres. Default 0.16. */
  arm?: number;
};

/** Where the foot arm points (rest-pose coordinates, from `centre`) when the ankle is at `ankleDeg`. */
function footArm(centre: Vector3, ankleDeg: number, length: number): Vector3 {
  const c: Vec3 = [centre.x, centre.y, centre.z];
  const a = pointAt('foot', c, { knee: 0, ankle: ankleDeg });
  const b = pointAt('foot', [c[0], c[1], c[2] + length], { knee: 0, ankle: ankleDeg });
  return new Vector3(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
}

/**
 * A goniometer beside the lateral malleolus, as an examiner holds one: the fixed arm along the
 * shank, the moving arm along the sole, a scale every 5° of dorsiflexion and plantarflexion, and the
 * threshold line (red). The arms are fixed to shank and foot, so the angle between them is the
 * ankle angle the model shows. Drawn on top of the leg so it stays readable from the side.
 */
export function Goniometer({ thresholdDeg = 5, offset = 0.085, arm = 0.16 }: GoniometerProps) {
  const handle = useSceneHandleWhenReady();
  useEffect(() => {
    if (!handle) return;
    const { index } = handle;
    const shank = createRestFrame(index, 'shank');
    const foot = createRestFrame(index, 'foot');
    if (!shank || !foot) return;
    const top = (colour: number, opacity = 1) =>
      new MeshBasicMaterial({ color: colour, transparent: true, opacity, depthTest: false, depthWrite: false });
    const centre = new Vector3(ANKLE.centre[0] - offset, ANKLE.centre[1], ANKLE.centre[2]);
    const fixed = new Group();
    fixed.add(rod(centre, centre.clone().add(new Vector3(0, arm, 0)), 0.0022, top(0xe5e7eb)));
    for (let deg = -50; deg <= 20; deg += 5) {
      const dir = footArm(centre, -deg, 1).normalize();
      const inner = centre.clone().addScaledVector(dir, arm * (deg % 10 === 0 ? 0.78 : 0.84));
      fixed.add(rod(inner, centre.clone().addScaledVector(dir, arm * 0.9), 0.0012, top(0xcbd5e1, 0.9)));
    }
    const threshold = footArm(centre, -thresholdDeg, arm * 1.08);
    fixed.add(rod(centre, centre.clone().add(threshold), 0.0016, top(0xdc2626)));
    const moving = new Group();
    moving.add(rod(centre, centre.clone().add(new Vector3(0, 0, arm)), 0.0025, top(0x0d9488)));
    for (const g of [fixed, moving]) g.traverse((o) => (o.renderOrder = 20));
    shank.add(fixed);
    foot.add(moving);
    handle.invalidate();
    return () => {
      disposeOverlay(shank);
      disposeOverlay(foot);
      handle.invalidate();
    };
  }, [handle, thresholdDeg, offset, arm]);
  return null;
}

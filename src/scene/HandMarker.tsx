import { useEffect } from 'react';
import { CapsuleGeometry, Group, Mesh, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import { createRestFrame, disposeOverlay, surfaceHit } from './restFrame';
import type { SurfaceRay } from './restFrame';
import { useSceneHandleWhenReady } from './useModelIndex';

export type HandMarkerProps = {
  /** Where the hand goes: the first skin point along this ray (rest-pose coordinates). */
  ray: SurfaceRay;
  /** Colour of the hand. Default teal, unlike any tissue colour. */
  colour?: number;
};

const UP = new Vector3(0, 1, 0);

/**
 * A stylised hand (palm and four fingers) lying on the skin where the palpation step places the
 * examiner's fingers, palm towards the leg. Fixed to the segment it touches, so it follows the pose.
 */
export function HandMarker({ ray, colour = 0x0f9d8a }: HandMarkerProps) {
  const handle = useSceneHandleWhenReady();
  const key = JSON.stringify(ray);
  useEffect(() => {
    if (!handle) return;
    const { index } = handle;
    const frame = createRestFrame(index, ray.segment);
    if (!frame) return;
    const skin = index.structures.get('skin')?.meshes ?? [];
    const out = new Vector3(...ray.toward).normalize();
    const at = surfaceHit(index, ray, skin, frame, true) ?? new Vector3(...ray.from).addScaledVector(out, 0.06);
    const material = new MeshStandardMaterial({ color: colour, roughness: 0.6, transparent: true, opacity: 0.92 });
    const hand = new Group();
    hand.name = 'hand-marker';
    const palm = new Mesh(new SphereGeometry(1, 20, 12), material);
    palm.scale.set(0.026, 0.007, 0.032);
    hand.add(palm);
    for (let i = 0; i < 4; i++) {
      const finger = new Mesh(new CapsuleGeometry(0.0052, 0.025 - Math.abs(i - 1.5) * 0.005, 4, 8), material);
      finger.rotation.x = Math.PI / 2;
      finger.position.set((i - 1.5) * 0.0118, 0, 0.045 - Math.abs(i - 1.5) * 0.0035);
      hand.add(finger);
    }
    // Palm normal (local +Y) points out of the skin; the fingers point up the leg where they can.
    hand.quaternion.setFromUnitVectors(UP, out);
    const fingersNow = new Vector3(0, 0, 1).applyQuaternion(hand.quaternion);
    const wanted = UP.clone().projectOnPlane(out).normalize();
    if (wanted.lengthSq() > 0.5) {
      const twist = new Quaternion().setFromUnitVectors(fingersNow.projectOnPlane(out).normalize(), wanted);
      hand.quaternion.premultiply(twist);
    }
    hand.position.copy(at).addScaledVector(out, 0.011);
    frame.add(hand);
    handle.invalidate();
    return () => {
      disposeOverlay(frame);
      handle.invalidate();
    };
    // `key` stands for the ray: a new object with the same contents must not rebuild the hand.
  }, [handle, key, colour]);
  return null;
}

import { useEffect } from 'react';
import { Group, Mesh, MeshBasicMaterial, Raycaster, SphereGeometry, Vector2 } from 'three';
import type { Object3D } from 'three';
import type { StructureId } from '../anatomy/ids';
import type { Segment } from '../kinematics/landmarks';
import { useViewer } from '../state/store';
import { createRestFrame, disposeOverlay, surfaceHit } from './restFrame';
import type { SurfaceRay } from './restFrame';
import { useSceneHandleWhenReady } from './useModelIndex';

export interface ReferralZoneDef {
  id: string;
  where: SurfaceRay;
  /** Radius of the soft zone, metres. */
  radius: number;
}

export interface TriggerPointDef {
  id: string;
  muscle: StructureId;
  frequency: 'common' | 'rare';
  where: SurfaceRay;
  zones: readonly string[];
}

export type ReferralZonesProps = {
  zones: readonly ReferralZoneDef[];
  points: readonly TriggerPointDef[];
  /** Colour of the referral zones. Default a soft red. */
  zoneColour?: number;
  /** Colour of the trigger points. Default amber. */
  pointColour?: number;
};

/** Shells of a soft zone (fraction of the radius, opacity): stacked, they fade from the centre out. */
const SHELLS: readonly [number, number][] = [
  [1, 0.12],
  [0.7, 0.14],
  [0.4, 0.18],
];
const CLICK_TOLERANCE_PX = 6;

/**
 * The referred-pain layer: each classic trigger point as a small dot on its muscle (solid when
 * common, faint when rare) and each referral zone as a soft red gradient on the skin. The zone
 * chosen in "where does it hurt?" (store `painZoneId`) and the points referring to it are brighter.
 * Clicking a zone on the model chooses it, like the zone buttons in the lab panel.
 */
export function ReferralZones({ zones, points, zoneColour = 0xe03a2f, pointColour = 0xf59e0b }: ReferralZonesProps) {
  const handle = useSceneHandleWhenReady();
  useEffect(() => {
    if (!handle) return;
    const { index, camera, gl } = handle;
    const frames = new Map<Segment, Group>();
    const frameOf = (segment: Segment) => {
      let f = frames.get(segment);
      if (!f) {
        f = createRestFrame(index, segment) ?? undefined;
        if (f) frames.set(segment, f);
      }
      return f;
    };
    const skin = index.structures.get('skin')?.meshes ?? [];
    const zoneMeshes = new Map<string, { shells: Mesh[]; hitArea: Mesh }>();
    for (const zone of zones) {
      const frame = frameOf(zone.where.segment);
      if (!frame) continue;
      const at = surfaceHit(index, zone.where, skin, frame, true);
      if (!at) {
        console.warn(`Referral zone "${zone.id}": its ray misses the skin; not drawn.`);
        continue;
      }
      const group = new Group();
      group.name = `referral-zone-${zone.id}`;
      group.position.copy(at);
      const shells = SHELLS.map(([scale, opacity]) => {
        const m = new Mesh(
          new SphereGeometry(zone.radius * scale, 24, 16),
          new MeshBasicMaterial({ color: zoneColour, transparent: true, opacity, depthWrite: false }),
        );
        m.userData.baseOpacity = opacity;
        m.renderOrder = 12;
        group.add(m);
        return m;
      });
      frame.add(group);
      zoneMeshes.set(zone.id, { shells, hitArea: shells[0] });
    }
    const pointMeshes = new Map<string, Mesh>();
    for (const p of points) {
      const frame = frameOf(p.where.segment);
      const muscle = index.structures.get(p.muscle)?.meshes ?? [];
      if (!frame || muscle.length === 0) continue;
      const at = surfaceHit(index, p.where, muscle, frame);
      if (!at) {
        console.warn(`Trigger point "${p.id}": its ray misses ${p.muscle}; not drawn.`);
        continue;
      }
      const rare = p.frequency === 'rare';
      const m = new Mesh(
        new SphereGeometry(0.0075, 16, 12),
        new MeshBasicMaterial({ color: pointColour, transparent: true, opacity: rare ? 0.55 : 0.95, depthWrite: false }),
      );
      m.name = `trigger-point-${p.id}`;
      m.userData.baseOpacity = rare ? 0.55 : 0.95;
      m.position.copy(at);
      m.renderOrder = 13;
      frame.add(m);
      pointMeshes.set(p.id, m);
    }

    const emphasise = (zoneId: string | null) => {
      for (const [id, { shells }] of zoneMeshes) {
        const factor = zoneId === null ? 1 : id === zoneId ? 2.4 : 0.5;
        for (const s of shells) (s.material as MeshBasicMaterial).opacity = Math.min(0.6, s.userData.baseOpacity * factor);
      }
      for (const p of points) {
        const m = pointMeshes.get(p.id);
        if (!m) continue;
        const lit = zoneId !== null && p.zones.includes(zoneId);
        m.scale.setScalar(lit ? 1.6 : 1);
        (m.material as MeshBasicMaterial).opacity = zoneId !== null && !lit ? 0.3 : m.userData.baseOpacity;
      }
      handle.invalidate();
    };
    emphasise(useViewer.getState().painZoneId);
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.painZoneId !== prev.painZoneId) emphasise(s.painZoneId);
    });

    // A click (not a drag) on a zone chooses it; the click also reaches the model's own picking.
    const el = gl.domElement;
    let down: { x: number; y: number } | null = null;
    const raycaster = new Raycaster();
    const onDown = (e: PointerEvent) => {
      down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
    };
    const onUp = (e: PointerEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) >= CLICK_TOLERANCE_PX) return;
      const r = el.getBoundingClientRect();
      raycaster.setFromCamera(new Vector2(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1), camera);
      const targets: Object3D[] = [...zoneMeshes.values()].map((z) => z.hitArea);
      const hit = raycaster.intersectObjects(targets, false)[0];
      const id = hit ? [...zoneMeshes].find(([, z]) => z.hitArea === hit.object)?.[0] : undefined;
      if (id) useViewer.getState().setPainZoneId(id);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    handle.invalidate();
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      unsub();
      for (const f of frames.values()) disposeOverlay(f);
      handle.invalidate();
    };
  }, [handle, zones, points, zoneColour, pointColour]);
  return null;
}


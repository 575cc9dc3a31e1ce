/**
 * What the function explorer paints on the model (pure: ids and colours, no scene objects): the
 * footprints of the selected bone or muscle, the muscles of the chosen movement by role (weighted
 * by moment arm at the pose), and the muscles a nerve or root lesion weakens (toward grey by the
 * share of the muscle it takes away, on top: a paralysed muscle is fully grey, one losing a third to
 * a root lesion a third of the way).
 */
import { anatomy } from '../anatomy/data';
import type { StructureId } from '../anatomy/ids';
import { attachmentsOfBone, functionData, movementRoles } from '../anatomy/function';
import type { LesionId, MovementId } from '../anatomy/function';
import { remainingMuscleShare } from '../anatomy/lesionModel';
import { isPathMuscleId, momentArm, subtalarMomentArm } from '../kinematics/muscleLength';
import type { Pose } from '../kinematics/joints';
import { currentBone } from '../state/explorerSlice';
import type { AttachmentEnds } from '../state/explorerSlice';
import { EXPLORER_COLOURS, mixHex } from './explorerColours';

export interface Paint {
  colour: number;
  /** 0..1: how far the base colour moves toward `colour`. */
  amount: number;
  /** Emissive strength in `colour` (0: keep none). */
  glow: number;
}

export interface PaintInput {
  selected: StructureId | null;
  attachmentEnds: AttachmentEnds;
  movement: MovementId | null;
  lesion: LesionId | null;
}

/** 0..1 per muscle: its moment arm about the movement's joint relative to the largest one; absent for a muscle without a path. */
export function movementWeights(movement: MovementId, pose: Pose): Map<StructureId, number> {
  const joint = functionData.movements[movement].joint;
  const weights = new Map<StructureId, number>();
  if (!joint) return weights;
  const roles = movementRoles(movement);
  const arms: [StructureId, number][] = [];
  for (const id of [...roles.prime, ...roles.synergists, ...roles.antagonists]) {
    if (isPathMuscleId(id)) arms.push([id, Math.abs(joint === 'subtalar' ? subtalarMomentArm(id, pose) : momentArm(id, joint, pose))]);
  }
  const max = Math.max(1e-6, ...arms.map(([, r]) => r));
  for (const [id, r] of arms) weights.set(id, r / max);
  return weights;
}

/** The footprints the explorer lights: every area on the selected bone, or the selected muscle's ends. */
export function footprintEnds(s: Pick<PaintInput, 'selected' | 'attachmentEnds'>): [StructureId, 'origin' | 'insertion'][] {
  const out: [StructureId, 'origin' | 'insertion'][] = [];
  const bone = currentBone(s);
  if (bone) {
    const { origins, insertions } = attachmentsOfBone(bone);
    for (const a of [...origins, ...insertions]) if (a.area) out.push([a.area, a.end]);
  } else if (s.selected) {
    const m = anatomy.structures[s.selected as StructureId].muscle;
    if (m?.origin.area && s.attachmentEnds !== 'insertion') out.push([m.origin.area, 'origin']);
    if (m?.insertion.area && s.attachmentEnds !== 'origin') out.push([m.insertion.area, 'insertion']);
  }
  return out;
}

export function explorerPaints(s: PaintInput, pose: Pose): Map<StructureId, Paint> {
  const paints = new Map<StructureId, Paint>();
  for (const [area, end] of footprintEnds(s)) paints.set(area, { colour: EXPLORER_COLOURS[end], amount: 0.9, glow: 0.55 });
  if (s.movement) {
    const roles = movementRoles(s.movement);
    const weights = movementWeights(s.movement, pose);
    const paint = (ids: StructureId[], colour: number) => {
      for (const id of ids) {
        const w = weights.get(id) ?? 0.6;
        paints.set(id, { colour, amount: 0.35 + 0.5 * w, glow: 0.1 + 0.35 * w });
      }
    };
    paint(roles.antagonists, EXPLORER_COLOURS.antagonist);
    paint(roles.synergists, EXPLORER_COLOURS.synergist);
    paint(roles.prime, EXPLORER_COLOURS.prime);
  }
  if (s.lesion) {
    for (const [id, left] of remainingMuscleShare(s.lesion)) {
      paints.set(id, { colour: mixHex(EXPLORER_COLOURS.innervated, EXPLORER_COLOURS.denervated, 1 - left), amount: 0.95, glow: 0 });
    }
  }
  return paints;
}

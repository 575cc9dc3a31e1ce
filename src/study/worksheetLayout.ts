/**
 * Where the numbers of a worksheet plate go: each chosen structure's anchor (a point inside its
 * visible part) gets a numbered label in the margin on its own side of the figure, labels spread so
 * they never overlap, numbered top to bottom, left column first. And which structures a plate
 * numbers by default. Pure.
 */
import type { StructureId, StructureKind } from '../anatomy/ids';

export interface Anchor {
  id: StructureId;
  x: number;
  y: number;
}

export interface PlateLabel extends Anchor {
  number: number;
  side: 'left' | 'right';
  /** The label's centre height (same units as the anchors). */
  labelY: number;
}

/**
 * Labels for `anchors` on a figure `width` × `height`: left of the figure's middle → left margin.
 * Within a column labels keep `gap` apart (pushed down, then back up from the bottom edge).
 */
export function layoutLabels(anchors: readonly Anchor[], width: number, height: number, gap: number): PlateLabel[] {
  const out: PlateLabel[] = [];
  let number = 1;
  for (const side of ['left', 'right'] as const) {
    const column = anchors.filter((a) => (a.x < width / 2) === (side === 'left')).sort((p, q) => p.y - q.y);
    const ys = column.map((a) => a.y);
    const top = gap / 2;
    const bottom = height - gap / 2;
    for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i], i === 0 ? top : ys[i - 1] + gap);
    for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i], i === ys.length - 1 ? bottom : ys[i + 1] - gap);
    column.forEach((a, i) => out.push({ ...a, side, labelY: Math.max(top, ys[i]), number: number++ }));
  }
  return out;
}

/** Kinds a plate numbers by default: what a student colours in (not nerves and vessels, which are thin). */
const DEFAULT_KINDS: readonly StructureKind[] = ['muscle', 'bone', 'tendon', 'ligament'];

/**
 * The default set for a view: the structures of DEFAULT_KINDS that show largest, each at least
 * `minShare` of the largest one's pixels, at most `max` of them.
 */
export function defaultNumbered(
  visible: ReadonlyArray<{ id: StructureId; pixels: number; kind: StructureKind }>,
  max = 12,
  minShare = 0.04,
): StructureId[] {
  const candidates = visible.filter((v) => DEFAULT_KINDS.includes(v.kind)).sort((a, b) => b.pixels - a.pixels);
  const largest = candidates[0]?.pixels ?? 0;
  return candidates
    .filter((v) => v.pixels >= largest * minShare)
    .slice(0, max)
    .map((v) => v.id);
}

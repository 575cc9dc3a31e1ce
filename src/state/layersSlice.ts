/**
 * How the model is shown while studying it: which layers (bones, muscles, …) are on, which
 * structures are hidden one by one, an isolated set, x-ray (fade all but the selection), and
 * whether names read in Latin. The scene follows it (VisibilityController); hidden structures are
 * not drawn and so cannot be picked.
 */
import { STRUCTURE_IDS, kindOf } from '../anatomy/ids';
import type { StructureId, StructureKind } from '../anatomy/ids';
import { SIBLINGS } from '../anatomy/structureIndex';
import type { SliceCreator } from './types';

/** The layer switches. Tendons and ligaments share one; attachment areas follow the bones they lie on. */
export const LAYERS = ['bone', 'muscle', 'tendon', 'nerve', 'artery', 'vein', 'skin'] as const;
export type LayerId = (typeof LAYERS)[number];

export const LAYER_LABELS: Record<LayerId, { en: string; la: string }> = {
  bone: { en: 'Bones', la: 'Ossa' },
  muscle: { en: 'Muscles', la: 'Musculi' },
  tendon: { en: 'Tendons and ligaments', la: 'Tendines et ligamenta' },
  nerve: { en: 'Nerves', la: 'Nervi' },
  artery: { en: 'Arteries', la: 'Arteriae' },
  vein: { en: 'Veins', la: 'Venae' },
  skin: { en: 'Skin (see-through)', la: 'Cutis' },
};

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYERS as readonly string[]).includes(value);
}

/** The layer switch that shows or hides structures of a kind. */
export function layerOfKind(kind: StructureKind): LayerId {
  switch (kind) {
    case 'ligament':
      return 'tendon';
    case 'attachment':
      return 'bone';
    default:
      return kind;
  }
}

/** The skin is off by default: the student starts looking at the muscles. */
export const DEFAULT_LAYERS: Readonly<Record<LayerId, boolean>> = {
  bone: true,
  muscle: true,
  tendon: true,
  nerve: true,
  artery: true,
  vein: true,
  skin: false,
};

/** The heads of the gastrocnemius: hiding them uncovers soleus ("peeling"). */
export const GASTROCNEMIUS_HEADS: readonly StructureId[] = ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'];

export interface VisibilityInput {
  layers: Readonly<Record<LayerId, boolean>>;
  hidden: readonly StructureId[];
  isolated: readonly StructureId[] | null;
}

/** Whether a structure is drawn (and pickable): its layer is on, it is not hidden, and it is in the isolated set if any. */
export function isStructureVisible(id: StructureId, s: VisibilityInput): boolean {
  if (s.isolated) return s.isolated.includes(id);
  return s.layers[layerOfKind(kindOf(id))] && !s.hidden.includes(id);
}

/** A structure and the other heads of its muscle (hiding one head of gastrocnemius hides both). */
export function withSiblings(id: StructureId): StructureId[] {
  return [id, ...(SIBLINGS[id] ?? [])];
}

/** Structures x-ray fades: everything drawn except the selection, its sibling heads and what a link lit up. */
export function xrayFaded(selected: StructureId | null, focused: StructureId | null): StructureId[] {
  const keep = new Set<StructureId>(selected ? withSiblings(selected) : []);
  if (focused) keep.add(focused);
  return STRUCTURE_IDS.filter((id) => !keep.has(id));
}

export interface LayersSlice {
  layers: Record<LayerId, boolean>;
  /** Structures hidden one by one ("Hide"). */
  hidden: StructureId[];
  /** When set, only these structures are drawn ("Isolate"). */
  isolated: StructureId[] | null;
  /** Fade everything but the selection. */
  xray: boolean;
  /** Show names (labels, list, panel heading) in Latin. */
  latin: boolean;
  setLayer: (layer: LayerId, on: boolean) => void;
  /** Hide the selected structure with the other heads of its muscle; clears the selection. */
  hideSelected: () => void;
  /** Draw only the selected structure (with its sibling heads). */
  isolateSelected: () => void;
  /** Hide both gastrocnemius heads so that soleus shows. */
  peelGastrocnemius: () => void;
  setXray: (on: boolean) => void;
  /** Every layer back to its default, nothing hidden, nothing isolated, no x-ray. */
  showAll: () => void;
  /** Make a structure visible again (search result, quiz answer): unhide it and turn its layer on. */
  revealStructure: (id: StructureId) => void;
  setLatin: (latin: boolean) => void;
}

const without = (list: readonly StructureId[], remove: readonly StructureId[]) => list.filter((id) => !remove.includes(id));

export const createLayersSlice: SliceCreator<LayersSlice> = (set, get) => ({
  layers: { ...DEFAULT_LAYERS },
  hidden: [],
  isolated: null,
  xray: false,
  latin: false,
  setLayer: (layer, on) => {
    if (!isLayerId(layer)) throw new Error(`Unknown layer ${JSON.stringify(layer)}; available: ${LAYERS.join(', ')}`);
    const s = get();
    const patch: Partial<LayersSlice> = { layers: { ...s.layers, [layer]: on } };
    // Turning a layer on shows its structures, even those hidden one by one or outside an isolation.
    if (on) {
      const ofLayer = STRUCTURE_IDS.filter((id) => layerOfKind(kindOf(id)) === layer);
      patch.hidden = without(s.hidden, ofLayer);
      if (s.isolated) patch.isolated = [...new Set([...s.isolated, ...ofLayer])];
    } else if (s.isolated) {
      patch.isolated = s.isolated.filter((id) => layerOfKind(kindOf(id)) !== layer);
    }
    set(patch);
    const sel = get().selected;
    if (sel && !isStructureVisible(sel, get())) get().clearSelection();
  },
  hideSelected: () => {
    const { selected, hidden, isolated } = get();
    if (!selected) return;
    const heads = withSiblings(selected);
    set({ hidden: [...new Set([...hidden, ...heads])], isolated: isolated ? without(isolated, heads) : null });
    get().clearSelection();
  },
  isolateSelected: () => {
    const { selected } = get();
    if (!selected) return;
    set({ isolated: withSiblings(selected) });
  },
  peelGastrocnemius: () => {
    const { hidden, isolated, selected } = get();
    set({
      hidden: [...new Set([...hidden, ...GASTROCNEMIUS_HEADS])],
      isolated: isolated ? without(isolated, GASTROCNEMIUS_HEADS) : null,
    });
    if (selected && GASTROCNEMIUS_HEADS.includes(selected)) get().clearSelection();
  },
  setXray: (xray) => set({ xray }),
  showAll: () => set({ layers: { ...DEFAULT_LAYERS }, hidden: [], isolated: null, xray: false }),
  revealStructure: (id) => {
    const s = get();
    if (isStructureVisible(id, s)) return;
    const layer = layerOfKind(kindOf(id));
    set({
      layers: { ...s.layers, [layer]: true },
      hidden: without(s.hidden, [id]),
      isolated: s.isolated ? [...s.isolated, id] : null,
    });
  },
  setLatin: (latin) => set({ latin }),
});

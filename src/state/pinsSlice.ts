/**
 * Student pins: a short label stuck to a point of a structure. A pin names the structure and one of
 * its vertices (counted over the structure's meshes in order), so the marker follows the surface
 * when the joints move and the muscles deform. Pins are kept on this device and carried in the link
 * (`pins=`, see encodePins).
 */
import { z } from 'zod';
import { STRUCTURE_IDS, isStructureId, migrateStructureId } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import type { SliceCreator } from './types';

export const MAX_PINS = 40;
export const MAX_PIN_LABEL = 60;
/** Larger than any mesh of the model; anything above is a malformed link. */
const MAX_VERTEX = 1_000_000;

export interface Pin {
  structure: StructureId;
  /** Vertex index over the structure's meshes, in the order the model index lists them. */
  vertex: number;
  label: string;
}

/** Trimmed, single-line, at most MAX_PIN_LABEL characters; null when nothing is left. */
export function cleanPinLabel(label: string): string | null {
  const clean = label.replace(/\s+/g, ' ').trim().slice(0, MAX_PIN_LABEL);
  return clean === '' ? null : clean;
}

export const pinSchema = z.strictObject({
  // pins stored by an earlier model version may name a grouped foot bone: keep them, on its successor
  structure: z.preprocess((v) => migrateStructureId(v) ?? v, z.custom<StructureId>(isStructureId, { error: 'unknown structure id' })),
  vertex: z.number().int().min(0).max(MAX_VERTEX),
  label: z.string().trim().min(1).max(MAX_PIN_LABEL),
});
export const pinsSchema = z.array(pinSchema).max(MAX_PINS);

// Only the separators and the escape character are escaped: URLSearchParams encodes the rest.
const escapeLabel = (label: string) => label.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');

/**
 * The `pins` link parameter: `<structure>:<vertex>:<label>` joined by commas, where structure is the
 * id's position in ids.ts and vertex the vertex index, both base 36 — e.g. `b:1kq:Belly,h:f:Tendon`.
 */
export function encodePins(pins: readonly Pin[]): string {
  return pins
    .map((p) => `${STRUCTURE_IDS.indexOf(p.structure).toString(36)}:${p.vertex.toString(36)}:${escapeLabel(p.label)}`)
    .join(',');
}

/** Reads a `pins` parameter; every malformed entry is dropped and described in `problems`. */
export function decodePins(text: string): { pins: Pin[]; problems: string[] } {
  const pins: Pin[] = [];
  const problems: string[] = [];
  const entries = text.split(',').filter((e) => e !== '');
  entries.forEach((entry, i) => {
    const bad = (why: string) => problems.push(`Pin ${i + 1} in the link was ignored: ${why}.`);
    if (pins.length >= MAX_PINS) return bad(`at most ${MAX_PINS} pins`);
    const parts = entry.split(':');
    if (parts.length !== 3) return bad('expected structure:vertex:label');
    const [s, v, rawLabel] = parts;
    if (!/^[0-9a-z]{1,3}$/.test(s) || !/^[0-9a-z]{1,6}$/.test(v)) return bad('structure and vertex must be base-36 numbers');
    const structure = STRUCTURE_IDS[parseInt(s, 36)];
    if (!structure) return bad(`no structure number ${parseInt(s, 36)}`);
    const vertex = parseInt(v, 36);
    if (vertex > MAX_VERTEX) return bad('vertex out of range');
    let label: string | null;
    try {
      label = cleanPinLabel(decodeURIComponent(rawLabel));
    } catch {
      return bad('its label is not properly escaped');
    }
    if (label === null) return bad('empty label');
    pins.push({ structure, vertex, label });
  });
  return { pins, problems };
}

export interface PinsSlice {
  pins: Pin[];
  /** While true, a click on the model starts a new pin there. */
  pinMode: boolean;
  /** A clicked point waiting for its label. */
  pendingPin: { structure: StructureId; vertex: number } | null;
  setPinMode: (on: boolean) => void;
  /** Called by the scene when the model is clicked in pin mode. */
  startPin: (structure: StructureId, vertex: number) => void;
  /** Saves the pending pin with `label`; false (and nothing saved) when the label is empty. */
  commitPin: (label: string) => boolean;
  cancelPin: () => void;
  removePin: (index: number) => void;
  /** Replace every pin (from the link or this device's storage). */
  setPins: (pins: Pin[]) => void;
}

export const createPinsSlice: SliceCreator<PinsSlice> = (set, get) => ({
  pins: [],
  pinMode: false,
  pendingPin: null,
  setPinMode: (pinMode) => set({ pinMode, pendingPin: pinMode ? get().pendingPin : null }),
  startPin: (structure, vertex) => {
    if (!isStructureId(structure) || !Number.isInteger(vertex) || vertex < 0) {
      throw new Error(`startPin: expected a structure id and a vertex index, received ${String(structure)}, ${vertex}`);
    }
    set({ pendingPin: { structure, vertex } });
  },
  commitPin: (label) => {
    const { pendingPin, pins } = get();
    const clean = cleanPinLabel(label);
    if (!pendingPin || clean === null) return false;
    set({ pins: [...pins, { ...pendingPin, label: clean }].slice(-MAX_PINS), pendingPin: null, pinMode: false });
    return true;
  },
  cancelPin: () => set({ pendingPin: null }),
  removePin: (index) => set({ pins: get().pins.filter((_, i) => i !== index) }),
  setPins: (pins) => set({ pins: pins.slice(0, MAX_PINS) }),
});

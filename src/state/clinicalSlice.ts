/**
 * The clinical lab's state: which preset (test, stretch, palpation step) is shown, the "ruptured
 * calcaneal tendon" toggle, the referred-pain layer and the chosen pain zone. State only: the data
 * and what a preset does live in a chunk loaded on demand (loadClinical), so the lab adds nothing
 * to the JavaScript needed before the model's first frame.
 */
import type { SliceCreator } from './types';

export interface PresetRef {
  id: string;
  /** 0-based step. */
  step: number;
}

export interface ClinicalSlice {
  /** The lab panel is open (it mounts, with its overlays, from a lazily loaded chunk); closing it clears preset, referral and zone. */
  clinicalOpen: boolean;
  /** The preset last applied and its step, or null. */
  preset: PresetRef | null;
  /** Thompson and Matles show the response of a ruptured calcaneal tendon. */
  ruptured: boolean;
  /** The referred-pain layer (trigger points and referral zones) is drawn. */
  referral: boolean;
  /** The skin zone picked in "where does it hurt?", or null. */
  painZoneId: string | null;
  setClinicalOpen: (open: boolean) => void;
  /** Records the preset shown (clinicalActions.applyPreset poses the leg); null leaves the preset. */
  setPresetRef: (preset: PresetRef | null) => void;
  setRuptured: (ruptured: boolean) => void;
  setReferral: (on: boolean) => void;
  setPainZoneId: (zone: string | null) => void;
}

export const createClinicalSlice: SliceCreator<ClinicalSlice> = (set) => ({
  clinicalOpen: false,
  preset: null,
  ruptured: false,
  referral: false,
  painZoneId: null,
  // Closing the lab ends what it shows (overlays, link parameters); the pose stays.
  setClinicalOpen: (clinicalOpen) => set(clinicalOpen ? { clinicalOpen } : { clinicalOpen, preset: null, referral: false, painZoneId: null }),
  setPresetRef: (preset) => set(preset ? { preset, clinicalOpen: true } : { preset }),
  setRuptured: (ruptured) => set({ ruptured }),
  setReferral: (referral) => set(referral ? { referral, clinicalOpen: true } : { referral }),
  setPainZoneId: (painZoneId) => set(painZoneId ? { painZoneId, clinicalOpen: true } : { painZoneId }),
});

type ClinicalActions = typeof import('./clinicalActions');
let loaded: ClinicalActions | null = null;
let loading: Promise<ClinicalActions> | null = null;

/** The lab's actions once their chunk has loaded, else null (see loadClinical). */
export function clinicalActions(): ClinicalActions | null {
  return loaded;
}

/** Loads the lab's data and actions (one chunk, once). */
export function loadClinical(): Promise<ClinicalActions> {
  loading ??= import('./clinicalActions').then((m) => (loaded = m));
  return loading;
}

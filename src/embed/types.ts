/**
 * The public embedding API: `window.anatomyViewer` (and the same calls via postMessage for an
 * iframe). Teachers' slides and LMS pages use it, and so do our own browser tests.
 */
import type { ActionId, StructureId } from '../anatomy/ids';
import type { GroupId, SelectableId } from '../anatomy/groupIds';
import type { LesionId, MovementId } from '../anatomy/functionIds';
import type { FootMotionId } from '../state/footMotionSlice';

/** The four sides, and the sole from below (where the foot's intrinsic muscles are seen). */
export const VIEW_NAMES = ['anterior', 'posterior', 'medial', 'lateral', 'plantar'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface ViewerState {
  /** True once the model is loaded and the first frame is drawn. */
  ready: boolean;
  /** A user-facing error message when loading or rendering failed; null otherwise. */
  error: string | null;
  selected: StructureId | null;
  /** The selected group (e.g. 'triceps_surae'), whose members are lit; null when a structure or nothing is selected. */
  selectedGroup: GroupId | null;
  hovered: StructureId | null;
  /** The attachment area or linked structure currently lit up by a link, if any. */
  focused: StructureId | null;
  action: ActionId | null;
  /**
   * The foot movement playing, driven in the viewer: `inversion`, `eversion` (subtalar joint),
   * `toe_flexion`, `toe_extension` (metatarsophalangeal joints); null when none plays.
   */
  footMotion: FootMotionId | null;
  /**
   * Its joint's angle now in degrees, updated ≤ 10 times a second: inversion > 0 > eversion about
   * the subtalar axis, toe flexion > 0 > toe extension about the MTP axis; 0 when none plays.
   */
  footAngle: number;
  playing: boolean;
  loop: boolean;
  /** Playback speed, 0.25–2. */
  speed: number;
  /** Current joint angles in degrees (knee flexion, ankle plantarflexion; dorsiflexion < 0). */
  angles: { knee: number; ankle: number };
  /** The last view preset applied, or null once the user orbited away from it. */
  view: ViewName | null;
  /** True while a camera flight is running. */
  cameraMoving: boolean;
  /** The selected bone (bone-first navigation), or null. */
  bone: StructureId | null;
  /** The nerve or root cut in the lesion tool, or null. */
  lesion: LesionId | null;
  /**
   * What the cut leaves, at the current pose: each movement's remaining strength (% of intact,
   * from PCSA × moment arm of the muscles producing it) with 'lost' (< 10 %), 'weak' (< 90 %) or
   * 'normal', and the ids of the numb skin territories or dermatomes. null with nothing cut, and
   * until the explorer's chunk has loaded after a cut (a frame or two).
   */
  lesionEffect: {
    movements: Record<MovementId, { strength: number; effect: 'lost' | 'weak' | 'normal' }>;
    numbSkin: string[];
  } | null;
  /** The movement whose prime movers, synergists and antagonists are coloured, or null. */
  movement: MovementId | null;
  /** Whether lines of action are drawn. */
  linesOfAction: boolean;
  /** Moment arms in mm about the joints each crosses, for the muscles whose lines are shown. */
  momentArms: Record<string, { knee?: number; ankle?: number }>;
  /** The clinical-lab preset last applied and its 0-based step, or null. */
  preset: { id: string; step: number } | null;
  /** Whether the referred-pain layer is shown. */
  referral: boolean;
  /** The tour running and its 0-based step, or null. */
  tour: { id: string; step: number } | null;
  /** Muscle–tendon lengths at the current angles, millimetres (kinematics module). */
  lengths: { gastrocnemius_medial_head: number; gastrocnemius_lateral_head: number; soleus: number };
}

/** A clinical-lab preset as `presets()` lists it; `steps` is its number of steps. */
export interface PresetInfo {
  id: string;
  kind: 'test' | 'stretch' | 'palpation';
  title: string;
  steps: number;
}

/** One answer of `painZone(zoneId)`: a structure id when `inModel`, else the muscle's name; source keys. */
export interface PainZoneCandidate {
  muscle: string;
  inModel: boolean;
  source: string;
}

/** `anatomyViewer.live.status()`: this page's part in a live lecture. */
export interface LiveStatusInfo {
  role: 'presenter' | 'student' | null;
  /** Connected to the relay and synced with the room. */
  connected: boolean;
  /** A student whose view follows the presenter's (false for a presenter). */
  following: boolean;
  /** The presenter's count of students following. */
  followers: number;
}

/** Live lecture: students follow the presenter's leg on their own devices (relay: `npm run live`). */
export interface LiveApi {
  /** Make this page the presenter of a new room (or this tab's current one). */
  start(): Promise<{ room: string; joinUrl: string }>;
  status(): LiveStatusInfo;
  /** A student's "Follow again" (true) and "Explore on my own" (false). */
  follow(on: boolean): void;
}

export interface AnatomyViewerApi {
  /** Live lecture (see LiveApi); its code loads on first use. */
  live: LiveApi;
  /** Select a structure or a group (triceps_surae, hamstrings, quadriceps_femoris, pes_anserinus, popliteal_fossa, sole_first_layer … sole_fourth_layer); null clears. */
  select(id: SelectableId | null): boolean;
  /**
   * Play a clip (`plantarflexion`, `knee_flexion`) or a foot movement driven in the viewer: the
   * subtalar joint's `inversion`, `eversion`, or the toes' `toe_flexion` (to 40°), `toe_extension`
   * (to 60°), each neutral → end of range → neutral in a loop until `pause()`.
   */
  play(action: ActionId | FootMotionId): boolean;
  pause(): void;
  setView(name: ViewName | 'reset'): boolean;
  getState(): ViewerState;
  /**
   * A pixel (CSS px, relative to the viewport) where the structure is visible on screen now —
   * verified by a ray from the camera hitting that structure first — or null when it is hidden.
   */
  screenPosition(id: StructureId): { x: number; y: number } | null;
  /**
   * Pose the joints (degrees): knee flexion 0–140, ankle plantarflexion −20–50 (dorsiflexion < 0);
   * either may be left out. False (nothing changes) for a value that is not a number in range.
   * Setting the joint a loaded action drives takes it back from the action. `angles` follows.
   */
  setPose(pose: { knee?: number; ankle?: number }): boolean;
  /** Select a bone and list what attaches to it (footprints lit); null clears it. False for an id that is not a bone. */
  selectBone(id: StructureId | null): boolean;
  /**
   * Cut a nerve or root (`tibial_nerve`, `common_fibular_nerve`, `deep_fibular_nerve`,
   * `superficial_fibular_nerve`, `medial_plantar_nerve`, `lateral_plantar_nerve`, `root_L4`, `root_L5`, `root_S1`, `root_S2`); null restores. False for an unknown id.
   */
  setLesion(id: LesionId | null): boolean;
  /** Draw the lines of action and moment arms of the selected muscle (and the prime movers of the shown movement). */
  showLinesOfAction(on: boolean): boolean;
  /** Colour the muscles of a movement (`plantarflexion`, `dorsiflexion`, `inversion`, `eversion`, `knee_flexion`, `knee_extension`, `toe_flexion`, `toe_extension`); null clears. */
  showAction(id: MovementId | null): boolean;
  /**
   * The clinical lab's presets (tests, stretches, palpation steps). Their data loads on demand,
   * right after the model's first frame: until then this is [] (await `clinicalReady()`).
   */
  presets(): PresetInfo[];
  /** Show step `step` (0-based) of a preset: poses the leg, turns the camera, opens the lab. False for an unknown id or step. */
  applyPreset(id: string, step?: number): boolean;
  /** Show or hide the referred-pain layer (classic trigger points and their referral zones). */
  showReferral(on: boolean): void;
  /** Muscles that can refer pain to a skin zone (`instep`, `heel`, `back_of_knee`, `calf`, `anterior_ankle`, `great_toe`); [] for an unknown zone. */
  painZone(zoneId: string): PainZoneCandidate[];
  /** Resolves once presets() and painZone() can answer (loads the lab's data if needed). */
  clinicalReady(): Promise<true>;
  /** The whole generated flashcard deck as plain text (the fronts as the CSV export words them), for hosts that export it. */
  flashcards(): Promise<FlashcardExport[]>;
}

/** One card of `flashcards()`: `deck` is the deck that holds it (names, muscles, attachments, latin). */
export interface FlashcardExport {
  id: string;
  deck: string;
  front: string;
  back: string;
}

/** postMessage protocol: `{ type: 'anatomy-viewer', id?, method, args }` → reply `{ type: 'anatomy-viewer:result', id, result }`. */
export interface EmbedRequest {
  type: 'anatomy-viewer';
  id?: string | number;
  method: keyof AnatomyViewerApi;
  args?: unknown[];
}

/** Fired on window when the model is loaded and the first frame is drawn. */
export const READY_EVENT = 'anatomy-viewer:ready';

declare global {
  interface Window {
    anatomyViewer?: AnatomyViewerApi;
  }
}

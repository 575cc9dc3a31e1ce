/**
 * What a live lecture publishes: the teaching state of the presenter's viewer (no personal data) and
 * its camera. Pure: zod only. Both sides parse with these schemas, and a field that is unknown, of the
 * wrong type or out of range is dropped on its own (`.catch(undefined)`): one bad value never costs a
 * student the rest of the state, and a newer presenter's extra fields do not break an older student.
 */
import { z } from 'zod';
import { STRUCTURE_IDS, ACTIONS } from '../anatomy/ids';
import { GROUP_IDS } from '../anatomy/groupIds';
import { LESION_IDS, MOVEMENT_IDS } from '../anatomy/functionIds';
import { LAYERS } from '../state/layersSlice';
import { VIEW_NAMES } from '../embed/types';
import { JOINTS } from '../kinematics/joints';

/** The Yjs map every room holds; its keys are the parts below. */
export const LIVE_MAP = 'live';
export const TEACH_KEY = 'teach';
export const CAMERA_KEY = 'camera';
/** Per relay process: how many students follow there (see server/followers.ts). */
export const FOLLOWERS_MAP = 'followers';

/** The relay's reason when it closes a room whose presenter has gone (clients stop retrying). */
export const ROOM_ENDED = 'This live lecture has ended.';

/** A published part never needs more; the relay refuses documents above this (bounded memory per room). */
export const MAX_STATE_BYTES = 16 * 1024;

const structureId = z.enum(STRUCTURE_IDS as [string, ...string[]]);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const degrees = (joint: 'knee' | 'ankle') => z.number().min(JOINTS[joint].range.min).max(JOINTS[joint].range.max);
/** Structure lists are bounded by the model; duplicates and unknown ids are dropped, not fatal. */
const structureList = z
  .array(z.unknown())
  .max(STRUCTURE_IDS.length * 2)
  .transform((list) => [...new Set(list.filter((id): id is string => structureId.safeParse(id).success))]);

export const teachingStateSchema = z.object({
  selected: optional(structureId.nullable()),
  selectedGroup: optional(z.enum(GROUP_IDS as [string, ...string[]]).nullable()),
  /** The attachment area / nerve / vessel a flight lit up, and what was faded to show it. */
  focused: optional(structureId.nullable()),
  faded: optional(structureList),
  action: optional(z.enum(ACTIONS).nullable()),
  playing: optional(z.boolean()),
  loop: optional(z.boolean()),
  speed: optional(z.number().min(0.25).max(2)),
  /** Where the clip was when it was last published (0..1); students seek there when they drift. */
  progress: optional(z.number().min(0).max(1)),
  pose: optional(z.object({ knee: degrees('knee'), ankle: degrees('ankle') })),
  layers: optional(z.object(Object.fromEntries(LAYERS.map((l) => [l, z.boolean()])) as Record<(typeof LAYERS)[number], z.ZodBoolean>)),
  hidden: optional(structureList),
  isolated: optional(structureList.nullable()),
  xray: optional(z.boolean()),
  /** A shipped tour and its 0-based step (students have the same tours). */
  tour: optional(z.object({ id: z.string().regex(/^[a-z0-9_-]{1,64}$/), step: z.number().int().min(0).max(999) }).nullable()),
  lesion: optional(z.enum(LESION_IDS).nullable()),
  movement: optional(z.enum(MOVEMENT_IDS).nullable()),
  linesOfAction: optional(z.boolean()),
  preset: optional(z.object({ id: z.string().regex(/^[a-z0-9_-]{1,64}$/), step: z.number().int().min(0).max(99) }).nullable()),
  referral: optional(z.boolean()),
  view: optional(z.enum(VIEW_NAMES).nullable()),
});
export type TeachingState = z.infer<typeof teachingStateSchema>;

/** Metres around the leg; the viewer's orbit limits keep a real camera far inside this. */
const coordinate = z.number().min(-10).max(10);
const vector = z.tuple([coordinate, coordinate, coordinate]);
export const cameraStateSchema = z.object({ position: vector, target: vector });
export type CameraState = z.infer<typeof cameraStateSchema>;

/** The teaching state in a published value, or null when it is not an object at all. */
export function parseTeachingState(value: unknown): TeachingState | null {
  const r = teachingStateSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** The camera in a published value, or null when any coordinate is missing or out of range. */
export function parseCameraState(value: unknown): CameraState | null {
  const r = cameraStateSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** A following student's report to the relay (a stateless message); nothing else is accepted from students. */
export const studentReportSchema = z.object({ following: z.boolean() });

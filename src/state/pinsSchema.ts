/** Validates pins read back from this device's storage (see persist.ts). */
import { z } from 'zod';
import { isStructureId, migrateStructureId } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import { MAX_PIN_LABEL, MAX_PINS, MAX_VERTEX } from './pinLimits';

export const pinSchema = z.strictObject({
  // pins stored by an earlier model version may name a grouped foot bone: keep them, on its successor
  structure: z.preprocess((v) => migrateStructureId(v) ?? v, z.custom<StructureId>(isStructureId, { error: 'unknown structure id' })),
  vertex: z.number().int().min(0).max(MAX_VERTEX),
  label: z.string().trim().min(1).max(MAX_PIN_LABEL),
});
export const pinsSchema = z.array(pinSchema).max(MAX_PINS);

/**
 * Schema of data/muscle-parameters.json: Hill-type muscle–tendon parameters from a published OpenSim
 * model, with the citation of the model file they were read from. Pure.
 */
import { z } from 'zod';
import { STRUCTURES, isStructureId } from './ids';
import type { StructureId } from './ids';
import { AnatomyDataError, formatIssues } from './errors';

export const DEFAULT_MUSCLE_PARAMETERS_FILE = 'data/muscle-parameters.json';

const text = z.string().trim().min(1, 'expected a non-empty string');
const metres = z.number().positive('expected a positive length in metres').max(1, 'expected metres (≤ 1 m)');

export const hillParametersSchema = z.strictObject({
  /** Name of the actuator in the OpenSim model, e.g. `med_gas_r`. */
  opensimName: text,
  /** Newtons. */
  maxIsometricForce: z.number().positive('expected a positive force in newtons'),
  optimalFiberLength: metres,
  tendonSlackLength: metres,
  /** Radians, at optimal fibre length. */
  pennationAngleAtOptimal: z.number().min(0).lt(Math.PI / 2, 'expected radians below π/2'),
  /** Muscle–tendon length in the OpenSim model with every coordinate at 0 (metres). */
  opensimNeutralMtuLength: metres,
});

export const muscleParametersSchema = z.strictObject({
  source: z.strictObject({ model: text, file: text, year: z.number().int(), citation: text, license: text }),
  forceLength: z.strictObject({ curve: z.literal('gaussian'), kShapeActive: z.number().positive(), citation: text }),
  neutralLengthMethod: text,
  muscles: z.record(z.string(), hillParametersSchema),
});

export type HillParameters = z.infer<typeof hillParametersSchema>;
export type MuscleParametersData = Omit<z.infer<typeof muscleParametersSchema>, 'muscles'> & {
  muscles: Partial<Record<StructureId, HillParameters>>;
};

/**
 * Validates data/muscle-parameters.json; every key must be a muscle id of ids.ts and the tendon must
 * be shorter than the whole muscle–tendon unit at neutral. Throws AnatomyDataError.
 */
export function parseMuscleParameters(json: unknown, file: string = DEFAULT_MUSCLE_PARAMETERS_FILE): MuscleParametersData {
  const result = muscleParametersSchema.safeParse(json);
  if (!result.success) throw new AnatomyDataError(file, formatIssues(result.error.issues));
  const problems: string[] = [];
  for (const [key, p] of Object.entries(result.data.muscles)) {
    if (!isStructureId(key)) problems.push(`muscles.${key}: unknown structure id ${JSON.stringify(key)} (not in src/anatomy/ids.ts)`);
    else if (STRUCTURES[key] !== 'muscle') problems.push(`muscles.${key}: is a ${STRUCTURES[key]}, expected a muscle`);
    if (p.tendonSlackLength >= p.opensimNeutralMtuLength) {
      problems.push(`muscles.${key}.tendonSlackLength: ${p.tendonSlackLength} m is not shorter than the neutral muscle–tendon length ${p.opensimNeutralMtuLength} m`);
    }
  }
  if (problems.length > 0) throw new AnatomyDataError(file, problems);
  return result.data as MuscleParametersData;
}

// The shipped parameters: validated at test time (tests/unit/shippedData.test.ts), not in the browser.
export { muscleParameters } from './shippedMuscleParameters';

/**
 * The muscle parameters shipped in data/muscle-parameters.json, without zod: the file is validated by
 * parseMuscleParameters (muscleParameters.ts) at test time, so the first download needs no schema.
 */
import muscleParametersJson from '../../data/muscle-parameters.json';
import type { MuscleParametersData } from './muscleParameters';

export const muscleParameters = muscleParametersJson as unknown as MuscleParametersData;

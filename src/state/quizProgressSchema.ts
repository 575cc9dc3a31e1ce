/** Validates quiz progress read back from this device's storage (see persist.ts). */
import { z } from 'zod';
import { DEFAULT_QUIZ_LENGTH } from '../anatomy/quizLength';
import { isStructureId } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';

export const quizProgressSchema = z
  .strictObject({
    seed: z.number().int().min(0).max(0xffffffff),
    index: z.number().int().min(0).max(DEFAULT_QUIZ_LENGTH),
    right: z.number().int().min(0).max(DEFAULT_QUIZ_LENGTH),
    wrong: z.number().int().min(0).max(DEFAULT_QUIZ_LENGTH),
    answer: z
      .strictObject({
        correct: z.boolean(),
        feedback: z.string().max(2000),
        choice: z.number().int().min(0).max(10).nullable(),
        picked: z.custom<StructureId>(isStructureId, { error: 'unknown structure id' }).nullable(),
      })
      .nullable(),
  })
  .refine((p) => p.right + p.wrong <= p.index + (p.answer ? 1 : 0), { message: 'score larger than the questions asked' });

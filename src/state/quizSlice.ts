/**
 * Quiz mode: a seeded run of questions from src/anatomy/quiz.ts, the score, and the feedback on the
 * last answer. The questions are regenerated from the seed, so progress saved on this device is just
 * a few numbers (see quizProgressSchema).
 */
import { z } from 'zod';
import { DEFAULT_QUIZ_LENGTH, checkChoice, checkClick, generateQuiz } from '../anatomy/quiz';
import type { Question } from '../anatomy/quiz';
import { isStructureId } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import type { SliceCreator } from './types';

export interface QuizAnswer {
  correct: boolean;
  feedback: string;
  /** The option chosen (choice questions). */
  choice: number | null;
  /** What was clicked (click questions); null for "show me". */
  picked: StructureId | null;
}

export interface QuizProgress {
  seed: number;
  /** The question being asked, 0-based; equal to the length when the quiz is over. */
  index: number;
  right: number;
  wrong: number;
  /** The answer given to the current question, if any (then "Next" moves on). */
  answer: QuizAnswer | null;
}

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

let cached: { seed: number; questions: Question[] } | null = null;
/** The questions of a seed (cached: the same seed always gives the same quiz). */
export function questionsOf(seed: number): Question[] {
  if (cached?.seed !== seed) cached = { seed, questions: generateQuiz(seed, DEFAULT_QUIZ_LENGTH) };
  return cached.questions;
}

export function currentQuestion(p: QuizProgress | null): Question | null {
  if (!p) return null;
  return questionsOf(p.seed)[p.index] ?? null;
}

export function quizLength(p: QuizProgress): number {
  return questionsOf(p.seed).length;
}

export function isQuizOver(p: QuizProgress): boolean {
  return p.index >= quizLength(p);
}

export function newQuizSeed(): number {
  return Math.floor(Math.random() * 0xffffffff) >>> 0;
}

export interface QuizSlice {
  /** The quiz panel is shown (quiz mode). */
  quizOpen: boolean;
  quiz: QuizProgress | null;
  /** Open quiz mode; starts a quiz when none is in progress. */
  setQuizOpen: (open: boolean) => void;
  /** A fresh quiz (new seed unless one is given); the score starts at zero. */
  startQuiz: (seed?: number) => void;
  /** Answer the current choice question with option `index`. */
  answerChoice: (index: number) => void;
  /** Answer the current click question with what was clicked (and, on a bone, the distance to the area in metres). */
  answerClick: (picked: StructureId | null, distanceToAreaM?: number) => void;
  /** Give up on the current question: counts as wrong and shows the answer. */
  revealAnswer: () => void;
  nextQuestion: () => void;
  /** Restore saved progress (from this device). */
  restoreQuiz: (progress: QuizProgress) => void;
}

export const createQuizSlice: SliceCreator<QuizSlice> = (set, get) => {
  const record = (answer: QuizAnswer) => {
    const q = get().quiz;
    if (!q || q.answer || isQuizOver(q)) return;
    set({
      quiz: { ...q, answer, right: q.right + (answer.correct ? 1 : 0), wrong: q.wrong + (answer.correct ? 0 : 1) },
    });
  };
  return {
    quizOpen: false,
    quiz: null,
    setQuizOpen: (open) => {
      set({ quizOpen: open });
      if (open && !get().quiz) get().startQuiz();
    },
    startQuiz: (seed = newQuizSeed()) => {
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`startQuiz: expected a seed 0…2^32-1, received ${seed}`);
      questionsOf(seed);
      set({ quiz: { seed, index: 0, right: 0, wrong: 0, answer: null } });
    },
    answerChoice: (index) => {
      const question = currentQuestion(get().quiz);
      if (!question || question.kind !== 'choice' || get().quiz?.answer) return;
      const result = checkChoice(question, index);
      record({ ...result, choice: index, picked: null });
    },
    answerClick: (picked, distanceToAreaM) => {
      const question = currentQuestion(get().quiz);
      if (!question || question.kind === 'choice' || get().quiz?.answer) return;
      const result = checkClick(question, picked, distanceToAreaM);
      record({ ...result, choice: null, picked });
    },
    revealAnswer: () => {
      const question = currentQuestion(get().quiz);
      if (!question || get().quiz?.answer) return;
      const feedback =
        question.kind === 'choice'
          ? `The answer is ${question.options[question.correctIndex]}: ${question.explanations[question.correctIndex]}`
          : `Shown on the model. ${question.explain}`;
      record({ correct: false, feedback, choice: null, picked: null });
    },
    nextQuestion: () => {
      const q = get().quiz;
      if (!q || isQuizOver(q)) return;
      set({ quiz: { ...q, index: q.index + 1, answer: null } });
    },
    restoreQuiz: (progress) => {
      const parsed = quizProgressSchema.safeParse(progress);
      if (!parsed.success) throw new Error(`restoreQuiz: invalid progress (${parsed.error.issues[0]?.message})`);
      questionsOf(parsed.data.seed);
      set({ quiz: { ...parsed.data, index: Math.min(parsed.data.index, quizLength(parsed.data)) } });
    },
  };
};

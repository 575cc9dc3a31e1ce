/**
 * Quiz mode: a seeded run of questions from src/anatomy/quiz.ts, the score, and the feedback on the
 * last answer. The questions are regenerated from the seed, so progress saved on this device is just
 * a few numbers (see quizProgressSchema).
 */
import { DEFAULT_QUIZ_LENGTH } from '../anatomy/quizLength';
import type { Question } from '../anatomy/quiz';
import type * as QuizModule from '../anatomy/quiz';
import { isStructureId } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import type { SliceCreator } from './types';

// In its own module so the store does not bring zod to the first frame; persist.ts reads it.
export { quizProgressSchema } from './quizProgressSchema';

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


const wholeIn = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/**
 * What is wrong with quiz progress handed to restoreQuiz, or null: the rules of quizProgressSchema
 * without zod, which the store (part of the first download) does not carry.
 */
export function quizProgressProblem(p: QuizProgress): string | null {
  if (!wholeIn(p.seed, 0xffffffff)) return 'seed';
  for (const key of ['index', 'right', 'wrong'] as const) if (!wholeIn(p[key], DEFAULT_QUIZ_LENGTH)) return key;
  const a = p.answer;
  if (a !== null) {
    if (typeof a.correct !== 'boolean' || typeof a.feedback !== 'string' || a.feedback.length > 2000) return 'answer';
    if (a.choice !== null && !wholeIn(a.choice, 10)) return 'answer.choice';
    if (a.picked !== null && !isStructureId(a.picked)) return 'answer.picked: unknown structure id';
  }
  if (p.right + p.wrong > p.index + (a ? 1 : 0)) return 'score larger than the questions asked';
  return null;
}

/** What the slice needs of src/anatomy/quiz.ts. */
export type QuizEngine = Pick<typeof QuizModule, 'generateQuiz' | 'checkChoice' | 'checkClick'>;

// The question generator (and the force–length model it uses) is not part of the first download:
// the interface that opens a quiz loads it and hands it over (DeferredUi.tsx).
let engine: QuizEngine | null = null;

/** Hand the quiz generator to the store (done once the interface that can open a quiz has loaded). */
export function provideQuizEngine(e: QuizEngine): void {
  engine = e;
}

function quizEngine(): QuizEngine {
  if (!engine) throw new Error('quiz: the question generator has not loaded yet (it comes with the interface, after the first frame)');
  return engine;
}

let cached: { seed: number; questions: Question[] } | null = null;
/** The questions of a seed (cached: the same seed always gives the same quiz). */
export function questionsOf(seed: number): Question[] {
  if (cached?.seed !== seed) cached = { seed, questions: quizEngine().generateQuiz(seed, DEFAULT_QUIZ_LENGTH) };
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
      const result = quizEngine().checkChoice(question, index);
      record({ ...result, choice: index, picked: null });
    },
    answerClick: (picked, distanceToAreaM) => {
      const question = currentQuestion(get().quiz);
      if (!question || question.kind === 'choice' || get().quiz?.answer) return;
      const result = quizEngine().checkClick(question, picked, distanceToAreaM);
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
      const problem = quizProgressProblem(progress);
      if (problem) throw new Error(`restoreQuiz: invalid progress (${problem})`);
      questionsOf(progress.seed);
      set({ quiz: { ...progress, index: Math.min(progress.index, quizLength(progress)) } });
    },
  };
};

/** Questions in one quiz run (apart from quiz.ts so the store can check saved progress without it). */
export const DEFAULT_QUIZ_LENGTH = 10;

/**
 * What the study features keep on this device (quiz progress, pins, the Latin switch), through the
 * validated storage of deviceStorage.ts; also the study features' link parameters (`lang`, `pins`).
 */
import { useEffect } from 'react';
import { z } from 'zod';
import { readStored, removeStored, writeStored } from './deviceStorage';
import { useViewer } from './store';
import type { ViewerStore } from './store';
import { decodePins, encodePins, pinsSchema } from './pinsSlice';
import { quizProgressSchema } from './quizSlice';

/** Storage keys, one per feature, versioned so a future format can sit beside this one. */
export const STORAGE_KEYS = {
  quiz: 'anatomy-viewer:quiz:v1',
  pins: 'anatomy-viewer:pins:v1',
  latin: 'anatomy-viewer:latin:v1',
} as const;


// ---- the study features' link parameters and device storage ------------------------------------

const storedQuizSchema = z.strictObject({ open: z.boolean(), progress: quizProgressSchema });

/** Link parameters the study features own: `lang=la` (Latin names) and `pins=` (see encodePins). */
export const STUDY_URL_KEYS = ['lang', 'pins'] as const;

/** The query string with `lang` and `pins` set from the store, other parameters untouched. */
export function studySearch(s: Pick<ViewerStore, 'latin' | 'pins'>, current: string): string {
  const params = new URLSearchParams(current);
  if (s.latin) params.set('lang', 'la');
  else params.delete('lang');
  if (s.pins.length > 0) params.set('pins', encodePins(s.pins));
  else params.delete('pins');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Restores what the study features keep (link first, then this device): Latin names, pins, quiz
 * progress. Returns the problems found, one sentence each, for a notice; bad values are dropped.
 */
export function restoreStudyState(search: string): string[] {
  const s = useViewer.getState();
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const lang = params.get('lang');
  if (lang !== null && lang !== '') {
    if (lang === 'la' || lang === 'en') s.setLatin(lang === 'la');
    else problems.push(`Unknown language ${JSON.stringify(lang.slice(0, 20))} in the link; available: la (Latin), en (English).`);
  } else {
    const latin = readStored(STORAGE_KEYS.latin, z.boolean(), 'language choice');
    if (latin.status === 'ok') s.setLatin(latin.value);
    if (latin.status === 'discarded') problems.push(latin.problem);
  }
  const pinsParam = params.get('pins');
  if (pinsParam !== null && pinsParam !== '') {
    const decoded = decodePins(pinsParam);
    problems.push(...decoded.problems);
    s.setPins(decoded.pins);
  } else {
    const pins = readStored(STORAGE_KEYS.pins, pinsSchema, 'pins');
    if (pins.status === 'ok') s.setPins(pins.value);
    if (pins.status === 'discarded') problems.push(pins.problem);
  }
  const quiz = readStored(STORAGE_KEYS.quiz, storedQuizSchema, 'quiz progress');
  if (quiz.status === 'ok') {
    s.restoreQuiz(quiz.value.progress);
    if (quiz.value.open) s.setQuizOpen(true);
  }
  if (quiz.status === 'discarded') problems.push(quiz.problem);
  return problems;
}

let restored = false;

/**
 * Once per page: restore the study state, report problems in the notice, then keep this device's
 * storage and the link (`lang`, `pins`, via history.replaceState) in step with the store.
 */
export function useStudyPersistence(): void {
  useEffect(() => {
    if (!restored) {
      restored = true;
      const problems = restoreStudyState(window.location.search);
      if (problems.length > 0) {
        const s = useViewer.getState();
        s.showNotice([s.notice, ...problems].filter(Boolean).join(' '));
      }
    }
    const syncUrl = (s: ViewerStore) => {
      const next = studySearch(s, window.location.search);
      if (next !== window.location.search) history.replaceState(history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
    };
    syncUrl(useViewer.getState());
    return useViewer.subscribe((s, prev) => {
      if (s.latin !== prev.latin) writeStored(STORAGE_KEYS.latin, s.latin);
      if (s.pins !== prev.pins) writeStored(STORAGE_KEYS.pins, s.pins);
      if (s.quiz !== prev.quiz || s.quizOpen !== prev.quizOpen) {
        if (s.quiz) writeStored(STORAGE_KEYS.quiz, { open: s.quizOpen, progress: s.quiz });
        else removeStored(STORAGE_KEYS.quiz);
      }
      if (s.latin !== prev.latin || s.pins !== prev.pins) syncUrl(s);
    });
  }, []);
}

import { useEffect } from 'react';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import { formatUrlState, parseUrlState } from './urlState';
import type { UrlState } from './urlState';
import { prefersReducedMotion } from '../scene/reducedMotion';
import { isGroupId } from '../anatomy/groupIds';
import { currentBone } from '../state/explorerSlice';

function urlStateOf(s: ViewerStore): UrlState {
  return {
    select: s.selected ?? s.selectedGroup,
    action: s.action,
    view: s.view,
    focus: s.focused,
    bone: currentBone(s),
    lesion: s.lesion,
    movement: s.movement,
    lines: s.linesOfAction,
  };
}

/**
 * Applies the link's state at startup (selection at once; view, action and focus once the model is
 * ready) and then mirrors the store into the URL with history.replaceState.
 */
export function applyUrlAtStartup(search = window.location.search): void {
  const { state, problems, renamed } = parseUrlState(search);
  const s = useViewer.getState();
  const rejected = problems.length > 0 ? `${problems.join(' ')} Showing the default view instead.` : '';
  if (rejected || renamed.length > 0) s.showNotice([...renamed, rejected].filter(Boolean).join(' '));
  if (renamed.length > 0 && search === window.location.search) {
    // the link named an id of an earlier model version: put its successor in the address bar, so the
    // link shared from here on names the current id
    const params = new URLSearchParams(search);
    for (const key of ['select', 'focus'] as const) {
      const id = state[key];
      if (id && params.has(key)) params.set(key, id);
    }
    history.replaceState(history.state, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  }
  if (state.select && isGroupId(state.select)) s.selectGroup(state.select);
  else if (state.select) s.select(state.select);
  // A bone link wins over a select link: bone-first navigation selects the bone.
  if (state.bone) s.selectBone(state.bone);
  if (state.lesion) s.setLesion(state.lesion);
  if (state.movement) s.setMovement(state.movement);
  if (state.lines) s.setLinesOfAction(true);
  if (state.view) useViewer.setState({ view: state.view });
  const whenReady = () => {
    const st = useViewer.getState();
    if (state.action) {
      // Reduced motion: load the action without starting it.
      if (prefersReducedMotion()) {
        st.play(state.action);
        st.pause();
      } else st.play(state.action);
    }
    if (state.focus) st.flyToFocus(state.focus);
  };
  if (state.action || state.focus) {
    if (s.ready) whenReady();
    else {
      const unsub = useViewer.subscribe((st) => {
        if (st.ready) {
          unsub();
          whenReady();
        }
      });
    }
  }
}

/** Keeps the query string in sync with the store (replaceState: no history entry per click). */
export function useUrlSync(): void {
  useEffect(() => {
    let last = formatUrlState(urlStateOf(useViewer.getState()), window.location.search);
    return useViewer.subscribe((s) => {
      const next = formatUrlState(urlStateOf(s), window.location.search);
      if (next === last) return;
      last = next;
      history.replaceState(history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
    });
  }, []);
}

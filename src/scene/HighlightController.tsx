import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { GROUP_MEMBERS, PRIME_MOVERS, SIBLINGS } from '../anatomy/structureIndex';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import { highlightOf, pulse } from './highlight';
import type { HighlightInput } from './highlight';
import { applyLook } from './applyHighlight';
import type { ModelIndex } from './modelIndex';
import { prefersReducedMotion } from './reducedMotion';
import { xrayFaded } from '../state/layersSlice';

/** How long a lit-up structure pulses before it settles to a steady glow (keeps idle frames at zero). */
const PULSE_SECONDS = 4;

function inputOf(s: ViewerStore): HighlightInput {
  let siblings: readonly StructureId[] = [];
  if (s.selected) siblings = [...(SIBLINGS[s.selected] ?? [])];
  const groupMembers = s.selectedGroup ? [...GROUP_MEMBERS[s.selectedGroup]] : [];
  return {
    selected: s.selected,
    hovered: s.hovered,
    focused: s.focused,
    // X-ray (layers panel) fades everything but the selection (a group's members), on top of any focus fading.
    faded: s.xray ? xrayFaded(s.selected, s.focused).filter((id) => !groupMembers.includes(id)) : s.faded,
    siblings,
    groupMembers,
    primeMovers: s.playing && s.action ? [...PRIME_MOVERS[s.action]] : [],
  };
}

/** Keeps every structure's own material in step with selection, hover, focus, fading and playback. */
export function HighlightController({ index }: { index: ModelIndex }) {
  const invalidate = useThree((s) => s.invalidate);
  const pulseStart = useRef<number | null>(null);

  useEffect(() => {
    const apply = (s: ViewerStore) => {
      const input = inputOf(s);
      for (const entry of index.structures.values()) applyLook(entry, highlightOf(entry.id, input));
      invalidate();
    };
    apply(useViewer.getState());
    return useViewer.subscribe((s, prev) => {
      if (
        s.selected !== prev.selected ||
        s.selectedGroup !== prev.selectedGroup ||
        s.hovered !== prev.hovered ||
        s.focused !== prev.focused ||
        s.faded !== prev.faded ||
        s.action !== prev.action ||
        s.playing !== prev.playing ||
        s.xray !== prev.xray
      ) {
        if (s.focused !== prev.focused) pulseStart.current = s.focused ? performance.now() : null;
        apply(s);
      }
    });
  }, [index, invalidate]);

  useFrame(() => {
    const start = pulseStart.current;
    const focused = useViewer.getState().focused;
    if (start === null || focused === null) return;
    const entry = index.structures.get(focused);
    if (!entry) return;
    const t = (performance.now() - start) / 1000;
    const reduced = prefersReducedMotion();
    if (t > PULSE_SECONDS || reduced) {
      applyLook(entry, { role: 'focused', faded: false }, 1);
      pulseStart.current = null;
    } else {
      applyLook(entry, { role: 'focused', faded: false }, pulse(t));
    }
    invalidate();
  });
  return null;
}

/**
 * The study features' pure rules: which structures a layer setup draws, the `pins` link encoding,
 * and the quiz progress that is kept on this device.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { STRUCTURE_IDS } from '../../src/anatomy/ids';
import { DEFAULT_LAYERS, isStructureVisible, layerOfKind, xrayFaded } from '../../src/state/layersSlice';
import { decodePins, encodePins } from '../../src/state/pinsSlice';
import { checkChoice, checkClick, generateQuiz } from '../../src/anatomy/quiz';
import { provideQuizEngine, quizProgressSchema } from '../../src/state/quizSlice';
import { initialViewerState, useViewer } from '../../src/state/store';

beforeEach(() => useViewer.setState(initialViewerState, true));

describe('layers', () => {
  it('ligaments share the tendon switch and attachment areas follow the bones', () => {
    expect(layerOfKind('ligament')).toBe('tendon');
    expect(layerOfKind('attachment')).toBe('bone');
  });

  it('the skin is the only structure hidden by default', () => {
    const hidden = STRUCTURE_IDS.filter((id) => !isStructureVisible(id, { layers: DEFAULT_LAYERS, hidden: [], isolated: null }));
    expect(hidden).toEqual(['skin']);
  });

  it('Hide on one gastrocnemius head hides both and clears the selection; soleus stays', () => {
    const s = useViewer.getState();
    s.select('gastrocnemius_lateral_head');
    s.hideSelected();
    const after = useViewer.getState();
    expect(after.selected).toBeNull();
    expect(isStructureVisible('gastrocnemius_medial_head', after)).toBe(false);
    expect(isStructureVisible('gastrocnemius_lateral_head', after)).toBe(false);
    expect(isStructureVisible('soleus', after)).toBe(true);
  });

  it('isolate keeps only the selection; revealing a structure adds it; show all resets', () => {
    const s = useViewer.getState();
    s.select('soleus');
    s.isolateSelected();
    expect(isStructureVisible('tibia', useViewer.getState())).toBe(false);
    s.revealStructure('tibial_nerve');
    expect(isStructureVisible('tibial_nerve', useViewer.getState())).toBe(true);
    s.showAll();
    expect(isStructureVisible('tibia', useViewer.getState())).toBe(true);
  });

  it('x-ray fades all but the selection with its sibling head and the lit-up structure', () => {
    const faded = xrayFaded('gastrocnemius_medial_head', 'calcaneal_tendon_insertion_area');
    expect(faded).not.toContain('gastrocnemius_medial_head');
    expect(faded).not.toContain('gastrocnemius_lateral_head');
    expect(faded).not.toContain('calcaneal_tendon_insertion_area');
    expect(faded).toContain('soleus');
  });

  it('an unknown layer is refused with a clear message', () => {
    expect(() => useViewer.getState().setLayer('bones' as never, false)).toThrow(/unknown layer "bones"/i);
  });
});

describe('pins link parameter', () => {
  it('round-trips labels with separators and escapes', () => {
    const pins = [
      { structure: 'soleus' as const, vertex: 1234, label: 'belly: deep, broad 100%' },
      { structure: 'calcaneus' as const, vertex: 0, label: 'heel' },
    ];
    const text = encodePins(pins);
    expect(text.split(',')).toHaveLength(2);
    expect(decodePins(text)).toEqual({ pins, problems: [] });
  });

  it('drops malformed entries and says which', () => {
    const { pins, problems } = decodePins('zz:1:x,1:2,1:!:y,1:2:%E0%A4%A,1:3:   ');
    expect(pins).toEqual([]);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/pin 1 .*no structure number/i);
    expect(problems[1]).toMatch(/structure:vertex:label/);
  });
});

// The app hands the generator over when its interface loads (DeferredUi.tsx); so does this test.
provideQuizEngine({ generateQuiz, checkChoice, checkClick });

describe('quiz progress', () => {
  it('accepts a saved run and rejects a score larger than the questions asked', () => {
    const ok = { seed: 7, index: 2, right: 1, wrong: 1, answer: null };
    expect(quizProgressSchema.safeParse(ok).success).toBe(true);
    expect(quizProgressSchema.safeParse({ ...ok, right: 3 }).success).toBe(false);
    expect(quizProgressSchema.safeParse({ ...ok, seed: 'x' }).success).toBe(false);
  });

  it('answers move the score once per question; next moves on', () => {
    const s = useViewer.getState();
    s.startQuiz(42);
    const q = useViewer.getState().quiz!;
    s.revealAnswer();
    s.revealAnswer();
    expect(useViewer.getState().quiz).toMatchObject({ seed: q.seed, index: 0, right: 0, wrong: 1 });
    s.nextQuestion();
    expect(useViewer.getState().quiz).toMatchObject({ index: 1, answer: null });
  });
});

/**
 * Selecting a group (issue 15): the store keeps either a structure or a group, never both; the
 * highlight rule lights every member as selected; links carry a group id in `select`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getGroup } from '../../src/anatomy/groups';
import { STRUCTURE_IDS } from '../../src/anatomy/ids';
import { formatUrlState, parseUrlState } from '../../src/embed/urlState';
import { highlightOf } from '../../src/scene/highlight';
import type { HighlightInput } from '../../src/scene/highlight';
import { initialViewerState, useViewer } from '../../src/state/store';

beforeEach(() => useViewer.setState(initialViewerState, true));

describe('group selection in the store', () => {
  it('selecting a group clears the structure selection and focus, and selecting a structure clears the group', () => {
    const s = useViewer.getState();
    s.select('soleus');
    s.focus('soleus_origin_area');
    s.selectGroup('triceps_surae');
    expect(useViewer.getState()).toMatchObject({ selected: null, selectedGroup: 'triceps_surae', focused: null });
    useViewer.getState().select('gastrocnemius_medial_head');
    expect(useViewer.getState()).toMatchObject({ selected: 'gastrocnemius_medial_head', selectedGroup: null });
  });

  it('clearSelection (Esc, empty click) clears a selected group', () => {
    useViewer.getState().selectGroup('hamstrings');
    useViewer.getState().clearSelection();
    expect(useViewer.getState()).toMatchObject({ selected: null, selectedGroup: null });
  });
});

describe('highlight of a selected group', () => {
  const input = (members: readonly string[]): HighlightInput => ({
    selected: null,
    hovered: null,
    focused: null,
    faded: [],
    siblings: [],
    groupMembers: members as HighlightInput['siblings'],
    primeMovers: [],
  });

  it('every member of triceps surae looks selected and nothing else does', () => {
    const members = getGroup('triceps_surae').members;
    const lit = STRUCTURE_IDS.filter((id) => highlightOf(id, input(members)).role === 'selected');
    expect(lit.sort()).toEqual([...members].sort());
  });

  it('a focused member still shows as focused (the link glow wins)', () => {
    const look = highlightOf('soleus', { ...input(getGroup('triceps_surae').members), focused: 'soleus' });
    expect(look.role).toBe('focused');
  });
});

describe('links with a group', () => {
  it('?select=triceps_surae parses as a group and is written back unchanged', () => {
    const { state, problems } = parseUrlState('?select=triceps_surae&view=posterior');
    expect(problems).toEqual([]);
    expect(state.select).toBe('triceps_surae');
    expect(formatUrlState(state)).toBe('?select=triceps_surae&view=posterior');
  });

  it('a group id is not accepted as a focus target (focus flies to one structure)', () => {
    const { state, problems } = parseUrlState('?focus=hamstrings');
    expect(state.focus).toBeNull();
    expect(problems[0]).toMatch(/Unknown structure "hamstrings" in the link \(focus\)/);
  });
});

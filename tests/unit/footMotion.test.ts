/**
 * Inversion and eversion as viewer-driven movements of the subtalar joint (store slice
 * footMotionSlice.ts): they and the clips never play together, and pausing stops them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { initialViewerState, useViewer } from '../../src/state/store';
import { isFootMotionId } from '../../src/state/footMotionSlice';

beforeEach(() => useViewer.setState(initialViewerState, true));

describe('subtalar movements', () => {
  it('knows inversion and eversion only', () => {
    expect(isFootMotionId('inversion')).toBe(true);
    expect(isFootMotionId('eversion')).toBe(true);
    expect(isFootMotionId('pronation')).toBe(false);
  });

  it('starting one stops a playing clip; starting a clip or pausing stops it', () => {
    const s = useViewer.getState();
    s.play('plantarflexion');
    s.playFootMotion('inversion');
    expect(useViewer.getState()).toMatchObject({ footMotion: 'inversion', playing: false });
    useViewer.getState().play('knee_flexion');
    expect(useViewer.getState()).toMatchObject({ footMotion: null, playing: true });
    useViewer.getState().playFootMotion('eversion');
    useViewer.getState().pause();
    expect(useViewer.getState().footMotion).toBeNull();
  });
});

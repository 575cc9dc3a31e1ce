/**
 * Inversion and eversion (subtalar joint) and toe flexion and extension (metatarsophalangeal
 * joints) as viewer-driven movements (store slice footMotionSlice.ts): they and the clips never
 * play together, and pausing stops them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { initialViewerState, useViewer } from '../../src/state/store';
import { FOOT_MOTION_JOINTS, isFootMotionId } from '../../src/state/footMotionSlice';
import { SUBTALAR, TOES } from '../../src/kinematics/joints';
import { footReadout } from '../../src/ui/jointReadout';

beforeEach(() => useViewer.setState(initialViewerState, true));

describe('subtalar movements', () => {
  it('knows inversion, eversion, toe flexion and toe extension only', () => {
    for (const id of ['inversion', 'eversion', 'toe_flexion', 'toe_extension']) expect(isFootMotionId(id), id).toBe(true);
    expect(isFootMotionId('pronation')).toBe(false);
    expect(isFootMotionId('great_toe_flexion')).toBe(false);
  });

  it('turns the subtalar joint for inversion and eversion, the MTP joints for the toes, each to its end of range', () => {
    expect(FOOT_MOTION_JOINTS.inversion).toEqual({ joint: SUBTALAR, end: 20 });
    expect(FOOT_MOTION_JOINTS.eversion).toEqual({ joint: SUBTALAR, end: -10 });
    // flexion positive, extension (dorsiflexion of the toes) negative: AAOS / Norkin & White
    expect(FOOT_MOTION_JOINTS.toe_flexion).toEqual({ joint: TOES, end: 40 });
    expect(FOOT_MOTION_JOINTS.toe_extension).toEqual({ joint: TOES, end: -60 });
    expect(TOES.node).toBe('toes_joint');
  });

  it('a toe movement replaces a subtalar one; stopping returns the reported angle to 0', () => {
    const s = useViewer.getState();
    s.playFootMotion('inversion');
    s.reportFootAngle(12);
    useViewer.getState().playFootMotion('toe_extension');
    expect(useViewer.getState()).toMatchObject({ footMotion: 'toe_extension', footAngle: 0 });
    useViewer.getState().reportFootAngle(-30);
    useViewer.getState().stopFootMotion();
    expect(useViewer.getState()).toMatchObject({ footMotion: null, footAngle: 0 });
    useViewer.getState().playFootMotion('toe_flexion');
    useViewer.getState().reportFootAngle(20);
    useViewer.getState().pause();
    expect(useViewer.getState()).toMatchObject({ footMotion: null, footAngle: 0 });
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

  it('reads out the toes and the subtalar joint in words', () => {
    expect(footReadout('toe_extension', -42.4)).toBe('Toes 42° extension');
    expect(footReadout('toe_flexion', 30)).toBe('Toes 30° flexion');
    expect(footReadout('toe_flexion', 0.2)).toBe('Toes 0° (neutral)');
    expect(footReadout('eversion', -7.6)).toBe('Subtalar 8° eversion');
  });
});

import { describe, expect, it } from 'vitest';
import { anatomy, primeMovers } from '../../src/anatomy/data';
import { ACTIONS } from '../../src/anatomy/ids';
import type { StructureId } from '../../src/anatomy/ids';
import { AREA_BONE, GROUP_MEMBERS, PRIME_MOVERS, SIBLINGS } from '../../src/anatomy/structureIndex';

describe('the first-frame index of structures.json', () => {
  const infos = Object.values(anatomy.structures);

  it('lists the sibling heads each muscle names', () => {
    const fromData = Object.fromEntries(infos.filter((i) => i.muscle?.siblings.length).map((i) => [i.id, i.muscle!.siblings]));
    expect(SIBLINGS).toEqual(fromData);
  });

  it('lists the prime movers of every action', () => {
    for (const action of ACTIONS) expect([...PRIME_MOVERS[action]].sort(), action).toEqual(primeMovers(action).sort());
  });

  it('names the bone under every attachment area a muscle end points to', () => {
    const fromData: Partial<Record<StructureId, StructureId>> = {};
    for (const info of infos) {
      for (const end of [info.muscle?.origin, info.muscle?.insertion]) if (end?.area && end.bone) fromData[end.area] ??= end.bone;
    }
    expect(AREA_BONE).toEqual(fromData);
  });

  it('lists the members of every group', () => {
    expect(GROUP_MEMBERS).toEqual(Object.fromEntries(Object.entries(anatomy.groups).map(([id, g]) => [id, g.members])));
  });
});

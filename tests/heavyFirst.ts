/**
 * vitest's sequencer, except that the files known to be CPU-heavy start first. Without a cache of
 * earlier durations (a fresh CI checkout) vitest starts the largest files first, and the small
 * modelDeterminism test (it rebuilds the whole model, ≈ 45 s of CPU) then ran last, alone, after
 * every other unit file had finished: started first, it runs beside them.
 */
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';

/** Measured CPU-heavy files, heaviest first (npm test's slowest-files list). */
const HEAVY = ['tests/unit/modelDeterminism.test.ts', 'tests/unit/kneeKinematics.test.ts', 'tests/unit/model.test.ts'];

const rank = (spec: TestSpecification): number => {
  const at = HEAVY.findIndex((file) => spec.moduleId.replaceAll('\\', '/').endsWith(file));
  return at < 0 ? HEAVY.length : at;
};

export default class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // a stable sort: the rest keep vitest's order
    return sorted
      .map((spec, at) => ({ spec, at }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.at - b.at)
      .map(({ spec }) => spec);
  }
}

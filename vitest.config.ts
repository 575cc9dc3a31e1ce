import { defineConfig } from 'vitest/config';
import HeavyFirst from './tests/heavyFirst';

// One runner: unit tests (pure modules, model contents) and e2e tests (built app in headless Chromium).
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }], './tests/reporters/slowestFiles.ts'],
    sequence: { sequencer: HeavyFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // vitest runs the unit files as one group before the e2e files (a project without file
          // parallelism gets a group of its own, and groups run one after another), with one worker
          // per core but one: a single worker on a 2-core machine. Two: the model rebuild
          // (modelDeterminism) runs beside the other files instead of before or after them.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

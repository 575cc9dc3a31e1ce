/**
 * A vitest reporter that prints the ten slowest test files when the run ends (wall time of each
 * file: collecting it, its hooks and its tests), so a slow file shows up in every `npm test`.
 * `.ci/run` prints its "N passed, N failed" line after this, as the last line.
 */
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules
      .map((m) => {
        const d = m.diagnostic();
        return { file: m.relativeModuleId, project: m.project.name, ms: d.collectDuration + d.duration, tests: [...m.children.allTests()].length };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (rows.length === 0) return;
    const total = modules.reduce((sum, m) => sum + m.diagnostic().collectDuration + m.diagnostic().duration, 0);
    const lines = rows.map(
      (r) => `  ${(r.ms / 1000).toFixed(1).padStart(7)} s  ${String(r.tests).padStart(3)} tests  ${r.project.padEnd(4)} ${r.file}`,
    );
    console.log(`\nSlowest ${rows.length} of ${modules.length} test files (all files: ${(total / 1000).toFixed(0)} s):\n${lines.join('\n')}\n`);
  }
}

import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends each run with one plain line, "N passed, N failed, N skipped", that tools reading a run's last lines
 * understand (Vitest's own summary is a table). The default reporter still prints everything else.
 */
export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const notes: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          // A test that skipped itself with ctx.skip(reason) says why (e.g. the labeled corpus is absent).
          const result = test.result();
          if (result.state === 'skipped' && result.note) notes.push(`skipped: ${test.fullName} — ${result.note}`);
        }
      }
    }
    if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}

/**
 * A Vitest reporter that lists every skipped test with the reason its `ctx.skip(condition, reason)` gave,
 * after the run (the default reporter shows a skip without its note). A skip with no reason is reported
 * as such and fails the run: every skip must say what a reader can check. The Playwright counterpart is
 * e2e/support/skip-reasons.ts.
 */
import type { Reporter, TestCase } from 'vitest/node';

export default class SkipReasons implements Reporter {
  private readonly skipped: Array<{ title: string; reason: string }> = [];

  onTestCaseResult(test: TestCase): void {
    const result = test.result();
    if (result.state !== 'skipped') return;
    this.skipped.push({
      title: `${test.module.moduleId.replace(process.cwd() + '/', '')} › ${test.fullName}`,
      reason: result.note ?? test.meta().skipReason ?? '',
    });
  }

  onTestRunEnd(): void {
    if (this.skipped.length === 0) return;
    console.log(`\nSkipped tests and why (${this.skipped.length}):`);
    for (const s of this.skipped) console.log(`  - ${s.title}\n      ${s.reason || 'NO REASON GIVEN'}`);
    if (this.skipped.some((s) => !s.reason)) process.exitCode = 1;
  }
}

/**
 * A reporter that lists every skipped test with the reason its `test.skip(condition, reason)` gave,
 * after the run, so a reader of the log sees why (the list reporter prints a bare "-"). A skip with
 * no reason is reported as such, and fails the run: every skip must say what a reader can check.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasons implements Reporter {
  private readonly skipped: Array<{ title: string; reason: string }> = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const annotations = [...test.annotations, ...(result.annotations ?? [])];
    const reason = annotations.find((a) => a.type === 'skip' && a.description)?.description ?? '';
    this.skipped.push({
      title: `[${test.parent.project()?.name ?? '?'}] ${test.titlePath().slice(2).join(' › ')}`,
      reason,
    });
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    if (this.skipped.length === 0) return undefined;
    console.log(`\nSkipped tests and why (${this.skipped.length}):`);
    for (const s of this.skipped) console.log(`  - ${s.title}\n      ${s.reason || 'NO REASON GIVEN'}`);
    return this.skipped.some((s) => !s.reason) ? { status: 'failed' } : { status: result.status };
  }
}

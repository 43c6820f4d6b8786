/**
 * Skips with a reason a reader can check (printed after the run by scripts/vitest-skip-reasons.ts).
 * A single test skips with `ctx.skip(condition, 'reason')` written at its call site; `skipAllWhen(condition, 'reason')`
 * inside a describe skips each of its tests with the same reason, both written where they are used.
 */
import { beforeEach } from 'vitest';

/** Every test of the enclosing describe is skipped when `condition` holds, with `reason` written at the call site. */
export function skipAllWhen(condition: boolean, reason: string): void {
  beforeEach((ctx) => {
    ctx.skip(condition, reason);
  });
}

/**
 * Skips with a reason a reader can check (printed after the run by scripts/vitest-skip-reasons.ts).
 * A single test skips with `skipWhen(ctx, condition, 'reason')` written at its call site; `skipAllWhen(condition,
 * 'reason')` inside a describe skips each of its tests with the same reason, both written where they are used.
 * The reason is kept as the skip's note and in the test's `meta.skipReason`, which the JSON reporter writes out
 * (it drops the note), so a machine-read report says why too.
 */
import { beforeEach, type TestContext } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why the test was skipped, with a check a reader can run. */
    skipReason?: string;
  }
}

/** Skips the test of `ctx` when `condition` holds, with `reason` as its note and in its meta. */
export function skipWhen(ctx: TestContext, condition: boolean, reason: string): void {
  if (condition) ctx.task.meta.skipReason = reason;
  ctx.skip(condition, reason);
}

/** Every test of the enclosing describe is skipped when `condition` holds, with `reason` written at the call site. */
export function skipAllWhen(condition: boolean, reason: string): void {
  beforeEach((ctx) => skipWhen(ctx, condition, reason));
}

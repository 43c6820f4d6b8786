/**
 * Vitest setup: a skipped test keeps the reason its `ctx.skip(condition, 'reason')` gave (in a `beforeEach`, the reason a literal at the call) in its
 * `meta.skipReason` too, because the JSON reporter writes meta out and drops the note. The reason is
 * written where the skip is; scripts/vitest-skip-reasons.ts lists every skip with it after the run.
 */
import { afterEach } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why the test was skipped, with a check a reader can run. */
    skipReason?: string;
  }
}

afterEach((ctx) => {
  // (The note is on the result at run time, not in its declared type.)
  const result = ctx.task.result as { state?: string; note?: string } | undefined;
  if (result?.state === 'skip' && result.note) ctx.task.meta.skipReason = result.note;
});

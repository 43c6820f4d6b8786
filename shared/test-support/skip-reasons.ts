/**
 * Every test of the enclosing describe skips when `condition` holds, with `reason` (written at the call
 * site, with a check a reader can run) as each skip's note. It is the one way a Vitest test skips: a
 * single test that may skip gets a describe of its own. scripts/vitest-skip-reasons.ts lists every
 * skip with its reason after the run, and skip-note-meta.ts copies it into the test's meta for the
 * JSON reporter.
 */
import { beforeEach } from 'vitest';

export function skipAllWhen(condition: boolean, reason: string): void {
  beforeEach((ctx) => ctx.skip(condition, reason));
}

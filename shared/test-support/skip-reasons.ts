/**
 * Skips with a reason a reader can check (printed after the run by scripts/vitest-skip-reasons.ts).
 * A single test skips with `ctx.skip(condition, 'reason')` written at its call site; `skipAllWhen(reason)`
 * inside a describe skips each of its tests with the same reason (a null reason runs them).
 */
import { beforeEach } from 'vitest';

/** Every test of the enclosing describe is skipped, with `reason`, when `reason` is not null. */
export function skipAllWhen(reason: string | null): void {
  beforeEach((ctx) => {
    if (reason) ctx.skip(reason);
  });
}

/** Why a POSIX-only test (symlinks, named pipes, permissions) does not run here; null where it does. */
export const notPosix: string | null =
  process.platform === 'win32'
    ? `this is ${process.platform}; the test needs POSIX symlinks, named pipes and permissions (check: node -p process.platform)`
    : null;

/**
 * Skips with a reason a reader can check (printed after the run by scripts/vitest-skip-reasons.ts).
 * `skipWhen(ctx, reason)` inside a test; `skipAllWhen(reason)` inside a describe skips each of its
 * tests with the same reason (a null reason runs them).
 */
import { beforeEach } from 'vitest';

/** This test is skipped, with `reason`, when `reason` is not null (it then says what was missing and how to check). */
export function skipWhen(ctx: { skip: (note: string) => void }, reason: string | null): void {
  if (reason) ctx.skip(reason);
}

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

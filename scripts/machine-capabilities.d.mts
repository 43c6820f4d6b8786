/** Types of machine-capabilities.mjs, for vitest.config.ts and playwright.config.ts. */
export declare const NEEDS_PRIVATE_TMPFS: { vitest: string; playwright: string };
export declare function machineCapabilities(): {
  privateTmpfs: boolean;
  electronBinary: string | null;
  notRunHere(runner: 'vitest' | 'playwright'): string[];
};

/** Types of electron-binary.mjs, for the tests and Playwright specs that import it. */
export declare const electronPackageDir: () => string;
export declare function findElectron(packageDir?: string, env?: NodeJS.ProcessEnv): string | null;
/** Why findElectron found nothing: the file it looked for and a command that shows it is missing. */
export declare function whyNoElectron(packageDir?: string, env?: NodeJS.ProcessEnv): string;
export declare function downloadElectron(
  packageDir?: string,
  env?: NodeJS.ProcessEnv,
): { binary: string } | { binary: null; reason: string };

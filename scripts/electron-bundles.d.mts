/** Types of electron-bundles.mjs, for the test that builds and runs the bundled worker. */
import type { BuildOptions } from 'esbuild';
export declare const mainBundle: BuildOptions;
export declare const workerBundle: BuildOptions;
export declare const preloadBundle: BuildOptions;

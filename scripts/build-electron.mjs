// Bundles the main process (ESM), the corpus worker (ESM) and the preload (CommonJS).
// Dependencies are bundled; only `electron` itself stays external.
import { build } from 'esbuild';
import { mainBundle, preloadBundle, workerBundle } from './electron-bundles.mjs';

await build(mainBundle);
await build(workerBundle);
await build(preloadBundle);

// Bundles the main process (ESM) and the preload (CommonJS: sandboxed preloads cannot be ESM).
// Dependencies are bundled into main; only `electron` itself stays external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'info',
};

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist-electron/main.js',
  format: 'esm',
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  external: [...common.external, 'playwright-core', 'chromium-bidi'],
});

// The derivation runs on a worker thread in the app: its own bundle beside main.
await build({
  ...common,
  entryPoints: ['electron/services/corpus/derive-worker.ts'],
  outfile: 'dist-electron/derive-worker.mjs',
  format: 'esm',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
});

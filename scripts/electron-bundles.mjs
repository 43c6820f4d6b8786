// The esbuild options of the app's bundles, shared by the build and by the test that runs the bundled worker.

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'info',
};

// Bundled CommonJS dependencies may call require(); give ESM output one.
const requireBanner = {
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

export const mainBundle = {
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist-electron/main.js',
  format: 'esm',
  banner: requireBanner,
  external: [...common.external, 'playwright-core', 'chromium-bidi'],
};

// The derivation runs on a worker thread in the app: its own bundle beside main. (Its file readers
// are imported on first use: esbuild keeps them in the bundle, evaluated only when a file is imported.)
export const workerBundle = {
  ...common,
  entryPoints: ['electron/services/corpus/derive-worker.ts'],
  outfile: 'dist-electron/derive-worker.mjs',
  format: 'esm',
  banner: requireBanner,
};

// Sandboxed preloads cannot be ESM.
export const preloadBundle = {
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
};

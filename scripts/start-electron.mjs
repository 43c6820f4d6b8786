// `npm start`: launches the built app in Electron. Installs here run with ignore-scripts (.npmrc),
// so Electron's own download step has not run yet on a fresh clone: run it now, once, and say
// plainly what to do if it cannot reach the network.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

let binary = electronBinary();
if (!binary) {
  console.log('Downloading the Electron binary (first start only)…');
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
  binary = result.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.error(
    '\nStandpoint could not start Electron: its binary is not installed and could not be downloaded.\n' +
      'Connect to the network once and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to a local Electron.\n' +
      'Browser mode needs no Electron: `npm run web`.',
  );
  process.exit(1);
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

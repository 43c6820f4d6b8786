// `npm start`: launches the built app in Electron. Installs here run with ignore-scripts (.npmrc),
// so Electron's own download step has not run yet on a fresh clone: run it now, once, and say
// plainly — in a few lines, without the installer's stack trace — what to do if it cannot.
import { spawn } from 'node:child_process';
import { downloadElectron, findElectron } from './electron-binary.mjs';

let binary = findElectron();
if (!binary) {
  console.log('Downloading the Electron binary (first start only)…');
  const download = downloadElectron();
  binary = download.binary;
  if (!binary) {
    console.error(
      `\nStandpoint could not start Electron: its binary is not installed and could not be downloaded (${download.reason}).\n` +
        'Connect to the network once and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to a local Electron.\n' +
        'Browser mode needs no Electron: `npm run web`.',
    );
    process.exit(1);
  }
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

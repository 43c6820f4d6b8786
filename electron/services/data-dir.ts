import os from 'node:os';
import path from 'node:path';

/**
 * Where browser mode keeps the analyst's work by default: the same folder Electron uses as
 * userData for "Standpoint", so both front ends read the same store files.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Standpoint');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Standpoint');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Standpoint');
}

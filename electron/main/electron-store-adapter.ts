/** The analyst store under Electron: electron-store, with the same options the Node (conf) store uses. */
import Store from 'electron-store';
import { STORE_OPTIONS, type OpenStore } from '../services/analyst/key-value-store';

export const openElectronStore: OpenStore = (dir, name) => {
  const store = new Store<Record<string, unknown>>({ cwd: dir, name, ...STORE_OPTIONS });
  return {
    path: store.path,
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
};

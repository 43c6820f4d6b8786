import type { StateCreator } from 'zustand';
import type { Preferences } from '../../../shared/model';
import { platform } from '../platform';
import { messageOf } from './matrix.slice';
import type { Store } from '.';

export interface PreferencesSlice {
  preferences: Preferences;
  preferencesLoaded: boolean;
  preferencesError: string | null;
  loadPreferences: () => Promise<void>;
  savePreferences: (patch: Partial<Preferences>) => Promise<boolean>;
}

export const createPreferencesSlice: StateCreator<Store, [], [], PreferencesSlice> = (set) => ({
  preferences: { author: '', theme: 'system' },
  preferencesLoaded: false,
  preferencesError: null,
  loadPreferences: async () => {
    try {
      set({ preferences: await platform['preferences:get']({}), preferencesLoaded: true });
    } catch (error) {
      set({ preferencesError: messageOf(error), preferencesLoaded: true });
    }
  },
  savePreferences: async (patch) => {
    try {
      set({ preferences: await platform['preferences:set']({ patch }), preferencesError: null });
      return true;
    } catch (error) {
      set({ preferencesError: messageOf(error) });
      return false;
    }
  },
});

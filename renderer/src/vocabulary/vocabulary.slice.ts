import type { StateCreator } from 'zustand';
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { messageOf } from '../store/matrix.slice';
import type { LoadStatus } from '../store/types';
import type { Store } from '../store';

export type VocabularyFile = RequestReply<'vocabulary:get'>;
export type VocabularySuggestions = RequestReply<'vocabulary:suggest'>;
export type VocabularyTab = 'parties' | 'demands' | 'cues' | 'roles' | 'suggestions';

export interface VocabularySlice {
  /** ontology.json as read; the analyst's edits are laid over it in the view. */
  vocabularyFile: VocabularyFile | null;
  vocabularyStatus: LoadStatus;
  vocabularyError: string | null;
  vocabularyTab: VocabularyTab;
  suggestions: VocabularySuggestions | null;
  suggestStatus: LoadStatus;
  suggestError: string | null;
  /** Suggestions the analyst set aside this session, by key. */
  dismissedSuggestions: string[];
  loadVocabulary: () => Promise<void>;
  /** Opens the Vocabulary view at a tab (the matrix's empty state and the toolbar use it). */
  openVocabulary: (tab?: VocabularyTab) => void;
  setVocabularyTab: (tab: VocabularyTab) => void;
  suggest: () => Promise<void>;
  dismissSuggestion: (key: string) => void;
}

export const createVocabularySlice: StateCreator<Store, [], [], VocabularySlice> = (set, get) => ({
  vocabularyFile: null,
  vocabularyStatus: 'idle',
  vocabularyError: null,
  vocabularyTab: 'parties',
  suggestions: null,
  suggestStatus: 'idle',
  suggestError: null,
  dismissedSuggestions: [],
  loadVocabulary: async () => {
    set({ vocabularyStatus: 'loading', vocabularyError: null });
    try {
      set({ vocabularyFile: await platform['vocabulary:get']({}), vocabularyStatus: 'ready' });
    } catch (error) {
      set({ vocabularyStatus: 'error', vocabularyError: messageOf(error) });
    }
  },
  openVocabulary: (tab) => {
    if (tab) set({ vocabularyTab: tab });
    get().setDialog('vocabulary');
    if (tab === 'suggestions' && get().suggestStatus === 'idle') void get().suggest();
  },
  setVocabularyTab: (tab) => set({ vocabularyTab: tab }),
  suggest: async () => {
    set({ suggestStatus: 'loading', suggestError: null });
    try {
      set({ suggestions: await platform['vocabulary:suggest']({}), suggestStatus: 'ready' });
    } catch (error) {
      set({ suggestStatus: 'error', suggestError: messageOf(error) });
    }
  },
  dismissSuggestion: (key) => set((s) => ({ dismissedSuggestions: [...s.dismissedSuggestions, key] })),
});

import type { RequestArgs, RequestReply } from '../../../shared/ipc/contract';

/** What main answers for the analyst layer: the data, where anchors lie now, undo state, notices. */
export type AnalystSnapshot = RequestReply<'analyst:get'>;
export type AnalystAction = RequestArgs<'analyst:apply'>['action'];
export type SearchHit = RequestReply<'corpus:search'>['hits'][number];
export type ExportOptions = RequestArgs<'export:build'>['options'];
export type ExportFormat = RequestArgs<'export:build'>['format'];
export type StoreNotice = AnalystSnapshot['notices'][number];

/** A party × demand pair, named by ids. */
export interface CellRef {
  party: string;
  demand: string;
}

/** A range in a document the reader should scroll to and mark. */
export interface TextRange {
  start: number;
  end: number;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

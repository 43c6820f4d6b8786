/**
 * The names of every request and event, without their schemas, so the sandboxed preload can
 * list them without bundling the validator (main validates; the preload only forwards).
 */
export const REQUEST_NAMES = [
  'app:info',
  'matrix:get',
  'matrix:progress',
  'document:get',
  'corpus:search',
  'analyst:get',
  'analyst:apply',
  'analyst:undo',
  'analyst:redo',
  'analyst:dismiss-notices',
  'analyst:save-status',
  'preferences:get',
  'preferences:set',
  'export:build',
  'print:html',
  'vocabulary:get',
  'vocabulary:suggest',
  'snapshots:list',
  'workspace:get',
  'workspace:create',
  'workspace:open',
  'workspace:copy',
  'workspace:choose-folder',
  'folder:list',
  'import:choose-files',
  'import:upload',
  'import:prepare',
  'import:add',
  'import:discard',
  'documents:list',
  'document:update',
  'document:remove',
] as const;

export const EVENT_NAMES = ['menu:command', 'workspace:changed'] as const;

export type RequestName = (typeof REQUEST_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

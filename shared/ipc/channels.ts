/**
 * The names of every request and event, without their schemas, so the sandboxed preload can
 * list them without bundling the validator (main validates; the preload only forwards).
 */
export const REQUEST_NAMES = [
  'app:info',
  'matrix:get',
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
] as const;

export const EVENT_NAMES = ['menu:command'] as const;

export type RequestName = (typeof REQUEST_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

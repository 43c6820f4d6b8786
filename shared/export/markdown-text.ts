/** Markdown text pieces shared by the briefing's sections. */
import type { Note } from '../model/analyst';
import { STANCE_GLYPHS, STANCE_LABELS, type Stance } from '../model/stance';
import { oneLine } from './text';

/** Escapes Markdown syntax in running text so a quote can never become a link, heading or table. */
export function mdText(value: string): string {
  return oneLine(value).replace(/([\\`*_[\]{}<>#|!~])/g, '\\$1');
}

export const stanceText = (s: Stance) => `${STANCE_GLYPHS[s]} ${STANCE_LABELS[s]}`;
export const day = (iso: string) => iso.slice(0, 10);

export function noteLine(n: Note): string {
  return `✎ **Analyst note** (${mdText(n.author)}, ${day(n.updatedAt)}): ${mdText(n.text)}`;
}

/**
 * What the analyst typed into a party's or a demand's editor, turned into the changes to send: only
 * the fields that differ from the entry as it stands, each list tidied, each problem named. Pure, so
 * the editors stay thin and this is tested on its own.
 */
import type { DemandChanges, PartyChanges } from '../model/analyst';
import type { Demand, DemandFrame, Official, Party, StanceCues } from '../model/ontology';
import { PHRASE_MAX_LENGTH } from '../model/limits';
import { readPhraseLines } from './ids';

export interface OfficialDraft {
  name: string;
  /** Other spellings, comma-separated. */
  aliases: string;
  role: string;
  from: string;
  to: string;
}

export interface PartyDraft {
  name: string;
  aliases: string;
  adjectives: string;
  officials: OfficialDraft[];
  hidden: boolean;
}

export const FRAME_FIELDS = [
  'subjects',
  'strongSubjects',
  'weakSubjects',
  'anchors',
  'restrictions',
  'opposites',
] as const;
export type FrameField = (typeof FRAME_FIELDS)[number];

export interface DemandDraft extends Record<FrameField, string> {
  title: string;
  description: string;
  phrases: string;
  counterPhrases: string;
  proposedBy: string[];
  addressedTo: string[];
  hidden: boolean;
}

export interface Drafted<T> {
  /** Null when nothing differs from the entry as it stands. */
  changes: T | null;
  problems: string[];
}

const lines = (list: readonly string[] | undefined) => (list ?? []).join('\n');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A list as the editor reads it back: ontology.json may hold repeats or spaces the editor tidies away. */
export const tidyList = (list: readonly string[] | undefined): string[] =>
  readPhraseLines(lines(list)).phrases;
/** Whether the typed list is the stored one, tidied: opening an editor never makes it unsaved. */
const sameList = (typed: string[], stored: readonly string[] | undefined) => same(typed, tidyList(stored));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function normalOfficial(o: Official): Official {
  const out: Official = { name: o.name, role: o.role };
  if (o.aliases?.length) out.aliases = [...o.aliases];
  if (o.from) out.from = o.from;
  if (o.to) out.to = o.to;
  return out;
}

export function partyDraft(party: Party): PartyDraft {
  return {
    name: party.name,
    aliases: lines(party.aliases),
    adjectives: lines(party.adjectives),
    officials: (party.officials ?? []).map((o) => ({
      name: o.name,
      aliases: (o.aliases ?? []).join(', '),
      role: o.role,
      from: o.from ?? '',
      to: o.to ?? '',
    })),
    hidden: party.hidden ?? false,
  };
}

function readOfficials(drafts: OfficialDraft[], problems: string[]): Official[] {
  return drafts.flatMap((d, i) => {
    const at = `Official ${i + 1}${d.name.trim() ? ` (${d.name.trim()})` : ''}`;
    const name = d.name.trim();
    const role = d.role.trim();
    if (!name && !role && !d.aliases.trim() && !d.from && !d.to) return []; // an empty row is no official
    if (!name) problems.push(`${at}: the name must not be empty.`);
    if (!role) problems.push(`${at}: the office must not be empty.`);
    for (const [field, value] of [
      ['start', d.from],
      ['end', d.to],
    ] as const) {
      if (value && (!DATE.test(value) || Number.isNaN(Date.parse(value))))
        problems.push(`${at}: the ${field} date “${value}” is not a date YYYY-MM-DD.`);
    }
    if (d.from && d.to && d.to < d.from) problems.push(`${at}: the office ends before it starts.`);
    const aliases = d.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    for (const text of [name, role, ...aliases])
      if (text.length > PHRASE_MAX_LENGTH)
        problems.push(`${at}: “${text.slice(0, 40)}…” is longer than ${PHRASE_MAX_LENGTH} characters.`);
    return [normalOfficial({ name, role, aliases, from: d.from || null, to: d.to || null })];
  });
}

/** A name or title as typed, trimmed; an empty or over-long one is a problem. */
function requiredText(what: string, typed: string, problems: string[]): string {
  const text = typed.trim();
  if (!text) problems.push(`The ${what} must not be empty.`);
  else if (text.length > PHRASE_MAX_LENGTH)
    problems.push(`The ${what} is longer than ${PHRASE_MAX_LENGTH} characters.`);
  return text;
}

function readList(label: string, text: string, problems: string[]): string[] {
  const read = readPhraseLines(text);
  problems.push(...read.problems.map((p) => `${label}: ${p}`));
  return read.phrases;
}

export function partyChanges(party: Party, draft: PartyDraft): Drafted<PartyChanges> {
  const problems: string[] = [];
  const changes: PartyChanges = {};
  const name = requiredText('name', draft.name, problems);
  if (name !== party.name) changes.name = name;
  const aliases = readList('Aliases', draft.aliases, problems);
  if (!sameList(aliases, party.aliases)) changes.aliases = aliases;
  const adjectives = readList('Adjectives', draft.adjectives, problems);
  if (!sameList(adjectives, party.adjectives)) changes.adjectives = adjectives;
  const officials = readOfficials(draft.officials, problems);
  if (!same(officials, (party.officials ?? []).map(normalOfficial))) changes.officials = officials;
  if (draft.hidden !== (party.hidden ?? false)) changes.hidden = draft.hidden;
  return { changes: Object.keys(changes).length ? changes : null, problems };
}

export function demandDraft(demand: Demand): DemandDraft {
  const frame = demand.frame;
  return {
    title: demand.title,
    description: demand.description,
    phrases: lines(demand.phrases),
    counterPhrases: lines(demand.counterPhrases),
    ...(Object.fromEntries(FRAME_FIELDS.map((f) => [f, lines(frame?.[f])])) as Record<FrameField, string>),
    proposedBy: [...(demand.proposedBy ?? [])],
    addressedTo: [...(demand.addressedTo ?? [])],
    hidden: demand.hidden ?? false,
  };
}

function normalFrame(frame: DemandFrame | undefined): DemandFrame | undefined {
  if (!frame || FRAME_FIELDS.every((f) => !frame[f]?.length)) return undefined;
  const out: DemandFrame = {
    subjects: frame.subjects,
    restrictions: frame.restrictions,
    opposites: frame.opposites,
  };
  for (const f of ['strongSubjects', 'weakSubjects', 'anchors'] as const)
    if (frame[f]?.length) out[f] = frame[f];
  return out;
}

/** The frame's lists this editor does not show: a changed frame is sent whole, so they go with it unchanged. */
function unshownLists(frame: DemandFrame | undefined): Partial<DemandFrame> {
  const out: Partial<DemandFrame> = {};
  for (const f of [
    'weakOpposites',
    'restrictionsAfter',
    'ellipticalSubjects',
    'anchoredSubjects',
    'principles',
    'withdrawalPlaces',
  ] as const)
    if (frame?.[f]?.length) out[f] = [...(frame[f] as string[])];
  return out;
}

function tidyFrame(frame: DemandFrame | undefined): DemandFrame | undefined {
  if (!frame) return undefined;
  return Object.fromEntries(FRAME_FIELDS.map((f) => [f, tidyList(frame[f])])) as unknown as DemandFrame;
}

const FRAME_LABELS: Record<FrameField, string> = {
  subjects: 'Subjects',
  strongSubjects: 'Strong subjects',
  weakSubjects: 'Weak subjects',
  anchors: 'Anchors',
  restrictions: 'Restrictions',
  opposites: 'Opposites',
};

export function demandChanges(demand: Demand, draft: DemandDraft): Drafted<DemandChanges> {
  const problems: string[] = [];
  const changes: DemandChanges = {};
  const title = requiredText('title', draft.title, problems);
  if (title !== demand.title) changes.title = title;
  const description = draft.description.trim();
  if (description.length > 2_000) problems.push('The description is longer than 2,000 characters.');
  if (description !== demand.description) changes.description = description;
  const phrases = readList('Phrases', draft.phrases, problems);
  if (!sameList(phrases, demand.phrases)) changes.phrases = phrases;
  const counter = readList('Counter-phrases', draft.counterPhrases, problems);
  if (!sameList(counter, demand.counterPhrases)) changes.counterPhrases = counter;
  const read = Object.fromEntries(
    FRAME_FIELDS.map((f) => [f, readList(FRAME_LABELS[f], draft[f], problems)]),
  ) as Record<FrameField, string[]>;
  const frame = normalFrame(read as DemandFrame);
  if (!same(frame, normalFrame(tidyFrame(demand.frame))))
    changes.frame = {
      ...(frame ?? { subjects: [], restrictions: [], opposites: [] }),
      ...unshownLists(demand.frame),
    };
  if (!same(draft.proposedBy, demand.proposedBy ?? [])) changes.proposedBy = [...draft.proposedBy];
  if (!same(draft.addressedTo, demand.addressedTo ?? [])) changes.addressedTo = [...draft.addressedTo];
  if (draft.hidden !== (demand.hidden ?? false)) changes.hidden = draft.hidden;
  return { changes: Object.keys(changes).length ? changes : null, problems };
}

export type CueKind = keyof StanceCues;

export function cueChanges(
  cues: StanceCues,
  draft: Partial<Record<CueKind, string>>,
  labels: Record<CueKind, string>,
): Drafted<Partial<StanceCues>> {
  const problems: string[] = [];
  const changes: Partial<StanceCues> = {};
  for (const [kind, text] of Object.entries(draft) as Array<[CueKind, string]>) {
    const list = readList(labels[kind], text, problems);
    if (!sameList(list, cues[kind])) changes[kind] = list;
  }
  return { changes: Object.keys(changes).length ? changes : null, problems };
}

/**
 * Idempotent creates. A client may choose the id of an item it creates; if the request reached
 * main and was saved but the reply was lost, sending it again must not add a second item. A create
 * whose id already names an item that says the same thing is a replay (nothing to do); one whose
 * id names anything else is refused, so an id can never silently change meaning.
 */
import { RequestError } from '../ipc/contract';
import type { AnalystData, Authored, TextAnchor } from '../model/analyst';
import type { AnalystAction } from './apply';
import { COLLECTIONS, itemsOf } from './change';

const CREATES = [
  'note:create',
  'override:set',
  'citation:create',
  'rejection:create',
  'ontology:add-party',
  'ontology:add-demand',
  'ontology:add-alias',
  'ontology:add-phrase',
] as const;
type Create = Extract<AnalystAction, { type: (typeof CREATES)[number] }>;

/** Actions that make a new item, and so may carry the id their client chose for it. */
export const isCreate = (action: AnalystAction): action is Create =>
  (CREATES as readonly string[]).includes(action.type);

const sameRange = (anchor: TextAnchor, range: { document: string; start: number; end: number }) =>
  anchor.document === range.document && anchor.start === range.start && anchor.end === range.end;

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Whether `item` is what `action` would have created. */
function matches(item: Authored, action: Create): boolean {
  const it = item as Authored & Record<string, unknown>;
  switch (action.type) {
    case 'note:create': {
      const target = it.target as { kind: string } & Record<string, unknown>;
      if (it.text !== action.text || target?.kind !== action.target.kind) return false;
      const t = action.target;
      if (t.kind === 'cell') return target.party === t.party && target.demand === t.demand;
      if (t.kind === 'citation') return target.citationKey === t.citationKey;
      return sameRange(target.anchor as TextAnchor, t.range);
    }
    case 'override:set':
      return (
        it.party === action.party &&
        it.demand === action.demand &&
        it.stance === action.stance &&
        it.rationale === action.rationale
      );
    case 'citation:create':
      return (
        it.party === action.party &&
        it.demand === action.demand &&
        it.stance === action.stance &&
        it.comment === action.comment &&
        sameRange(it.anchor as TextAnchor, action.range)
      );
    case 'rejection:create':
      return it.citationKey === action.citationKey && it.reason === action.reason;
    case 'ontology:add-party':
      return (
        it.kind === 'party' &&
        it.partyId === action.partyId &&
        it.name === action.name &&
        sameList(it.aliases as string[], action.aliases) &&
        JSON.stringify(it.adjectives ?? null) === JSON.stringify(action.adjectives ?? null) &&
        JSON.stringify(it.officials ?? null) === JSON.stringify(action.officials ?? null)
      );
    case 'ontology:add-demand':
      return (
        it.kind === 'demand' &&
        it.demandId === action.demandId &&
        it.title === action.title &&
        it.description === action.description &&
        sameList(it.phrases as string[], action.phrases)
      );
    case 'ontology:add-alias':
      return it.kind === 'alias' && it.partyId === action.partyId && it.alias === action.alias;
    case 'ontology:add-phrase':
      return it.kind === 'phrase' && it.demandId === action.demandId && it.phrase === action.phrase;
    default:
      return false;
  }
}

/**
 * True when `action` is a create whose client-chosen id names an item it already made (a replay:
 * do nothing). False when there is no such id. Throws when the id is taken by something else.
 */
export function isReplay(data: AnalystData, action: AnalystAction): boolean {
  if (!isCreate(action) || action.id === undefined) return false;
  for (const collection of COLLECTIONS) {
    const item = itemsOf(data, collection).find((i) => i.id === action.id);
    if (!item) continue;
    if (matches(item, action)) return true;
    throw new RequestError(`The id "${action.id}" already names another item; a new item needs a new id.`, [
      'action.id',
    ]);
  }
  return false;
}

/**
 * Applies one analyst action to the analyst data, immutably: the previous data stays intact so the
 * history can restore it. Author and times come from the caller (preferences and an injected clock),
 * ids from an injected generator, so the result is reproducible in tests.
 */
import type { z } from 'zod';
import { RequestError } from '../ipc/contract';
import type { analystActionSchema } from '../ipc/schemas';
import type { AnalystData, Authored, NoteTarget } from '../model/analyst';
import { anchorFromRange, type AnchorableDocument } from './anchor';
import { applyVocabularyAction, isVocabularyAction } from './apply-vocabulary';

export type AnalystAction = z.output<typeof analystActionSchema>;

export interface ApplyContext {
  /** Recorded on new items; an edit keeps the creator as author and only moves updatedAt. */
  author: string;
  /** ISO timestamp for createdAt / updatedAt. */
  now: string;
  newId: () => string;
  getDocument: (id: string) => AnchorableDocument | undefined;
}

export interface Applied {
  data: AnalystData;
  /** What the action did, in the analyst's words, for undo/redo menus. */
  label: string;
  /** The item created, changed or removed. */
  itemId: string;
}

type Collection = 'notes' | 'overrides' | 'citations' | 'rejections' | 'ontologyEdits' | 'reviewMarks';
const WHAT: Record<Collection, string> = {
  notes: 'note',
  overrides: 'override',
  citations: 'analyst citation',
  rejections: 'citation rejection',
  ontologyEdits: 'ontology edit',
  reviewMarks: 'review mark',
};

function indexOrThrow(data: AnalystData, collection: Collection, id: string): number {
  const index = ((data[collection] ?? []) as Authored[]).findIndex((item) => item.id === id);
  if (index === -1) throw new RequestError(`No ${WHAT[collection]} with id "${id}"`, ['action.id']);
  return index;
}

function replaceAt<T>(items: T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

function removeAt<T>(items: T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function documentOrThrow(ctx: ApplyContext, id: string): AnchorableDocument {
  const document = ctx.getDocument(id);
  if (!document) throw new RequestError(`No document with id "${id}"`, ['action.range.document']);
  return document;
}

export function applyAction(data: AnalystData, action: AnalystAction, ctx: ApplyContext): Applied {
  // A create may carry the id its client chose (see replay.ts); otherwise main makes one.
  const fresh = (chosen?: string): Authored => ({
    id: chosen ?? ctx.newId(),
    author: ctx.author,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  if (isVocabularyAction(action)) return applyVocabularyAction(data, action, () => fresh(), ctx.now);
  switch (action.type) {
    case 'note:create': {
      const t = action.target;
      let target: NoteTarget;
      if (t.kind === 'range') {
        target = {
          kind: 'range',
          anchor: anchorFromRange(documentOrThrow(ctx, t.range.document), t.range.start, t.range.end),
        };
      } else {
        target = t;
      }
      const note = { ...fresh(action.id), target, text: action.text };
      return { data: { ...data, notes: [...data.notes, note] }, label: 'Add note', itemId: note.id };
    }
    case 'note:update': {
      const i = indexOrThrow(data, 'notes', action.id);
      const note = { ...data.notes[i]!, text: action.text, updatedAt: ctx.now };
      return {
        data: { ...data, notes: replaceAt(data.notes, i, note) },
        label: 'Edit note',
        itemId: note.id,
      };
    }
    case 'note:set-key': {
      const i = indexOrThrow(data, 'notes', action.id);
      const note = { ...data.notes[i]!, key: action.key, updatedAt: ctx.now };
      return {
        data: { ...data, notes: replaceAt(data.notes, i, note) },
        label: action.key ? 'Mark note as key judgement' : 'Unmark key judgement',
        itemId: note.id,
      };
    }
    case 'note:delete': {
      const i = indexOrThrow(data, 'notes', action.id);
      return { data: { ...data, notes: removeAt(data.notes, i) }, label: 'Delete note', itemId: action.id };
    }
    case 'override:set': {
      // One override per cell: setting it again edits the existing one.
      const label = `Override ${action.party} × ${action.demand}`;
      const i = data.overrides.findIndex((o) => o.party === action.party && o.demand === action.demand);
      if (i !== -1) {
        const override = {
          ...data.overrides[i]!,
          stance: action.stance,
          rationale: action.rationale,
          updatedAt: ctx.now,
        };
        return {
          data: { ...data, overrides: replaceAt(data.overrides, i, override) },
          label,
          itemId: override.id,
        };
      }
      const { party, demand, stance, rationale } = action;
      const override = { ...fresh(action.id), party, demand, stance, rationale };
      return { data: { ...data, overrides: [...data.overrides, override] }, label, itemId: override.id };
    }
    case 'override:delete': {
      const i = indexOrThrow(data, 'overrides', action.id);
      const o = data.overrides[i]!;
      return {
        data: { ...data, overrides: removeAt(data.overrides, i) },
        label: `Remove override ${o.party} × ${o.demand}`,
        itemId: action.id,
      };
    }
    case 'citation:create': {
      const anchor = anchorFromRange(
        documentOrThrow(ctx, action.range.document),
        action.range.start,
        action.range.end,
      );
      const { party, demand, stance, comment } = action;
      const citation = { ...fresh(action.id), party, demand, stance, anchor, comment };
      return {
        data: { ...data, citations: [...data.citations, citation] },
        label: 'Add citation',
        itemId: citation.id,
      };
    }
    case 'citation:update': {
      const i = indexOrThrow(data, 'citations', action.id);
      const old = data.citations[i]!;
      const citation = {
        ...old,
        stance: action.stance ?? old.stance,
        comment: action.comment ?? old.comment,
        updatedAt: ctx.now,
      };
      return {
        data: { ...data, citations: replaceAt(data.citations, i, citation) },
        label: 'Edit citation',
        itemId: old.id,
      };
    }
    case 'citation:delete': {
      const i = indexOrThrow(data, 'citations', action.id);
      return {
        data: { ...data, citations: removeAt(data.citations, i) },
        label: 'Delete citation',
        itemId: action.id,
      };
    }
    case 'rejection:create': {
      // One rejection per citation: rejecting again updates the reason.
      const i = data.rejections.findIndex((r) => r.citationKey === action.citationKey);
      if (i !== -1) {
        const rejection = { ...data.rejections[i]!, reason: action.reason, updatedAt: ctx.now };
        return {
          data: { ...data, rejections: replaceAt(data.rejections, i, rejection) },
          label: 'Edit rejection reason',
          itemId: rejection.id,
        };
      }
      const rejection = {
        ...fresh(action.id),
        citationKey: action.citationKey,
        reason: action.reason,
        ...(action.quote === undefined ? {} : { quote: action.quote }),
      };
      return {
        data: { ...data, rejections: [...data.rejections, rejection] },
        label: 'Reject citation',
        itemId: rejection.id,
      };
    }
    case 'rejection:delete': {
      const i = indexOrThrow(data, 'rejections', action.id);
      return {
        data: { ...data, rejections: removeAt(data.rejections, i) },
        label: 'Restore citation',
        itemId: action.id,
      };
    }
    case 'ontology:add-party': {
      if (data.ontologyEdits.some((e) => e.kind === 'party' && e.partyId === action.partyId)) {
        throw new RequestError(`Party "${action.partyId}" has already been added`, ['action.partyId']);
      }
      const edit = {
        ...fresh(action.id),
        kind: 'party' as const,
        partyId: action.partyId,
        name: action.name,
        aliases: action.aliases,
        // A party accepted from the suggestions comes with its adjectives and officials.
        ...(action.adjectives ? { adjectives: action.adjectives } : {}),
        ...(action.officials ? { officials: action.officials } : {}),
      };
      return {
        data: { ...data, ontologyEdits: [...data.ontologyEdits, edit] },
        label: `Add party ${action.name}`,
        itemId: edit.id,
      };
    }
    case 'ontology:add-demand': {
      if (data.ontologyEdits.some((e) => e.kind === 'demand' && e.demandId === action.demandId)) {
        throw new RequestError(`Demand "${action.demandId}" has already been added`, ['action.demandId']);
      }
      const { demandId, title, description, phrases } = action;
      const edit = { ...fresh(action.id), kind: 'demand' as const, demandId, title, description, phrases };
      return {
        data: { ...data, ontologyEdits: [...data.ontologyEdits, edit] },
        label: `Add demand ${title}`,
        itemId: edit.id,
      };
    }
    case 'ontology:add-alias': {
      const edit = {
        ...fresh(action.id),
        kind: 'alias' as const,
        partyId: action.partyId,
        alias: action.alias,
      };
      return {
        data: { ...data, ontologyEdits: [...data.ontologyEdits, edit] },
        label: `Add alias “${action.alias}”`,
        itemId: edit.id,
      };
    }
    case 'ontology:add-phrase': {
      const edit = {
        ...fresh(action.id),
        kind: 'phrase' as const,
        demandId: action.demandId,
        phrase: action.phrase,
      };
      return {
        data: { ...data, ontologyEdits: [...data.ontologyEdits, edit] },
        label: `Add phrase “${action.phrase}”`,
        itemId: edit.id,
      };
    }
    case 'ontology:delete-edit': {
      const i = indexOrThrow(data, 'ontologyEdits', action.id);
      return {
        data: { ...data, ontologyEdits: removeAt(data.ontologyEdits, i) },
        label: 'Remove ontology edit',
        itemId: action.id,
      };
    }
    case 'review:decide': {
      const s = action.suggestion;
      if (!s)
        throw new RequestError(`Suggestion "${action.suggestionId}" is not in the review queue`, [
          'action.suggestionId',
        ]);
      const decisions = data.reviewDecisions ?? [];
      if (decisions.some((d) => d.suggestionId === action.suggestionId))
        throw new RequestError(`Suggestion "${action.suggestionId}" has already been decided`, [
          'action.suggestionId',
        ]);
      const decision = { ...fresh(), suggestionId: action.suggestionId, decision: action.decision, ...s };
      const verb = action.decision === 'accepted' ? 'Accept' : 'Dismiss';
      return {
        data: { ...data, reviewDecisions: [...decisions, decision] },
        label: `${verb} ${s.party} × ${s.demand}: ${s.fromStance} → ${s.toStance}`,
        itemId: decision.id,
      };
    }
    case 'cell:mark-reviewed': {
      const marks = data.reviewMarks ?? [];
      const label = `Mark ${action.party} × ${action.demand} reviewed`;
      const stance = action.stance ?? 'none';
      const i = marks.findIndex((m) => m.party === action.party && m.demand === action.demand);
      if (i !== -1) {
        const mark = { ...marks[i]!, stance, updatedAt: ctx.now };
        return { data: { ...data, reviewMarks: replaceAt(marks, i, mark) }, label, itemId: mark.id };
      }
      const mark = { ...fresh(), party: action.party, demand: action.demand, stance };
      return { data: { ...data, reviewMarks: [...marks, mark] }, label, itemId: mark.id };
    }
    case 'cell:unmark-reviewed': {
      const i = indexOrThrow(data, 'reviewMarks', action.id);
      const marks = data.reviewMarks ?? [];
      return {
        data: { ...data, reviewMarks: removeAt(marks, i) },
        label: 'Remove review mark',
        itemId: action.id,
      };
    }
  }
}

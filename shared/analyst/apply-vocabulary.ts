/**
 * The Vocabulary view's changes to the analyst's ontology edits. The store keeps at most one edit
 * per entry and kind: editing a party again merges into its edit and moves it last, so it is applied
 * after anything older and the list of changes reads one line per entry. Removing an entry the
 * analyst added drops its edits; removing one from ontology.json records the removal. Reverting drops
 * every change to an entry (a removed one comes back), keeping only the analyst's creation of it.
 */
import { RequestError } from '../ipc/contract';
import type { AnalystData, Authored, OntologyEdit } from '../model/analyst';
import type { AnalystAction, Applied } from './apply';

type VocabularyType =
  | 'ontology:edit-party'
  | 'ontology:remove-party'
  | 'ontology:edit-demand'
  | 'ontology:remove-demand'
  | 'ontology:edit-cues'
  | 'ontology:edit-roles'
  | 'ontology:revert';
export type VocabularyAction = Extract<AnalystAction, { type: VocabularyType }>;

const TYPES: ReadonlySet<string> = new Set<VocabularyType>([
  'ontology:edit-party',
  'ontology:remove-party',
  'ontology:edit-demand',
  'ontology:remove-demand',
  'ontology:edit-cues',
  'ontology:edit-roles',
  'ontology:revert',
]);

export const isVocabularyAction = (action: AnalystAction): action is VocabularyAction =>
  TYPES.has(action.type);

export type EntryRef = { target: 'party' | 'demand'; id: string } | { target: 'cues' | 'roles' };

/** What an edit changes: a party, a demand, the cues or the office words. */
export function entryOf(edit: OntologyEdit): EntryRef {
  switch (edit.kind) {
    case 'party':
    case 'alias':
    case 'party-edit':
    case 'party-remove':
      return { target: 'party', id: edit.partyId };
    case 'demand':
    case 'phrase':
    case 'demand-edit':
    case 'demand-remove':
      return { target: 'demand', id: edit.demandId };
    case 'cues-edit':
      return { target: 'cues' };
    case 'roles-edit':
      return { target: 'roles' };
  }
}

const sameEntry = (a: EntryRef, b: EntryRef): boolean =>
  a.target === b.target && ('id' in a ? a.id : null) === ('id' in b ? b.id : null);

/** The analyst's own creation of an entry (kept by revert; removing the entry drops it too). */
const isCreation = (edit: OntologyEdit): boolean => edit.kind === 'party' || edit.kind === 'demand';

const WHAT = { party: 'Party', demand: 'Demand' } as const;

function editsOf(data: AnalystData, entry: EntryRef): OntologyEdit[] {
  return data.ontologyEdits.filter((e) => sameEntry(entryOf(e), entry));
}

const isRemoval = (edit: OntologyEdit): boolean =>
  edit.kind === 'party-remove' || edit.kind === 'demand-remove';

/** Whether the entry is removed now: its latest creation or removal is a removal. */
const removedNow = (own: OntologyEdit[]): boolean =>
  own
    .filter((e) => isCreation(e) || isRemoval(e))
    .at(-1)
    ?.kind.endsWith('-remove') ?? false;

function refuseIfRemoved(data: AnalystData, entry: { target: 'party' | 'demand'; id: string }): void {
  if (removedNow(editsOf(data, entry)))
    throw new RequestError(
      `${WHAT[entry.target]} "${entry.id}" has been removed; restore it before changing it.`,
      [`action.${entry.target}Id`],
    );
}

/** Replaces `old` (if any) by `edit`, placed last so it is applied after every older edit. */
function putLast(
  data: AnalystData,
  old: OntologyEdit | undefined,
  edit: OntologyEdit,
  drop: (e: OntologyEdit) => boolean = () => false,
): AnalystData {
  const kept = data.ontologyEdits.filter((e) => e !== old && !drop(e));
  return { ...data, ontologyEdits: [...kept, edit] };
}

const fieldList = (changes: object): string => Object.keys(changes).join(', ');

function entryLabel(what: 'party' | 'demand', id: string, changes: object): string {
  const { name, title, hidden } = changes as { name?: string; title?: string; hidden?: boolean };
  const single = Object.keys(changes).length === 1;
  const renamed = name ?? title;
  if (single && renamed !== undefined) return `Rename ${what} ${id} to “${renamed}”`;
  if (single && hidden !== undefined) return `${hidden ? 'Hide' : 'Show'} ${what} ${id}`;
  return `Edit ${what} ${id} (${fieldList(changes)})`;
}

const authoredOf = ({ id, author, createdAt, updatedAt }: Authored): Authored => ({
  id,
  author,
  createdAt,
  updatedAt,
});

export function applyVocabularyAction(
  data: AnalystData,
  action: VocabularyAction,
  fresh: () => Authored,
  now: string,
): Applied {
  switch (action.type) {
    case 'ontology:edit-party':
    case 'ontology:edit-demand': {
      const isParty = action.type === 'ontology:edit-party';
      const entry = isParty
        ? { target: 'party' as const, id: action.partyId }
        : { target: 'demand' as const, id: action.demandId };
      refuseIfRemoved(data, entry);
      const kind = isParty ? 'party-edit' : 'demand-edit';
      const old = editsOf(data, entry).find((e) => e.kind === kind) as
        Extract<OntologyEdit, { kind: 'party-edit' | 'demand-edit' }> | undefined;
      const changes = { ...old?.changes, ...action.changes };
      // A merged edit keeps its creator and first date; only its update time moves.
      const by = old ? { ...authoredOf(old), updatedAt: now } : fresh();
      const edit = (
        isParty ? { ...by, kind, partyId: entry.id, changes } : { ...by, kind, demandId: entry.id, changes }
      ) as OntologyEdit;
      // A full list of aliases (phrases) replaces the single aliases (phrases) added before it.
      const [listed, single] = isParty ? ['aliases', 'alias'] : ['phrases', 'phrase'];
      const drop = (e: OntologyEdit) =>
        listed in action.changes && e.kind === single && sameEntry(entryOf(e), entry);
      return {
        data: putLast(data, old, edit, drop),
        label: entryLabel(entry.target, entry.id, action.changes),
        itemId: edit.id,
      };
    }
    case 'ontology:remove-party':
    case 'ontology:remove-demand': {
      const entry =
        action.type === 'ontology:remove-party'
          ? { target: 'party' as const, id: action.partyId }
          : { target: 'demand' as const, id: action.demandId };
      const own = editsOf(data, entry);
      if (removedNow(own))
        throw new RequestError(`${WHAT[entry.target]} "${entry.id}" is already removed.`, []);
      const added = own.some(isCreation);
      // An earlier removal stays: it took out the file's entry of that id, which the analyst's
      // entry of the same id then replaced.
      const kept = data.ontologyEdits.filter((e) => !own.includes(e) || isRemoval(e));
      const name = action.type === 'ontology:remove-party' ? action.name : action.title;
      const label = `Remove ${entry.target} “${name}”`;
      if (added) return { data: { ...data, ontologyEdits: kept }, label, itemId: entry.id };
      const edit: OntologyEdit =
        action.type === 'ontology:remove-party'
          ? { ...fresh(), kind: 'party-remove', partyId: action.partyId, name: action.name }
          : { ...fresh(), kind: 'demand-remove', demandId: action.demandId, title: action.title };
      return { data: { ...data, ontologyEdits: [...kept, edit] }, label, itemId: edit.id };
    }
    case 'ontology:edit-cues': {
      const old = editsOf(data, { target: 'cues' })[0];
      const changes = { ...(old?.kind === 'cues-edit' ? old.changes : {}), ...action.changes };
      const edit: OntologyEdit = old
        ? { ...old, kind: 'cues-edit', changes, updatedAt: now }
        : { ...fresh(), kind: 'cues-edit', changes };
      return {
        data: putLast(data, old, edit),
        label: `Edit stance cues (${fieldList(action.changes)})`,
        itemId: edit.id,
      };
    }
    case 'ontology:edit-roles': {
      const old = editsOf(data, { target: 'roles' })[0];
      const edit: OntologyEdit = old
        ? { ...old, kind: 'roles-edit', roles: action.roles, updatedAt: now }
        : { ...fresh(), kind: 'roles-edit', roles: action.roles };
      return { data: putLast(data, old, edit), label: 'Edit office words', itemId: edit.id };
    }
    case 'ontology:revert': {
      const entry: EntryRef =
        action.target === 'party' || action.target === 'demand'
          ? { target: action.target, id: action.id ?? '' }
          : { target: action.target };
      const changes = editsOf(data, entry).filter((e) => !isCreation(e));
      const name =
        'id' in entry
          ? `${entry.target} ${entry.id}`
          : entry.target === 'cues'
            ? 'stance cues'
            : 'office words';
      if (changes.length === 0)
        throw new RequestError(`The ${name} has no changes of yours to revert.`, ['action.id']);
      const restored = changes.some(isRemoval);
      return {
        data: { ...data, ontologyEdits: data.ontologyEdits.filter((e) => !changes.includes(e)) },
        label: `${restored ? 'Restore' : 'Revert'} ${name}`,
        itemId: changes[0]!.id,
      };
    }
  }
}

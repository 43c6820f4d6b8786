/**
 * Ontology edits read back from the store are checked against the same limits as new ones. One
 * that fails (stored before a limit existed, or edited by hand) is reported and left out of the
 * derivation, so it can never break the matrix; it stays in the store for the analyst to delete.
 */
import { analystActionSchema } from '../ipc/schemas';
import type { OntologyEdit } from '../model/analyst';
import { entryOf } from './apply-vocabulary';

/** The action that would have made this edit, to check it with the action's own schema. */
function asAction(edit: OntologyEdit) {
  switch (edit.kind) {
    case 'party':
      return {
        type: 'ontology:add-party',
        partyId: edit.partyId,
        name: edit.name,
        aliases: edit.aliases,
        ...(edit.adjectives ? { adjectives: edit.adjectives } : {}),
        ...(edit.officials ? { officials: edit.officials } : {}),
      };
    case 'demand':
      return {
        type: 'ontology:add-demand',
        demandId: edit.demandId,
        title: edit.title,
        description: edit.description,
        phrases: edit.phrases,
      };
    case 'alias':
      return { type: 'ontology:add-alias', partyId: edit.partyId, alias: edit.alias };
    case 'phrase':
      return { type: 'ontology:add-phrase', demandId: edit.demandId, phrase: edit.phrase };
    case 'party-edit':
      return { type: 'ontology:edit-party', partyId: edit.partyId, changes: edit.changes };
    case 'party-remove':
      return { type: 'ontology:remove-party', partyId: edit.partyId, name: edit.name };
    case 'demand-edit':
      return { type: 'ontology:edit-demand', demandId: edit.demandId, changes: edit.changes };
    case 'demand-remove':
      return { type: 'ontology:remove-demand', demandId: edit.demandId, title: edit.title };
    case 'cues-edit':
      return { type: 'ontology:edit-cues', changes: edit.changes };
    case 'roles-edit':
      return { type: 'ontology:edit-roles', roles: edit.roles };
  }
}

export interface SkippedEdit {
  edit: OntologyEdit;
  problem: string;
}

export function checkStoredOntologyEdits(edits: OntologyEdit[]): {
  usable: OntologyEdit[];
  skipped: SkippedEdit[];
} {
  const usable: OntologyEdit[] = [];
  const skipped: SkippedEdit[] = [];
  for (const edit of edits) {
    const parsed = analystActionSchema.safeParse(asAction(edit));
    if (parsed.success) {
      usable.push(edit);
      continue;
    }
    const problem = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')} ${i.message}`)
      .join('; ');
    skipped.push({ edit, problem });
  }
  return { usable, skipped };
}

/** The analyst's words for a skipped edit, with the id cut short so the message stays readable. */
export function describeSkippedEdit({ edit, problem }: SkippedEdit): string {
  const entry = entryOf(edit);
  const subject = 'id' in entry ? entry.id : entry.target;
  const shown = subject.length > 60 ? `${subject.slice(0, 60)}… (${subject.length} characters)` : subject;
  return `A stored ontology edit (${edit.kind} "${shown}", id ${edit.id}) was skipped because ${problem}. The matrix is derived without it; delete it in the Vocabulary view.`;
}

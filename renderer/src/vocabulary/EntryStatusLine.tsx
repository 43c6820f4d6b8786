import type { Entry } from '../../../shared/vocabulary/entries';
import { formatTimestamp } from '../text/format';

const WORDS = {
  file: 'As in ontology.json.',
  added: 'Added by you.',
  edited: 'Changed by you; ontology.json is unchanged.',
  removed: 'Removed by you: not in the matrix. Restore it to bring it back with everything attached to it.',
} as const;

/** Where an entry comes from and who last changed it. */
export function EntryStatusLine({ entry }: { entry: Entry<unknown> }) {
  const last = entry.edits.at(-1);
  return (
    <p className="small muted entry-editor__status">
      {WORDS[entry.status]}
      {last && ` Last change by ${last.author}, ${formatTimestamp(last.updatedAt)}.`}
    </p>
  );
}

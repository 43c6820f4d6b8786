import { useState } from 'react';
import { cueChanges, tidyList, type CueKind } from '../../../shared/vocabulary/drafts';
import { readPhraseLines } from '../../../shared/vocabulary/ids';
import type { StanceCues } from '../../../shared/model/ontology';
import { RefusedChange } from './controls';
import { useReportUnsaved } from './unsaved';
import { linesOf, PhraseField } from './PhraseField';
import { useVocabularyChange } from './useVocabulary';

const CUES: Array<[CueKind, string, string]> = [
  ['supports', 'Supports', 'A party backing what follows: “backs”, “calls for”, “insists on”.'],
  ['rejects', 'Rejects', 'A party refusing what follows: “rejects”, “rules out”, “opposes”.'],
  ['open', 'Open', 'Willing to discuss: “open to discussing”, “ready to talk about”.'],
  ['unclear', 'Unclear', 'Non-committal: “declined to comment on”.'],
  ['holdFirm', 'Holds firm', 'Refusing to give ground: “non-negotiable”, “no concessions on”.'],
  ['intent', 'Intent', 'Stated plans: “intends to”, “plans to”.'],
  ['negations', 'Negations', 'Words that flip a following cue: “not”, “never”, “refuse to”.'],
  ['carriers', 'Carriers', 'Nouns that carry a demand: “demand”, “proposal”, “call”.'],
  ['references', 'References', 'Phrasings that refer back to demands named earlier: “these demands”.'],
];
const LABELS = Object.fromEntries(CUES.map(([k, l]) => [k, l])) as Record<CueKind, string>;

/** The attitude lexicon: English, shared by every party and demand; changes re-derive the whole matrix. */
export function CuesEditor({
  cues,
  edited,
  onChanged,
}: {
  cues: StanceCues;
  edited: boolean;
  onChanged: () => void;
}) {
  const [draft, setDraft] = useState(
    () => Object.fromEntries(CUES.map(([k]) => [k, linesOf(cues[k])])) as Record<CueKind, string>,
  );
  const { run, error } = useVocabularyChange(onChanged);
  const { changes, problems } = cueChanges(cues, draft, LABELS);
  useReportUnsaved(changes !== null);
  return (
    <form
      className="form entry-editor"
      aria-label="Stance cues"
      onSubmit={(e) => {
        e.preventDefault();
        if (changes && !problems.length) void run({ type: 'ontology:edit-cues', changes });
      }}
    >
      <p className="small muted">
        Cues are matched on lemmas (“rejected” matches “reject”); a negation within four words flips a cue.{' '}
        {edited ? 'Changed by you; ontology.json is unchanged.' : 'As in ontology.json.'}
      </p>
      <div className="cue-grid">
        {CUES.map(([kind, label, hint]) => (
          <PhraseField
            key={kind}
            label={label}
            hint={hint}
            value={draft[kind]}
            onChange={(text) => setDraft((d) => ({ ...d, [kind]: text }))}
            rows={6}
          />
        ))}
      </div>
      <SaveRow
        dirty={changes !== null}
        problems={problems}
        error={error}
        edited={edited}
        onRevert={() => void run({ type: 'ontology:revert', target: 'cues' })}
      />
    </form>
  );
}

/** The office words that make a name speak for a party: “trade minister”, “spokesperson”. */
export function RolesEditor({
  roles,
  edited,
  onChanged,
}: {
  roles: readonly string[];
  edited: boolean;
  onChanged: () => void;
}) {
  const [text, setText] = useState(() => linesOf(roles));
  const { run, error } = useVocabularyChange(onChanged);
  const { phrases, problems } = readPhraseLines(text);
  const dirty = JSON.stringify(phrases) !== JSON.stringify(tidyList(roles));
  useReportUnsaved(dirty);
  return (
    <form
      className="form entry-editor"
      aria-label="Office words"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && !problems.length) void run({ type: 'ontology:edit-roles', roles: phrases });
      }}
    >
      <PhraseField
        label="Office words"
        hint="Offices that, with a party’s name or adjective, make a person speak for it: “Canadian trade minister”, “a spokesperson for the Commission”."
        value={text}
        onChange={setText}
        rows={16}
      />
      <SaveRow
        dirty={dirty}
        problems={problems}
        error={error}
        edited={edited}
        onRevert={() => void run({ type: 'ontology:revert', target: 'roles' })}
      />
    </form>
  );
}

function SaveRow({
  dirty,
  problems,
  error,
  edited,
  onRevert,
}: {
  dirty: boolean;
  problems: readonly string[];
  error: string | null;
  edited: boolean;
  onRevert: () => void;
}) {
  return (
    <>
      <RefusedChange error={error} />
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={!dirty || problems.length > 0}>
          Save and derive again
        </button>
        {edited && (
          <button type="button" className="btn" onClick={onRevert}>
            Revert to ontology.json
          </button>
        )}
        {dirty && <span className="small muted">Unsaved changes</span>}
      </div>
    </>
  );
}

/**
 * A demand as the subject of a verdict, with a relative clause set off in commas between them:
 * "Russia's demand for a pledge that Ukraine never join NATO, which Moscow repeated on Friday, was
 * unacceptable, Blinken said", "Kallas said a halt to enlargement, which the Kremlin wants, would be
 * a betrayal". The relative clause only describes the demand; the verdict after it is on the demand.
 *
 * Only a subject opening the sentence or the clause after a verb of saying or "that", holding no cue
 * of its own but a party's demand noun ("Russia's demand for …"), with the demand right before the
 * relative's comma (or a name ending it: "… join NATO, which …"); a verdict that is the subject's own
 * predicate (apposed-content-verdict.ts). Not after "if", "whether" and the like (nothing judged yet).
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { emitRefusal, SUBJECT_OPENER, verdictAfterAside } from './apposed-content-verdict';
import type { SentenceReading } from './sentence-reading';

/** Relative words opening the clause after the comma: "which", "who". */
const RELATIVE = wordSet(/^(?:which|that)$/);

/** Nouns naming a demand, whose "that" opens their content: "a pledge that …", "the demand that …". */
const DEMAND_NOUN = wordSet(
  /^(?:demand|demands|call|calls|pledge|pledges|promise|promises|guarantee|guarantees|assurance|assurances|insistence|request|requests)$/,
);

/** Where the subject holding the word at `at` opens: the sentence's start or after "said"/"that"; -1 if elsewhere. */
function subjectStart(r: SentenceReading, at: number): number {
  const { tokens, cues } = r;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.word && !/^['’]s$/.test(t.text)) return -1;
    // (Past a demand noun, a party's or not: "Russia's demand for …", "a pledge that …".)
    if (
      cues.some(
        (c) => c.first <= k && c.last >= k && !c.owner && !DEMAND_NOUN.test(tokens[c.last]?.lower ?? ''),
      )
    )
      return -1;
    // ("a pledge that Ukraine …": a "that" right after such a noun opens its content, not the clause.)
    if (t.lower === 'that' && DEMAND_NOUN.test(tokens[k - 1]?.lower ?? '')) continue;
    if (SUBJECT_OPENER.test(t.lower)) return k + 1;
  }
  return 0;
}

export function readRelativeAsideSubjects(r: SentenceReading): void {
  const { tokens, mentions, actors } = r;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    // The relative's comma: right after the demand, or after a name ending it ("… join NATO, which").
    let comma = m.last + 1;
    const name = actors.find((a) => a.first === comma);
    if (name) comma = name.last + 1;
    if (tokens[comma]?.text !== ',' || !RELATIVE.test(tokens[comma + 1]?.lower ?? '')) continue;
    const start = subjectStart(r, m.first);
    if (
      start < 0 ||
      /^(?:if|unless|whether|when|once|until|because|although|though|while)$/.test(tokens[start]?.lower ?? '')
    )
      continue;
    // (No other demand between the subject's start and the relative: it is the subject's.)
    if (mentions.some((x) => x !== m && x.first >= start && x.first < comma && x.kind !== 'reference'))
      continue;
    const verdict = verdictAfterAside(r, comma + 2, false);
    if (verdict) emitRefusal(r, verdict, m);
  }
}

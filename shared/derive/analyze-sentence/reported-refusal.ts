/**
 * The proposer telling of the other side's refusal: "Russia says NATO is not going to return to its 1997
 * configuration", "Lavrov said the alliance will not pull back". The clause it reports has a subject of
 * its own, a party that did not put the demand forward, whose refusal of the demand is already read
 * there; the proposer only reports it and holds nothing from those words (named-proposer.ts would read
 * the proposer named with its demand's words as wanting the demand). What the proposer says of its own
 * ("Russia says NATO must return to …") has a cue of its own and is read as before.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import { SPEECH } from '../speaker';
import type { Token } from '../tokens';
import type { SentenceFinding } from './types';
import { wordSet } from '../word-set';

/** What may stand between the proposer and its verb of speech, and between that verb and the clause. */
const BEFORE_SPEECH = wordSet(/^(?:has|have|had|also|again|repeatedly|now|publicly|openly|itself)$/);
const CLAUSE_OPENING = wordSet(/^(?:that|,)$/);
/** What parts one clause from another: a comma, a semicolon, "while", "whereas", "but", "and". */
const JOINT = wordSet(/^(?:,|;|:|while|whereas|but|and|although|though)$/);

/**
 * Whether naming `a`, of one of `proposers`, is the subject of a verb of speech whose clause opens on another
 * party (not among `proposers`) that the sentence already reads as refusing the demand of `m`.
 */
export function reportsOthersRefusal(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  findings: readonly SentenceFinding[],
  a: ActorMention,
  m: DemandMention,
  proposers: ReadonlySet<string>,
): boolean {
  if (a.last >= m.first || !a.parties.some((p) => proposers.has(p))) return false;
  let k = a.last + 1;
  while (k < m.first && BEFORE_SPEECH.test(tokens[k]?.lower ?? '')) k++;
  if (!SPEECH.has(tokens[k]?.lower ?? '')) return false;
  k++;
  while (k < m.first && CLAUSE_OPENING.test(tokens[k]?.lower ?? '')) k++;
  // ("says the alliance will not …": the name with its article or without.)
  const b = actors.find((x) => x.first === k || (x.first === k + 1 && tokens[k]?.lower === 'the'));
  if (!b || b.last >= m.first || b.parties.length === 0 || b.parties.some((p) => proposers.has(p)))
    return false;
  // (The demand's words in that same clause: not past a joint, "Serbia insists that Kosovo carry out the
  // agreements, while Kosovo's government has come out against …".)
  if (tokens.slice(b.last + 1, m.first).some((t) => JOINT.test(t.lower))) return false;
  // (The party itself as the subject, not its possessive: "said the alliance's refusal to halt … was
  // unacceptable" is the proposer's verdict on the refusal.)
  if (/^['’]s?$/.test(tokens[b.last + 1]?.text ?? '')) return false;
  return findings.some(
    (f) =>
      f.mention === m &&
      f.demand === m.demand &&
      f.stance === 'rejects' &&
      b.parties.includes(f.party) &&
      f.attribution.kind === 'subject',
  );
}

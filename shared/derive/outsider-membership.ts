/**
 * "Washington has refused to rule out Ukraine's membership", "a pause on Kyiv's accession would not do":
 * a strong subject of joining ("membership", "accession", "admission") owned by a party that neither puts
 * the demand forward nor has it put to it — the country whose joining the demand is about — names that
 * demand (also with a word of time or chance between: "Ukraine's eventual membership") though no anchor ("NATO", "the alliance") is written anywhere in the document, as a hard-hit
 * report leaves the organisation implied. The mirror of `outsiderAdmitted` (demand-mentions.ts) for
 * "Ukraine will never be admitted". Not the proposer's or an addressee's own membership ("Turkey's
 * membership"), nor one that names anything but an anchor after it ("Ukraine's membership in the EU",
 * "accession to the convention"): the caller also drops "Ukraine's EU membership" (a modifier).
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The nouns of joining that an owner's possessive may carry. */
const JOINING_NOUN = wordSet(/^(?:membership|accession|admission)$/);
/** A word of time or chance between the owner and the noun: "Ukraine's eventual membership". */
const PROSPECT = wordSet(/^(?:eventual|future|possible|potential|prospective|early|swift|quick)$/);
/** A preposition after the noun that names where the owner would join. */
const JOINED_IN = wordSet(/^(?:in|of|to|into|within)$/);

export function outsiderMembership(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  addressees: ReadonlySet<string> | undefined,
  /** Whether the token at `i` is one of the demand's anchors. */
  anchorAt: (i: number) => boolean,
  s: { first: number; last: number },
): boolean {
  if (!proposers?.size || !addressees?.size) return false;
  if (s.first !== s.last || !JOINING_NOUN.test(tokens[s.first]?.lower ?? '')) return false;
  let b = s.first - 1;
  if (PROSPECT.test(tokens[b]?.lower ?? '')) b--;
  if (!/^['’]s?$/.test(tokens[b]?.text ?? '')) return false;
  const owner = actors.find((a) => a.last === b - 1);
  if (
    !owner ||
    owner.kind !== 'name' ||
    owner.parties.length === 0 ||
    owner.parties.some((p) => proposers.has(p) || addressees.has(p))
  )
    return false;
  // "Ukraine's membership in the European Union", "accession to the convention": joining something
  // that is no anchor (and "in the near future", left unread with them).
  let k = s.last + 1;
  // ("Ukraine's admission that its forces …": an admission made, not Ukraine admitted.)
  if (tokens[k]?.lower === 'that') return false;
  if (JOINED_IN.test(tokens[k]?.lower ?? '')) {
    k++;
    if (tokens[k]?.lower === 'the') k++;
    if (!anchorAt(k)) return false;
  }
  return true;
}

/**
 * "Russia is not willing to discuss limits on missiles, Putin said", "Moscow will not negotiate a
 * moratorium": a party refusing to talk about the demand's words. What a refusal to discuss says is the
 * cue's to read (stance-rules.ts: a proposer refusing to discuss its own demand's words says little, as
 * these are often the other side's counter-offer); the words are not the speaker's own statement of the
 * demand as well.
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';

/** Whether a denied cue of talks ("not willing to discuss", "refused to negotiate") governs `m`. */
export function refusedTalksBefore(
  tokens: readonly Token[],
  cues: readonly Cue[],
  m: DemandMention,
): boolean {
  return refusedTalksCue(tokens, cues, m) !== undefined;
}

/**
 * Whether a proposer of the demand is the one refusing talks on its words: the last party named before
 * the refusal's cue ("Russia is not willing to discuss …"). The document-level fallback then credits no
 * demand from the sentence; another side refusing to discuss it ("Kyiv refused to discuss Moscow's
 * demand for …") still states it.
 */
export function proposerRefusingTalks(
  tokens: readonly Token[],
  cues: readonly Cue[],
  m: DemandMention,
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
): boolean {
  const c = refusedTalksCue(tokens, cues, m);
  if (!c || !proposers) return false;
  let last: ActorMention | undefined;
  for (const a of actors)
    if (a.last < c.first && a.parties.length > 0 && (!last || a.last > last.last)) last = a;
  return !!last && last.parties.some((p) => proposers.has(p));
}

/** Verbs of talks: "discuss", "negotiate", "talk (about)", "debate". */
const TALK = /^(?:discuss|discussing|negotiate|negotiating|talk|talking|debate|debating)$/;
const BREAK = /^(?:[,;:—–]|but|and|or|while|whereas|until|unless|before|after|if)$/;

/**
 * The cue refusing talks on `m`: a verb of talks at most five words before the demand's words (no comma
 * or second clause between) under a denial — a negated cue over it ("not willing to discuss", "never
 * agree to talk about") or a refusing cue right before it ("refused to negotiate", "rejected calls to
 * discuss" is no such: the cue must end within two words of the verb).
 */
function refusedTalksCue(tokens: readonly Token[], cues: readonly Cue[], m: DemandMention): Cue | undefined {
  for (let t = m.first - 1; t >= 0 && t >= m.first - 5; t--) {
    const w = tokens[t]?.lower ?? '';
    if (BREAK.test(w)) return undefined;
    if (!TALK.test(w)) continue;
    const offer = refusedOfferCue(tokens, cues, t);
    if (offer) return offer;
    return cues.find(
      (c) =>
        c.first <= t &&
        c.last >= t - 3 &&
        (c.last >= t
          ? c.negated
          : (c.negated && c.attitude !== 'rejects') || (c.attitude === 'rejects' && !c.negated)),
    );
  }
  return undefined;
}

/** Nouns of an offer of talks: "the offer to discuss", "an invitation to negotiate". */
const OFFER = /^(?:offers?|proposals?|invitations?|overtures?|suggestions?)$/;

/**
 * "Russia rejected the American offer to discuss limits on missiles", "Moscow turned down an invitation
 * to negotiate": a refusing cue (or a negated accepting one, "did not accept the offer to talk about")
 * whose object is an offer of talks — the noun right before "to" and the verb of talks at `t`, with at
 * most three words (determiner, adjective, possessive; no comma or second clause) between the cue's end
 * and the noun. ("rejected calls to discuss" stays out: a call is another's demand, not an offer.)
 */
function refusedOfferCue(tokens: readonly Token[], cues: readonly Cue[], t: number): Cue | undefined {
  if (tokens[t - 1]?.lower !== 'to' || !OFFER.test(tokens[t - 2]?.lower ?? '')) return undefined;
  for (let j = t - 3; j >= 0 && j >= t - 6; j--) {
    const c = cues.find(
      (c) =>
        c.last === j && ((c.attitude === 'rejects' && !c.negated) || (c.negated && c.attitude !== 'rejects')),
    );
    if (c) return c;
    if (BREAK.test(tokens[j]?.lower ?? '')) return undefined;
  }
  return undefined;
}

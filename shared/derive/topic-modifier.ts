/**
 * "sidestepped the enlargement issue", "dodged the NATO expansion question": a demand's subject standing
 * as the modifier of a noun of topic names only what is talked about, as "the issue of enlargement" does.
 * A gapped cue closing on that noun ("sidestep … issue") has swallowed the subject in its gap: it gives
 * the subject back, keeping only its words before the gap, so that the cue reads the topic after it.
 */
import type { Attitude } from './compile-ontology';
import { endingAt } from './cues';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const TOPIC_HEAD = wordSet(/^(?:issue|issues|question|questions|topic|topics|problem|matter)$/);

/** Where the noun group opens: "the", "its", "a" (not a coordination: "the nuclear and sanctions questions"). */
const OPENER = wordSet(/^(?:the|its|a|this|that)$/);

/**
 * True when the subject ending at token `last` modifies a noun of topic right after it, in a noun group
 * opening at `opens` on a determiner with nothing but the subject's anchors between ("the NATO enlargement
 * issue"). Without `opens`, the noun of topic alone is checked.
 */
export function modifiesTopicNoun(tokens: readonly Token[], last: number, opens?: number): boolean {
  if (opens !== undefined && !OPENER.test(tokens[opens]?.lower ?? '')) return false;
  return TOPIC_HEAD.test(tokens[last + 1]?.lower ?? '');
}

/** Gapped cues ending on a topic noun whose gap holds a topic subject modifying it, cut before the gap. */
export function giveBackTopicSubjects(
  tokens: readonly Token[],
  topics: ReadonlyArray<{ first: number; last: number; direction: number }>,
  cueMatches: Array<TokenMatch<Attitude>>,
): void {
  for (let n = 0; n < cueMatches.length; n++) {
    const c = cueMatches[n] as TokenMatch<Attitude>;
    const [head, ...rest] = c.phrase.split(' … ');
    if (rest.length !== 1 || rest[0]?.includes(' ') || !TOPIC_HEAD.test(tokens[c.last]?.lower ?? ''))
      continue;
    const before = c.first + (head ?? '').split(' ').length - 1;
    const swallowed = topics.some(
      (m) =>
        m.direction === 0 && m.last === c.last - 1 && m.first > before && modifiesTopicNoun(tokens, m.last),
    );
    // (A copy: the matches found are shared with the trie's cache.)
    if (swallowed) cueMatches[n] = endingAt(c, before);
  }
}

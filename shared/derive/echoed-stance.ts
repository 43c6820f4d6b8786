/**
 * A stance another party is said to share: "Sherman said no one would shut the door. Her words repeated
 * the line Stoltenberg has been giving." (the next sentence), "Stoltenberg, repeating what Biden said,
 * pledged …" and "…, as the alliance has said." (in the sentence itself). The party echoed holds what
 * the speaker or subject was read to hold.
 */
import type { ActorMention } from './actors';
import type { SentenceFinding } from './analyze-sentence/types';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A quick screen for a sentence that may say a stance is shared. */
export const ECHO_WORDS =
  /\b(?:repeat(?:ed|ing|s)?|echo(?:ed|ing|es)?|mirror(?:ed|ing|s)?|reiterat(?:ed|ing|es)|same\s+(?:point|line|position|view|argument|message|stance|case|note)|shares?|shared|(?:that|this)\s+(?:view|position|stance)|as\s+[^,.;]{2,60}\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:said|stated|made\s+clear|insisted|stressed|argued|maintained))\b/i;

const ECHO_VERB = wordSet(
  /^(?:repeated|repeats|echoed|echoes|mirrored|mirrors|restated|restates|reiterated|reiterates)$/,
);
const ECHOING = wordSet(/^(?:repeating|echoing|mirroring|restating|reiterating)$/);
/** What a person's words are called as the subject of "echoed". */
const WORDS_NOUN = wordSet(
  /^(?:words|remarks|comments|comment|statement|statements|message|language|wording|position|stance|assurances?)$/,
);
/** What the echoed words are called before the one who said them: "the line", "the position of", "what". */
const ECHOED_FILLER = wordSet(
  /^(?:the|a|an|line|position|message|view|stance|words|remarks|comments|language|wording|assurances?|argument|of|what|those|that|by|similar|earlier|same|previous|repeated|often|official|public|stated)$/,
);
/** "X made the same point", "X took the same line": the noun after "the same". */
const SAME_NOUN = wordSet(/^(?:point|line|position|view|argument|message|stance|case|note)$/);
const SAME_VERB = wordSet(
  /^(?:made|makes|took|takes|struck|strikes|voiced|voices|expressed|expresses|adopted|adopts|echoed|echoes|repeated|repeats|held|holds|offered|set|sets|shares|share|shared)$/,
);
/** Words between a subject and its verb: "Stoltenberg also made …", "The alliance has taken …". */
const BEFORE_VERB = wordSet(/^(?:also|likewise|similarly|later|then|has|have|had|too|,)$/);
const AS_SAID = wordSet(
  /^(?:said|stated|stressed|insisted|argued|maintained|made|declared|warned|underlined|emphasi[sz]ed|reiterated|repeated)$/,
);
const SHARES = wordSet(/^(?:shares|share|shared|holds|held)$/);
const PERFECT = wordSet(/^(?:has|have|had)$/);

/** The readings a sentence's holder made that another may share: its own words or those it spoke for. */
const SHARABLE = new Set([
  'speaker',
  'previous-speaker',
  'subject',
  'first-person',
  'role',
  'alias',
  'document',
]);

/**
 * The findings the sentence's one holder made (its speaker or subject), or none when the sentence gave
 * stances to more than one side.
 */
export function heldFindings(findings: readonly SentenceFinding[]): SentenceFinding[] {
  const held = findings.filter((f) => SHARABLE.has(f.attribution.kind));
  const holders = new Set(held.map((f) => f.attribution.matched));
  return holders.size === 1 ? held : [];
}

const named = (actors: readonly ActorMention[], from: number, to: number): ActorMention | undefined =>
  actors.find((a) => a.first >= from && a.first <= to && a.kind !== 'adjective');

/**
 * The party a sentence says echoed the one before: "Her words repeated the line Stoltenberg has been
 * giving", "His remarks echoed NATO's position", "Stoltenberg made the same point". Null for any other
 * sentence.
 */
export function echoedInNext(tokens: readonly Token[], actors: readonly ActorMention[]): ActorMention | null {
  let k = 0;
  while (tokens[k]?.transparent) k++;
  // "Her words (also) repeated …": words possessed by a pronoun (the speaker just quoted).
  if (/^(?:his|her|their)$/.test(tokens[k]?.lower ?? '') && WORDS_NOUN.test(tokens[k + 1]?.lower ?? '')) {
    let v = k + 2;
    while (v <= k + 4 && /^(?:also|closely|largely|thus|again|here)$/.test(tokens[v]?.lower ?? '')) v++;
    if (!ECHO_VERB.test(tokens[v]?.lower ?? '')) return null;
    let w = v + 1;
    while (w <= v + 5 && tokens[w] && ECHOED_FILLER.test(tokens[w]!.lower)) w++;
    return named(actors, w, w) ?? null;
  }
  // "Stoltenberg (also) made the same point", "The alliance took the same line".
  const subject = actors.find(
    (a) => a.kind !== 'adjective' && (a.first === k || (a.first === k + 1 && tokens[k]?.lower === 'the')),
  );
  if (!subject) return null;
  let v = subject.last + 1;
  while (v <= subject.last + 3 && tokens[v] && BEFORE_VERB.test(tokens[v]!.lower)) v++;
  if (!SAME_VERB.test(tokens[v]?.lower ?? '')) return null;
  const det = tokens[v + 1]?.lower ?? '';
  const noun = tokens[v + 2]?.lower ?? '';
  return (det === 'the' && tokens[v + 2]?.lower === 'same' && SAME_NOUN.test(tokens[v + 3]?.lower ?? '')) ||
    (det === 'a' && noun === 'similar' && SAME_NOUN.test(tokens[v + 3]?.lower ?? '')) ||
    // "Berlin shares that view", "The alliance holds the same position".
    (SHARES.test(tokens[v]?.lower ?? '') && /^(?:that|this)$/.test(det) && SAME_NOUN.test(noun))
    ? subject
    : null;
}

/**
 * The party the sentence itself says its holder repeats: "Stoltenberg, repeating what Biden said, pledged
 * …", "…, as the alliance's leaders have said." (a closing clause). Null for any other sentence.
 */
export function echoedInSentence(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): ActorMention | null {
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]?.text !== ',') continue;
    // ", repeating what Biden said in his address, …"
    if (ECHOING.test(t.lower)) {
      let w = i + 1;
      while (w <= i + 5 && tokens[w] && ECHOED_FILLER.test(tokens[w]!.lower)) w++;
      const y = named(actors, w, w + 1);
      if (y) return y;
      continue;
    }
    // ", a view Berlin shares.", ", a position shared by the alliance." closing the sentence.
    if (/^(?:a|the)$/.test(t.lower) && SAME_NOUN.test(tokens[i + 1]?.lower ?? '')) {
      let w = i + 2;
      if (tokens[w]?.lower === 'that') w++;
      const by = /^shared$/.test(tokens[w]?.lower ?? '') && tokens[w + 1]?.lower === 'by';
      const y = by ? named(actors, w + 2, w + 3) : named(actors, w, w + 1);
      if (!y) continue;
      let v = y.last + 1;
      if (!by) {
        while (/^(?:also|too|largely|fully|has|have|had|long)$/.test(tokens[v]?.lower ?? '')) v++;
        if (!SHARES.test(tokens[v]?.lower ?? '')) continue;
        v++;
      }
      if (tokens.slice(v).some((r) => r.word && !/^(?:too|also|as|well|fully|largely)$/.test(r.lower)))
        continue;
      return y;
    }
    // ", as NATO has (repeatedly) said." closing the sentence.
    if (t.lower === 'as') {
      const y = named(actors, i + 1, i + 2);
      if (!y) continue;
      let v = y.last + 1;
      if (!PERFECT.test(tokens[v]?.lower ?? '')) continue;
      v++;
      if (tokens[v]?.lower.endsWith('ly')) v++;
      if (!AS_SAID.test(tokens[v]?.lower ?? '')) continue;
      // (Only a closing clause: nothing after it but adverbials up to the full stop.)
      const rest = tokens.slice(v + 1);
      if (rest.some((r) => r.text === ',' || r.text === ';' || r.lower === 'that' || r.lower === 'but'))
        continue;
      return y;
    }
  }
  return null;
}

/** The findings copied to the party echoed, as its own reported position. */
export function sharedFindings(held: readonly SentenceFinding[], echoed: ActorMention): SentenceFinding[] {
  const holders = new Set(held.map((f) => f.party));
  // (Nothing new for a party that already holds them; nor for the same party named again.)
  if (echoed.parties.some((p) => holders.has(p))) return [];
  const out: SentenceFinding[] = [];
  for (const f of held)
    for (const party of echoed.parties)
      out.push({
        ...f,
        party,
        voice: 'reported',
        attribution: {
          kind: 'speaker',
          matched: echoed.text,
          role: echoed.role,
          speaker: f.attribution.matched,
        },
      });
  return out;
}

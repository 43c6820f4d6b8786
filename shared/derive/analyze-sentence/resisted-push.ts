import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Verbs of holding out against a push: "resist", "withstand", "defy", "rebuff". */
const RESISTING = wordSet(
  /^(?:resist|resists|resisted|resisting|withstand|withstands|withstood|withstanding|defy|defies|defied|defying|rebuff|rebuffs|rebuffed|rebuffing)$/,
);
/** Nouns of a push on someone to act: "pressure to", "calls to", "demands to". */
const PUSH_NOUN = wordSet(/^(?:pressure|pressures|calls|demands|push|pushes|attempts|efforts)$/);
/** Words between the resisting verb and the push noun: "resist any outside pressure". */
const BETWEEN = wordSet(
  /^(?:any|all|the|such|this|that|these|those|further|more|mounting|growing|outside|external|foreign|western|russian|american|new|fresh|renewed)$/,
);

/**
 * "help Kyiv resist any pressure to drop its bid", "withstood calls to give up …": a cue inside a push
 * that someone holds out against is what they will not do, not a stance of theirs (nor of anyone else in
 * the sentence). Whether the cue starting at `cueFirst` (at the push noun, or at the verb after its "to")
 * stands in such a push.
 */
export function resistedPushAt(tokens: readonly Token[], cueFirst: number): boolean {
  let p = cueFirst;
  if (!PUSH_NOUN.test(tokens[p]?.lower ?? '')) {
    if (tokens[p - 1]?.lower !== 'to' || !PUSH_NOUN.test(tokens[p - 2]?.lower ?? '')) return false;
    p -= 2;
  }
  let k = p - 1;
  while (k >= 0 && p - k <= 3 && BETWEEN.test(tokens[k]?.lower ?? '')) k--;
  return RESISTING.test(tokens[k]?.lower ?? '');
}

/**
 * "pledged to help Ukraine withstand pressure to drop its bid to join NATO": whether a push held out
 * against ("withstand pressure to", "resist calls from … to") opens between tokens `from` and `to`, so
 * a cue before it does not reach what the push asks after it. `from` is the cue's last token.
 */
export function resistedPushBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let p = Math.max(0, from + 1); p < to; p++) {
    if (!PUSH_NOUN.test(tokens[p]?.lower ?? '')) continue;
    if (!/^(?:to|on|from|for)$/.test(tokens[p + 1]?.lower ?? '')) continue;
    let k = p - 1;
    while (k >= 0 && p - k <= 3 && BETWEEN.test(tokens[k]?.lower ?? '')) k--;
    // (Not a resisting verb that is the cue itself: "rebuffed calls for a pledge" rejects what is asked.)
    if (k > from && RESISTING.test(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

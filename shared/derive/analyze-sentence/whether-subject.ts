/**
 * A "whether" clause opening the sentence as its subject, with a predicate that leaves it open:
 * "Whether Israel accepts the demand remains to be seen", "Whether Tehran will agree to it is unclear /
 * an open question / anyone's guess", "… depends on …". What a party would do inside it is no position of the party's.
 * Not "Whether or not Israel agrees, Hamas insists on …" (a concession; its clause ends at the comma).
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Words that may open the sentence before the "whether": "But whether …", "And whether …". */
const OPENING = wordSet(/^(?:but|and|yet|still|so|now)$/);
const BE_OR_REMAIN = wordSet(/^(?:is|was|remains|remained|remain|seems|seemed|appears|stays|'s|’s)$/);
/** Words after the verb that leave the question open. */
const OPEN_WORD = wordSet(
  /^(?:unclear|uncertain|unknown|unanswered|undecided|open|seen|doubtful|guess|question|doubt|debatable|moot)$/,
);
/** Words that may stand between the verb and its open word: "is far from certain", "is still an open question". */
const BETWEEN = wordSet(
  /^(?:still|far|from|an|a|not|yet|to|be|very|much|entirely|anyone['’]s|anybody['’]s|in|open|less)$/,
);

/** Whether the "whether" at `at` opens the sentence and its clause's predicate leaves it open. */
export function whetherSubjectLeftOpen(tokens: readonly Token[], at: number): boolean {
  let k = 0;
  while (
    k < at &&
    (tokens[k]?.transparent || OPENING.test(tokens[k]?.lower ?? '') || tokens[k]?.text === ',')
  )
    k++;
  if (k !== at) return false;
  for (let i = at + 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    // ("Whether or not Israel agrees, …": a concession, its clause ended by the comma.)
    if (/^[,;:—–()]$/.test(t.text)) return false;
    // "Whether Israel accepts it depends on …": its answer waits on something else.
    if (
      /^(?:depends|depended|hinges|hinged|turns)$/.test(t.lower) &&
      /^(?:on|upon)$/.test(tokens[i + 1]?.lower ?? '')
    )
      return true;
    if (!BE_OR_REMAIN.test(t.lower)) continue;
    for (let j = i + 1; j <= i + 5 && j < tokens.length; j++) {
      const w = tokens[j] as Token;
      if (OPEN_WORD.test(w.lower)) return true;
      // "is not clear", "is not known", "is far from certain".
      if (/^(?:clear|certain|known|sure|settled|decided)$/.test(w.lower))
        return tokens.slice(i + 1, j).some((x) => /^(?:not|from|n['’]t)$/.test(x.lower));
      if (!BETWEEN.test(w.lower)) break;
    }
  }
  return false;
}

/**
 * "Russia demanded that the US, Britain and France agree to …", "Moscow wants Washington, London and
 * Paris to accept …", "urged the US, Britain, and France to …": the commas of a list of three or more
 * parties, named as those a demand is made of, part no clause. Two names ("the US and Britain") have
 * no comma and are read as the addressees already; a longer list is the same construction, so the
 * asking verb still governs what the listed parties are asked to do (they are not its subject).
 * Only a list right after "that" or a verb of asking someone to act, closed by "and"/"or" before the
 * last name (with or without the serial comma), each item a party's name ("the" allowed before it),
 * and followed by words of its own clause, not by punctuation. (Not "After meeting Blinken, Lavrov
 * and Shoigu said …", "In Moscow, Lavrov and …": no asking verb before the list.)
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A verb whose object is asked to act: "wants A to …", "urged A to …", "pressed A to …". */
const ASKING_VERB = wordSet(
  /^(?:wants?|wanted|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|demand(?:s|ed|ing)?|expect(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing))$/,
);
/**
 * A verb of saying whose reported clause may follow without "that": "Officials said the US, Britain and
 * France would discuss …". (Not "warned"/"told": their object is the one spoken to; not "hopes"/"thinks":
 * what is hoped is no stance of the list.)
 */
const SPEECH_VERB = wordSet(/^(?:said|says|say|added|adds|announced|announces|stated|confirmed|confirms)$/);
/** What opens the verb phrase of such a reported list subject: "… would discuss", "… have agreed". */
const REPORTED_AUXILIARY = wordSet(
  /^(?:will|would|shall|should|can|could|may|might|must|are|were|have|had|did|do|cannot|won['’]t|wouldn['’]t|weren['’]t|aren['’]t|haven['’]t|hadn['’]t|didn['’]t|don['’]t)$/,
);

/** "called on A, B and C to …", "calls for A, B and C to …". */
const CALL = wordSet(/^(?:call|calls|called|calling|appeal|appeals|appealed|appealing)$/);

/** Indices of the commas inside such a list of addressees, which cut no clause. */
export function addresseeListCommas(tokens: readonly Token[], actors: readonly ActorMention[]): Set<number> {
  const kept = new Set<number>();
  const named = actors.filter((a) => a.parties.length > 0);
  if (named.length < 3) return kept;
  for (const head of named) {
    if (kept.has(head.last + 1)) continue;
    // What comes before the list: "that", a verb of asking, or "called on"/"calls for".
    const open = tokens[head.first - 1]?.lower === 'the' ? head.first - 2 : head.first - 1;
    const before = tokens[open]?.lower ?? '';
    const reported = SPEECH_VERB.test(before);
    const asked =
      before === 'that' ||
      reported ||
      ASKING_VERB.test(before) ||
      (/^(?:on|for|to)$/.test(before) && CALL.test(tokens[open - 1]?.lower ?? ''));
    if (!asked || tokens[head.last + 1]?.text !== ',') continue;
    const list = closedListCommas(tokens, named, head);
    if (!list) continue;
    // After a verb of saying the list must be the reported clause's subject: "said A, B and C would …".
    if (reported && !REPORTED_AUXILIARY.test(tokens[list.last.last + 1]?.lower ?? '')) continue;
    for (const c of list.commas) kept.add(c);
  }
  return kept;
}

/**
 * The commas of a list of three or more party names opening at `head` (", B", ", C", …, then
 * "and"/"or", with or without the serial comma, and the last), followed by a word of its clause; null
 * when no such list opens there. (A list that ends on punctuation is an aside or the end of a clause:
 * "…, Britain and France, and …".)
 */
function closedListCommas(
  tokens: readonly Token[],
  named: readonly ActorMention[],
  head: ActorMention,
): { commas: number[]; last: ActorMention } | null {
  if (tokens[head.last + 1]?.text !== ',') return null;
  const itemAt = (k: number): ActorMention | undefined =>
    named.find((a) => a.first === k || (a.first === k + 1 && tokens[k]?.lower === 'the'));
  const commas: number[] = [];
  let item = head;
  let closed = false;
  for (let guard = 0; guard < 8; guard++) {
    let k = item.last + 1;
    if (tokens[k]?.text === ',') {
      commas.push(k);
      k++;
    }
    const joined = /^(?:and|or)$/.test(tokens[k]?.lower ?? '');
    if (joined) k++;
    if (!joined && tokens[k - 1]?.text !== ',') break;
    const next = itemAt(k);
    if (!next) break;
    item = next;
    if (joined) {
      closed = true;
      break;
    }
  }
  if (!closed || commas.length === 0 || !tokens[item.last + 1]?.word) return null;
  return { commas, last: item };
}

/**
 * Whether the party named at `head`, right after a verb of saying, opens a list of three or more that
 * is the subject of the reported clause: "Officials said the US, Britain and France would discuss …"
 * (the US is no speaker named after the verb, as in "…, said Lavrov").
 */
export function reportedListSubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  head: ActorMention,
): boolean {
  const named = actors.filter((a) => a.parties.length > 0);
  if (named.length < 3 || !named.includes(head)) return false;
  const list = closedListCommas(tokens, named, head);
  return !!list && REPORTED_AUXILIARY.test(tokens[list.last.last + 1]?.lower ?? '');
}

/**
 * "its" stands for one party named in the singular: "American officials have told Kyiv that its bid
 * …" is Kyiv's bid, not the officials'. A party named by people in the plural ("US officials", "the
 * allies", "the Americans") is "their", not "its".
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';

/** Whether the actor is named by a plural noun of people: "officials", "the allies", "the Americans". */
export function pluralNamed(tokens: readonly Token[], a: ActorMention): boolean {
  const head = tokens[a.last];
  if (!head || a.kind === 'adjective') return false;
  // ("the Americans", "the Russians": a people named in the plural.)
  if (/^[A-Z][a-z]+ans$/.test(head.text)) return true;
  // ("officials", "diplomats", "allies"; not "the United States" or "Brussels", capitalised names.)
  return head.text === head.lower && /^[a-z]{3,}[^s]s$/.test(head.lower);
}

/**
 * The owner of an "its" at `j` once `owner`, the one first found, is named in the plural: the nearest
 * party named in the singular after it and before the pronoun ("told Kyiv that its …"), or `owner`
 * itself when there is none.
 */
export function singularOwnerOfIts(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  owner: ActorMention,
  j: number,
): ActorMention {
  if (!pluralNamed(tokens, owner)) return owner;
  const agreeing = [...actors]
    .reverse()
    .find((a) => a.first > owner.last && a.last < j && a.kind !== 'adjective' && !pluralNamed(tokens, a));
  return agreeing ?? owner;
}

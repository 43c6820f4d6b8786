/**
 * A demand named by a short definite form of its title-case name: coverage writes "the Association of
 * Serb-majority Municipalities" once and then "the Association". When a demand phrase the analyst wrote
 * is a title-case name, its head noun ("Association" of "Association of Serb-majority Municipalities",
 * "Act" of "Founding Act") with "the" before it, capitalised as written, names that demand — unless
 * "of" or another capitalised word follows ("the Association of Journalists", "the Association Board":
 * another body's longer name), or a lower-case head is written ("the association of municipalities").
 * A head two demands share, or one a party's name uses ("the Union", "the Federation"), names none.
 */
import type { Demand, Party } from '../model/ontology';
import type { Token } from './tokens';

/** Lower-case words a title-case name may hold between its capitalised ones. */
const CONNECTORS = /^(?:of|for|with|and|on|in|to|the|a|an|between|within)$/;
/** A capitalised word of a name: "Association", "Serb-majority", "NATO-Russia". */
const CAPITALISED = /^[A-Z][A-Za-z]*(?:[-–][A-Za-z]+)*$/;
/** A head noun: a capitalised word of letters, not an acronym. */
const HEAD = /^[A-Z][a-z]{2,}$/;

/** Title-case head noun (as written) → the demand it names. */
export function titleHeadsOf(demands: readonly Demand[], parties: readonly Party[]): Map<string, string> {
  const partyWords = new Set(
    parties.flatMap((p) =>
      [p.name, ...p.aliases, ...(p.adjectives ?? [])].flatMap((n) =>
        n.split(/[\s-]+/).map((w) => w.toLowerCase()),
      ),
    ),
  );
  const heads = new Map<string, string | null>();
  for (const d of demands)
    for (const phrase of d.phrases) {
      const words = phrase.trim().split(/\s+/);
      if (words.length < 2 || !CAPITALISED.test(words[0] as string)) continue;
      if (!words.every((w) => CAPITALISED.test(w) || CONNECTORS.test(w))) continue;
      if (words.filter((w) => CAPITALISED.test(w)).length < 2) continue;
      // The head: the word before the first connector ("Association of …"), else the last word.
      const c = words.findIndex((w) => CONNECTORS.test(w));
      const head = c > 0 ? (words[c - 1] as string) : (words[words.length - 1] as string);
      if (!HEAD.test(head) || partyWords.has(head.toLowerCase())) continue;
      const had = heads.get(head);
      heads.set(head, had === undefined || had === d.id ? d.id : null);
    }
  const out = new Map<string, string>();
  for (const [head, demand] of heads) if (demand) out.set(head, demand);
  return out;
}

/**
 * Where "the <Head>" stands for a demand in the sentence: [first, last, demand, head]. `taken` holds the
 * tokens the demand's own phrases matched; `others` the heads the document has used in another body's
 * longer name so far ("the Association of Journalists of Kosovo … The Association said"), which then
 * name no demand in it (updated here).
 */
export function titleHeadMentions(
  tokens: readonly Token[],
  heads: ReadonlyMap<string, string>,
  taken: ReadonlySet<number>,
  others: Set<string> | undefined,
): Array<{ first: number; last: number; demand: string; head: string }> {
  const out: Array<{ first: number; last: number; demand: string; head: string }> = [];
  if (heads.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const demand = heads.get(t.text);
    if (!demand || taken.has(i)) continue;
    const next = tokens[i + 1];
    // "the Association of Journalists", "the Association Board": another body's name, which the
    // document's later "the Association" may stand for.
    if (next && (next.lower === 'of' || /^[A-Z]/.test(next.text))) {
      others?.add(t.text);
      continue;
    }
    if (tokens[i - 1]?.lower !== 'the' || others?.has(t.text)) continue;
    // "the Association-run schools": a word the head is part of.
    if (next && next.text === '-' && next.start === t.end) continue;
    out.push({ first: i - 1, last: i, demand, head: t.text });
  }
  return out;
}

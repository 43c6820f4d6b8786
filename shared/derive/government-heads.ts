/**
 * "Ghani said the government would free the prisoners", "Frost said his government wants the grace periods
 * kept", "Peskov said the administration …": a state's official speaks of the state's government by
 * its generic head. Such a head stands for the speaker's own party when:
 * - the sentence's speaker (or the one a "he said" continues) is one state party, by its name or body
 *   ("Kabul said …", "the foreign ministry said …") or by an official who speaks for its government (a
 *   head of state or government, a minister, a spokesperson) — not an envoy, ambassador or negotiator,
 *   who speaks of the government where he is posted ("Khalilzad said the government must free …");
 * - the sentence names no other state party, by any name or adjective (a third country's government);
 * - no other state party was named a few paragraphs back by a name with the same head ("the Afghan
 *   government … Pompeo said the government must …" is Kabul's, not Washington's);
 * - the head is "the" or the speaker's "his"/"her" with "government" or "administration", the subject or
 *   object of a clause (not "the government's critics", "the government negotiating team", "the
 *   government in Kabul", "the government of …"), not opening a condition ("… provided the government
 *   frees their prisoners", a condition another sets), and no person of another party is named with "his".
 * A party is a state when one of its names has the word "government" in it, or one of its officials is
 * its prime minister, chancellor or foreign minister (not a movement's or a bloc's); and the head stands
 * for it only when its own names have that head ("the Israeli government", "the Biden administration"):
 * and a party the ontology also calls a mediator ("the mediators") is left out: "Blinken said the
 * government would withdraw its troops" speaks of Israel's.
 * A speaker who is no state ("a Taliban spokesman said the government must free …") speaks of the
 * other side's government: nothing is read.
 */
import type { ActorMention } from './actors';
import type { CompiledOntology } from './compile-ontology';
import type { Speaker } from './speaker';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const HEAD = wordSet(/^(?:government|administration)$/);
const OPENER = wordSet(/^(?:the|his|her)$/);
/** Words after the head that make it part of a longer noun phrase or another's place. */
const NOT_AFTER = wordSet(
  /^(?:['’]s|['’]|of|in|at|from|for|with|official|officials|forces|force|troops|negotiators|negotiating|delegation|team|teams|side|spokesman|spokeswoman|spokesperson|source|sources|critics|opponents|supporters|ministers|minister|leaders|leader|buildings|building|offices|office|agencies|agency|employees|workers|figures|members|member|positions|position|plan|plans|bonds|debt|decree|decrees|statement|statements|data|media|army|soldiers|officers|security|control|policy|policies|proposal|proposals|talks|and|or|that|which|who|whose|has-been|formation|led|run|backed|controlled|held)$/,
);
/** Words opening a condition or a time clause: its subject states no stance ("provided the government frees …"). */
const CONDITION = wordSet(
  /^(?:if|unless|provided|providing|once|until|till|when|whenever|after|before|because|since|as|so|while|whether|than)$/,
);
/** Roles that speak for a state's own government. */
const OWN_ROLE =
  /\b(?:president|prime minister|premier|chancellor|minister|secretary|spokes(?:man|woman|person)|press secretary|taoiseach|t[aá]naiste|emir|king|chief executive|chief cabinet secretary)\b/i;
/** Roles posted to or dealing with another country's government. */
const POSTED_ROLE = /\b(?:envoy|representative|ambassador|negotiator|mediator|emissary|special)\b/i;
/** Offices only a state has. */
const STATE_OFFICE = /^(?:prime minister|chancellor|foreign minister|foreign secretary|premier|taoiseach)$/i;
/** How far back (characters) another state's government may have been named: a few paragraphs. */
const LOOKBACK_CHARS = 2000;

interface StateParty {
  /** Names with each head in them, for the look back. */
  named: Map<string, RegExp>;
  mediator: boolean;
}

const statesOf = new WeakMap<CompiledOntology, Map<string, StateParty>>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function states(compiled: CompiledOntology): Map<string, StateParty> {
  let out = statesOf.get(compiled);
  if (out) return out;
  out = new Map();
  for (const p of compiled.parties) {
    const names = [p.name, ...(p.aliases ?? [])];
    const state =
      names.some((n) => /\bgovernment\b/i.test(n)) ||
      (p.officials ?? []).some((o) => STATE_OFFICE.test((o.role ?? '').trim()));
    if (!state) continue;
    const named = new Map<string, RegExp>();
    for (const head of ['government', 'administration']) {
      const own = names.filter((n) => new RegExp(`\\b${head}\\b`, 'i').test(n) && /\s/.test(n.trim()));
      if (own.length > 0)
        named.set(
          head,
          new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${own
              .sort((a, b) => b.length - a.length)
              .map(escape)
              .join('|')})(?![\\p{L}\\p{N}])`,
            'iu',
          ),
        );
    }
    // (A party the ontology calls a mediator speaks of the sides' governments: "the mediators".)
    out.set(p.id, { named, mediator: names.some((n) => /\bmediat/i.test(n)) });
  }
  statesOf.set(compiled, out);
  return out;
}

/** Whether the sentence may hold such a head at all (a cheap look before any other). */
export const mayHoldGovernmentHead = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => HEAD.test(t.lower));

/**
 * The generic government heads of the sentence that stand for its speaker's own party, as actor
 * mentions (none when any condition above fails).
 */
export function governmentHeads(
  text: string,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
  speaking: Extract<Speaker, { kind: 'party' }> | null,
): ActorMention[] {
  if (!speaking || speaking.parties.length !== 1) return [];
  const party = speaking.parties[0] as string;
  const all = states(compiled);
  const own = all.get(party);
  if (!own || own.mediator || own.named.size === 0) return [];
  if (speaking.role && (!OWN_ROLE.test(speaking.role) || POSTED_ROLE.test(speaking.role))) return [];
  // (No other state named in the sentence, by any name.)
  if (actors.some((a) => a.parties.some((p) => p !== party && all.has(p)))) return [];
  const out: ActorMention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // (Only a head the party's own names have: "the Afghan government", "the Biden administration".)
    if (!HEAD.test(t.lower) || !own.named.has(t.lower)) continue;
    const opener = tokens[k - 1] as Token;
    if (!OPENER.test(opener.lower)) continue;
    if (actors.some((a) => a.first <= k && k - 1 <= a.last)) continue;
    if (
      CONDITION.test(tokens[k - 2]?.lower ?? '') ||
      (tokens[k - 2]?.lower === 'that' && CONDITION.test(tokens[k - 3]?.lower ?? ''))
    )
      continue;
    const next = tokens[k + 1];
    if (next && (NOT_AFTER.test(next.lower) || (next.word && /^[A-Z]/.test(next.text)))) continue;
    // ("the government-run media": a compound.)
    if (next && /^[-‐‑]$/.test(next.text)) continue;
    if (
      opener.lower !== 'the' &&
      actors.some(
        (a) =>
          (a.kind === 'official' || a.kind === 'role' || a.kind === 'learned') && !a.parties.includes(party),
      )
    )
      continue;
    // (Another state's government named a few paragraphs back.)
    const before = text.slice(Math.max(0, t.start - LOOKBACK_CHARS), opener.start);
    let other = false;
    for (const [id, s] of all) {
      if (id === party) continue;
      const named = s.named.get(t.lower);
      if (named && named.test(before)) {
        other = true;
        break;
      }
    }
    if (other) continue;
    out.push({
      first: k - 1,
      last: k,
      parties: [party],
      kind: 'name',
      role: null,
      text: text.slice(opener.start, t.end),
    });
  }
  return out;
}

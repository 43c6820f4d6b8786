/**
 * Who is named in a sentence: parties by name or metonym ("the Kremlin"), officials by name within
 * the dates of their office, offices combined with a party ("a spokesman for the Kremlin", "the
 * British foreign secretary", "Russian Deputy Foreign Minister Sergei Ryabkov"), and people the
 * document introduced that way earlier ("Ryabkov" after "Russian envoy Sergei Ryabkov"), as event
 * coders' actor dictionaries do. A party adjective alone ("Russian proposals") is a modifier.
 */
import type { ActorEntry, CompiledOntology } from './compile-ontology';
import type { Token } from './tokens';
import { STARTS_LOWER } from './letters';
import { collectiveAt, namedLastBefore } from './collective-nouns';
import { genericHeadAt, hasGenericHeads } from './generic-heads';
import { modifiesOffice } from './office-gap';
import { REPLY_MODIFIER, REPLY_NOUN } from './word-lists';
import { wordSet } from './word-set';

export type ActorKind = 'name' | 'official' | 'role' | 'learned' | 'adjective';

export interface ActorMention {
  /** Token span, inclusive, covering office words and the person's name. */
  first: number;
  last: number;
  parties: string[];
  kind: ActorKind;
  /** The office that makes the words speak for the party. */
  role: string | null;
  /** The words that named the actor, as written. */
  text: string;
}

/** People a document has introduced with their office: surname → party and role. */
export type LearnedNames = Map<string, { parties: string[]; role: string | null }>;

/**
 * Offices a document has named with their holder's party, for "the Prime Minister" later on:
 * office (lower case, "of …" dropped) → the party, or null once two parties held it.
 */
export type LearnedOffices = Map<string, string[] | null>;

export const officeKey = (role: string): string =>
  role
    .toLowerCase()
    .replace(/\s+of\s.*$/, '')
    .trim();

const ROLE_JOINERS = new Set(['of', 'for']);
/** Words that cannot sit between a party and its office ("the Sarnian trade minister" can). */
const NOT_BETWEEN_PARTY_AND_ROLE = /^(?:its|his|her|their|the|a|an|has|had|is|was|and|or|\w+ed)$/;
/** Offices held at a posting: "ambassador to", "envoy to", "permanent representative to". */
const POSTINGS =
  /^(?:(?:permanent |special )?(?:ambassador|envoy|representative|delegate|delegation|mission|emissary)s?)$/i;
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const NOT_A_NAME = new Set([
  'The',
  'A',
  'An',
  'On',
  'In',
  'At',
  'He',
  'She',
  'They',
  'It',
  'This',
  'That',
  'But',
  'And',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

const inOffice = (e: ActorEntry, date: string | null): boolean =>
  e.kind !== 'official' ||
  date === null ||
  ((e.from === null || e.from <= date) && (e.to === null || date <= e.to));

const spanText = (tokens: readonly Token[], text: string, first: number, last: number): string =>
  text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);

/** Capitalised words after `from` (a person's name), at most three. */
function nameAfter(tokens: readonly Token[], from: number, to: number): number {
  let last = from - 1;
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const t = tokens[i] as Token;
    if (!t.word || !CAPITALISED.test(t.text) || NOT_A_NAME.has(t.text)) break;
    last = i;
  }
  return last;
}

const FORMER = wordSet(/^(?:former|ex|retired|onetime|one-time|erstwhile|then)$/);

/** Whether `i` opens a person's name: two or three capitalised words, none a function word or an actor. */
function fullNameAt(
  tokens: readonly Token[],
  raw: readonly ActorMention[],
  first: number,
  last: number,
): boolean {
  if (last - first < 1 || last - first > 2) return false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !CAPITALISED.test(t.text) || NOT_A_NAME.has(t.text)) return false;
    if (raw.some((a) => i >= a.first && i <= a.last)) return false;
  }
  return true;
}

/**
 * The name set beside an office with a party between commas ("Mark Brzezinski, the US ambassador to
 * Poland, said", "The US ambassador to Poland, Mark Brzezinski, said"), as [first, last], or null. The
 * office spans `first`..`last`; the name is two or three capitalised words, opening the sentence or
 * after a lower-case word, and the office (or the name after it) is closed by a comma.
 */
function apposedName(
  tokens: readonly Token[],
  raw: readonly ActorMention[],
  first: number,
  last: number,
): [number, number] | null {
  // Before: "<Name>, the <office>," (the office closed by a comma).
  let b = first - 1;
  if (tokens[b]?.lower === 'the') b--;
  if (tokens[b]?.text === ',' && tokens[last + 1]?.text === ',') {
    const end = b - 1;
    for (let start = end - 1; start >= Math.max(0, end - 2); start--) {
      const before = tokens[start - 1];
      if (before && before.word && before.capital) continue;
      if (fullNameAt(tokens, raw, start, end)) return [start, end];
    }
  }
  // After: "the <office>, <Name>," (the name closed by a comma).
  if (tokens[last + 1]?.text === ',') {
    for (let end = last + 3; end <= last + 4; end++)
      if (tokens[end + 1]?.text === ',' && fullNameAt(tokens, raw, last + 2, end)) return [last + 2, end];
  }
  return null;
}

/**
 * "the deputy minister said" after "Deputy Foreign Minister Sergei Ryabkov": an office named short, its
 * first and last words those of one learned office (of two words at least), held by one party only.
 */
function shortenedOffice(offices: LearnedOffices, roleText: string): string[] | undefined {
  const words = officeKey(roleText).split(/\s+/);
  if (words.length < 2) return undefined;
  let found: string[] | undefined;
  for (const [office, parties] of offices) {
    const full = office.split(/\s+/);
    if (full.length <= words.length || full[0] !== words[0] || full.at(-1) !== words.at(-1)) continue;
    // (Every word of the short form, in order.)
    let k = 0;
    for (const w of full) if (w === words[k]) k++;
    if (k < words.length) continue;
    if (!parties || (found && found.join() !== parties.join())) return undefined;
    found = parties;
  }
  return found;
}

const officeWords = (role: string): string => officeKey(role).replace(/[-‐‑\s]+/g, ' ');
/**
 * Titles only a few states give, one holder at a time ("the chancellor", "the foreign secretary"): with
 * no name, such a title is its one holder's in the ontology on the date, named party or not. (Not "the
 * prime minister", "the foreign minister": nearly every state has one, and the ontology lists only some;
 * nor "the spokesman", "the adviser": many people of many parties.)
 */
const FEW_STATES_TITLE = /^(?:chancellor|foreign secretary|taoiseach)$/;
const holdersByOffice = new WeakMap<CompiledOntology, Map<string, ActorEntryHolder[]>>();
interface ActorEntryHolder {
  party: string;
  from: string | null;
  to: string | null;
}
/**
 * The one party whose ontology officials hold the office (its words as written, "of …" dropped) on the
 * date, or undefined: none, or officials of two parties.
 */
function onlyHolder(compiled: CompiledOntology, roleText: string, date: string | null): string[] | undefined {
  let byOffice = holdersByOffice.get(compiled);
  if (!byOffice) {
    byOffice = new Map();
    // (Every party, hidden ones too: an office a hidden party also holds is no one party's.)
    for (const p of compiled.ontology.parties)
      for (const o of p.officials ?? []) {
        const key = officeWords(o.role);
        const list = byOffice.get(key) ?? [];
        list.push({ party: p.id, from: o.from ?? null, to: o.to ?? null });
        byOffice.set(key, list);
      }
    holdersByOffice.set(compiled, byOffice);
  }
  const parties = new Set(
    (byOffice.get(officeWords(roleText)) ?? [])
      .filter(
        (h) => date === null || ((h.from === null || h.from <= date) && (h.to === null || date <= h.to)),
      )
      .map((h) => h.party),
  );
  const [only] = parties;
  return parties.size === 1 && compiled.parties.some((p) => p.id === only) ? [only as string] : undefined;
}

/** The one party the ontology calls "the administration", or undefined. */
const administrationOf = new WeakMap<CompiledOntology, string[] | null>();
function administrationParty(compiled: CompiledOntology): string[] | undefined {
  let found = administrationOf.get(compiled);
  if (found === undefined) {
    const ids = compiled.parties
      .filter((p) => (p.aliases ?? []).some((a) => a.toLowerCase() === 'the administration'))
      .map((p) => p.id);
    found = ids.length === 1 ? ids : null;
    administrationOf.set(compiled, found);
  }
  return found ?? undefined;
}
/** Office words after "administration": "administration official(s)", "administration spokesman". */
const OFFICIALS_AFTER_ADMINISTRATION = wordSet(
  /^(?:official|officials|spokesman|spokeswoman|spokesperson|aide|aides|source|sources)$/,
);
/** Words of rank between the article and "administration": "a senior administration official". */
const RANK = wordSet(/^(?:senior|top|high-ranking|high-level|second|third|another|other)$/);
/** What opens such a phrase: an article or a count ("a", "two", "several"). */
const DETERMINER = wordSet(
  /^(?:a|an|the|one|two|three|four|several|some|many|other|another|that|this|these|those|said|told|according|to|by|and|,)$/,
);
const BOUNDARY_BEFORE = wordSet(/^[,;:“”"(—–-]$/);

const PLACE_PREFIX = wordSet(
  /^(?:Northern|Southern|Eastern|Western|North|South|East|West|Great|Greater|New|Upper|Lower)$/,
);
/**
 * Capitalised heads that make a place name before them part of another name: "the Washington Treaty",
 * "the Washington Post", "the Helsinki Final Act", "the Budapest Memorandum", "the Brussels Agreement".
 */
const NAMED_AFTER_PLACE = wordSet(
  /^(?:Treaty|Treaties|Post|Times|Journal|Document|Memorandum|Final|Declaration|Charter|Accord|Accords|Agreement|Agreements|Protocol|Format|Process|Convention|Consensus|Summit|Institute|University|Club|Forum|Airport|Conference)$/,
);

/** Words before a subject that open its clause: "said that no ally …", "…, but every ally …". */
const COUNTED_OPENER = wordSet(
  /^(?:[,;:“"(—–]|that|but|and|yet|while|whereas|because|as|since|though|although|so|if|when|where)$/,
);
/** A plain member noun, and what kind of member may follow it: "member state", "member countries". */
const MEMBER = /^members?$/;
const MEMBER_KIND = /^(?:states?|country|countries|nations?|governments?)$/;
const NUMBER_WORD =
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/;

/**
 * The quantifier counting the member noun at `k` out of its party, opening a clause: "no ally", "not one
 * ally", "not a single ally", "no member state" (the actor is the noun alone, so the quantifier denies the verb, as in "no
 * NATO member"), "every ally", "each ally", "all 30 allies" (the actor takes the quantifier in). Not
 * "no ally of Moscow", "every ally in Europe" (someone else's allies, or a part), nor an object ("has no ally").
 */
function countedFrom(tokens: readonly Token[], k: number, last: number): { first: number } | null {
  const at = (i: number): string => tokens[i]?.lower ?? '';
  if (/^(?:of|to|in|among|from|within|outside|except|but)$/.test(at(last + 1))) return null;
  const singular = !at(last).endsWith('s');
  let q = -1;
  let denies = false;
  if (singular) {
    let j = k - 1;
    if (at(j) === 'single') j--;
    if (at(j) === 'no' || at(j) === 'every' || at(j) === 'each') {
      q = j;
      denies = at(j) === 'no';
    } else if (at(j) === 'one' && at(j - 1) === 'not') {
      q = j - 1;
      denies = true;
    } else if (at(j) === 'a' && at(k - 1) === 'single' && at(j - 1) === 'not') {
      q = j - 1;
      denies = true;
    }
  } else if (NUMBER_WORD.test(at(k - 1)) && at(k - 2) === 'all') q = k - 2;
  if (q < 0) return null;
  let before = q - 1;
  while (before >= 0 && tokens[before]?.transparent && !/^["“(]$/.test(tokens[before]?.text ?? '')) before--;
  if (before >= 0 && !COUNTED_OPENER.test(at(before))) return null;
  return { first: denies ? k : q };
}

export function findActors(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  published: string | null,
  learned: LearnedNames,
  offices: LearnedOffices = new Map(),
  /** Parties the document has named before this sentence: an office's one holder must be among them. */
  named: ReadonlySet<string> = new Set(),
): ActorMention[] {
  const raw: ActorMention[] = [];
  for (const m of compiled.actors.find(tokens)) {
    const entries = m.values.filter((e) => inOffice(e, published));
    if (entries.length === 0) continue;
    // "Northern Ireland", "Great Britain", "East Germany": a capitalised compass or size word before a
    // name makes another place of it, unless the ontology names the whole ("Great Britain").
    if (PLACE_PREFIX.test(tokens[m.first - 1]?.text ?? '') && entries.every((e) => e.kind !== 'official'))
      continue;
    // ("the 1949 Washington Treaty", "the Washington Post": a one-word place name, not an acronym, before
    // such a head names a document or an institution, not the party; "the NATO summit" is NATO's.)
    const single = tokens[m.first] as Token;
    if (
      m.first === m.last &&
      single.text !== single.text.toUpperCase() &&
      NAMED_AFTER_PLACE.test(tokens[m.last + 1]?.text ?? '') &&
      entries.every((e) => e.kind !== 'official')
    )
      continue;
    // An official's entry wins over a bare name for the same words; roles come from the office.
    const official = entries.find((e) => e.kind === 'official');
    const kind: ActorKind = official
      ? 'official'
      : entries.every((e) => e.kind === 'adjective') && !beforeReply(tokens, m.first, m.last)
        ? 'adjective'
        : 'name';
    raw.push({
      first: m.first,
      last: m.last,
      // One entry (most names): its party, without a set.
      parties:
        entries.length === 1 ? [(entries[0] as ActorEntry).party] : [...new Set(entries.map((e) => e.party))],
      kind,
      role: official?.role ?? null,
      text: spanText(tokens, text, m.first, m.last),
    });
  }
  // "the Ireland/Northern Ireland Protocol": a name joined by a slash to words that name no party is part
  // of a compound label, not an actor ("US/NATO" names two).
  for (let i = raw.length - 1; i >= 0; i--) {
    const a = raw[i] as ActorMention;
    const slashAfter = tokens[a.last + 1]?.text === '/' && tokens[a.last + 2]?.word;
    const slashBefore = tokens[a.first - 1]?.text === '/' && tokens[a.first - 2]?.word;
    if (
      (slashAfter && !raw.some((b) => b.first === a.last + 2)) ||
      (slashBefore && !raw.some((b) => b.last === a.first - 2))
    )
      raw.splice(i, 1);
  }
  // "Northern Ireland's main pro-UK party", "anti-EU campaigners": a name after "pro-"/"anti-" describes
  // someone else's leaning, not the party itself.
  for (let i = raw.length - 1; i >= 0; i--) {
    const a = raw[i] as ActorMention;
    if (
      /^[-‐‑]$/.test(tokens[a.first - 1]?.text ?? '') &&
      /^(?:pro|anti)$/i.test(tokens[a.first - 2]?.text ?? '')
    )
      raw.splice(i, 1);
  }
  // "The bloc said …": the grouping named last before it.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if ((tokens[k] as Token).lower !== 'the' || !compiled.collectives.has((tokens[k + 1] as Token).lower))
      continue;
    if (raw.some((a) => a.first <= k + 1 && k <= a.last)) continue;
    const party = collectiveAt(text, tokens, k, compiled.collectives);
    if (party)
      raw.push({
        first: k,
        last: k + 1,
        parties: [party],
        kind: 'name',
        role: null,
        text: spanText(tokens, text, k, k + 1),
      });
  }
  // "The group said …", "the terror group": the party with such a name named last before it.
  if (hasGenericHeads(compiled))
    for (let k = 0; k + 1 < tokens.length; k++) {
      if ((tokens[k] as Token).lower !== 'the') continue;
      const found = genericHeadAt(text, tokens, k, compiled);
      if (!found || raw.some((a) => a.first <= found.last && k <= a.last)) continue;
      raw.push({
        first: k,
        last: found.last,
        parties: [found.party],
        kind: 'name',
        role: null,
        text: spanText(tokens, text, k, found.last),
      });
    }
  // "Washington and its allies": the grouping the party leads.
  for (const a of [...raw]) {
    if (a.kind !== 'name' || a.parties.length !== 1) continue;
    const grouping = compiled.ledGroupings.get(a.parties[0] as string);
    if (
      !grouping ||
      !/^(?:and|&)$/.test(tokens[a.last + 1]?.lower ?? '') ||
      !/^(?:its|their)$/.test(tokens[a.last + 2]?.lower ?? '') ||
      !/^(?:allies|partners)$/.test(tokens[a.last + 3]?.lower ?? '') ||
      raw.some((b) => b.first <= a.last + 3 && a.last + 2 <= b.last)
    )
      continue;
    raw.push({
      first: a.last + 2,
      last: a.last + 3,
      parties: [grouping],
      kind: 'name',
      role: null,
      text: spanText(tokens, text, a.last + 2, a.last + 3),
    });
  }
  // "No ally will accept …", "every ally rejects …", "all 30 allies back …": a subject counted out of the
  // members the ontology calls a party by ("the allies"), opening its clause.
  // A plain "member" ("not one member", "no member state") is one of the grouping whose names count
  // members ("NATO member countries", "the 27-member bloc") named last before it.
  if (compiled.memberNouns.size > 0 || compiled.memberGroupings.length > 0)
    for (let k = 1; k < tokens.length; k++) {
      const w = (tokens[k] as Token).lower;
      const member = MEMBER.test(w) && compiled.memberGroupings.length > 0;
      const named = member ? null : compiled.memberNouns.get(w);
      if (!named && !member) continue;
      const last = member && MEMBER_KIND.test(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
      if (raw.some((a) => a.first <= last && k <= a.last)) continue;
      const q = countedFrom(tokens, k, last);
      if (!q) continue;
      const grouping = member
        ? namedLastBefore(text, (tokens[q.first] as Token).start, compiled.memberGroupings)
        : null;
      const parties = named ? [...named] : grouping ? [grouping] : [];
      if (parties.length === 0) continue;
      raw.push({
        first: q.first,
        last,
        parties,
        kind: 'name',
        role: null,
        text: spanText(tokens, text, q.first, last),
      });
    }
  // "a senior administration official said", "administration officials say": the administration the
  // ontology means by "the administration" (one party's alias), as "the administration said" is. Not a
  // former one's ("a former administration official"), nor one named for its head ("the Ghani
  // administration", a name before it), nor a party's own named before it ("a US administration official").
  const administration = administrationParty(compiled);
  if (administration)
    for (let k = 0; k + 1 < tokens.length; k++) {
      if ((tokens[k] as Token).lower !== 'administration') continue;
      if (!OFFICIALS_AFTER_ADMINISTRATION.test((tokens[k + 1] as Token).lower)) continue;
      if (raw.some((a) => a.first <= k + 1 && k - 1 <= a.last)) continue;
      let b = k - 1;
      while (b >= 0 && RANK.test((tokens[b] as Token).lower)) b--;
      const opener = tokens[b];
      if (opener && !(opener.word ? DETERMINER.test(opener.lower) : BOUNDARY_BEFORE.test(opener.text)))
        continue;
      if (tokens.slice(Math.max(0, b - 1), k).some((t) => FORMER.test(t.lower))) continue;
      raw.push({
        first: k,
        last: k,
        parties: administration,
        kind: 'name',
        role: null,
        text: spanText(tokens, text, k, k),
      });
    }
  // (Found only when an office word could be an adjective: this runs for every sentence. Written in
  // place, not as a named closure: the tsx/esbuild keepNames transform names each closure made.)
  let carrierStarts: Set<number> | null = null;
  const roles = compiled.roles
    .find(tokens)
    .filter((r) => !raw.some((a) => r.first <= a.last && a.first <= r.last))
    // "the US-headed alliance", "US-led": a verb sharing a role noun's lemma is no office.
    .filter((r) => !(r.first === r.last && /(?:ed|ing)$/.test(tokens[r.first]?.lower ?? '')))
    // "Moscow's chief demands", "its general proposals": an adjective before a demand noun, no office.
    .filter(
      (r) =>
        !(
          r.first === r.last &&
          /^(?:chief|general)$/.test(tokens[r.first]?.lower ?? '') &&
          (carrierStarts ??= new Set(compiled.carriers.find(tokens).map((c) => c.first))).has(r.last + 1)
        ),
    );

  const out: ActorMention[] = [];
  const used = new Set<ActorMention>();
  for (const role of roles) {
    const roleText = spanText(tokens, text, role.first, role.last);
    // "Russian Deputy Foreign Minister", "Kremlin spokesman", "Russia's deputy foreign minister"
    // Up to two lower-case words may sit between: "the Sarnian trade minister".
    let before = raw.find(
      (a) =>
        a.last === role.first - 1 ||
        (a.last === role.first - 2 && tokens[a.last + 1]?.transparent) ||
        (a.last >= role.first - 3 &&
          a.last < role.first &&
          // (Not a clause between: "Russia recalled its envoy", "Tehran told envoy …".)
          tokens
            .slice(a.last + 1, role.first)
            .every((t) => t.word && STARTS_LOWER.test(t.text) && !NOT_BETWEEN_PARTY_AND_ROLE.test(t.lower)) &&
          modifiesOffice(a, tokens.slice(a.last + 1, role.first), raw, role.last + 1)),
    );
    // "Pyongyang's UN ambassador", "Russia's NATO envoy": a party between a possessor and a posting's
    // office is where the envoy is posted; the possessor is whom the envoy speaks for.
    const postedAt = before && POSTINGS.test(roleText) && before.last === role.first - 1 ? before : undefined;
    const poster = postedAt
      ? raw.find(
          (a) =>
            a !== postedAt &&
            a.last === postedAt.first - 2 &&
            /^['’]s?$/.test(tokens[a.last + 1]?.text ?? ''),
        )
      : undefined;
    if (poster && postedAt) {
      used.add(postedAt);
      before = poster;
    }
    // "a spokesman for the Kremlin", "Secretary General of NATO" (not "ambassador to NATO": a posting)
    let after: ActorMention | undefined;
    const joiner = tokens[role.last + 1];
    if (!before && joiner && ROLE_JOINERS.has(joiner.lower)) {
      after = raw.find(
        (a) =>
          a.first === role.last + 2 || (a.first === role.last + 3 && tokens[role.last + 2]?.lower === 'the'),
      );
    }
    // "Moscow's ambassador to Washington", "the Russian envoy to the OSCE": the party after "to" is
    // the posting, not whom the envoy speaks for; it is part of the office ("US Ambassador to NATO
    // Julianne Smith" is known by the name after it). So is the place after "in" once a party before
    // the office says whose it is: "Ukraine's ambassador in London", "the US ambassador in Moscow",
    // "Ukraine's foreign minister in Brussels".
    const posting =
      !after && ((POSTINGS.test(roleText) && joiner?.lower === 'to') || (joiner?.lower === 'in' && !!before))
        ? raw.find(
            (a) =>
              a.first === role.last + 2 ||
              (a.first === role.last + 3 && tokens[role.last + 2]?.lower === 'the'),
          )
        : undefined;
    if (posting) used.add(posting);
    const party = before ?? after;
    const nameStart = (after ? after.last : posting ? posting.last : role.last) + 1;
    const nameEnd = nameAfter(tokens, nameStart, tokens.length);
    const hasName = nameEnd >= nameStart;
    const person = hasName ? raw.find((a) => a.first === nameStart && a.kind === 'official') : undefined;
    if (!party && !person) {
      // "The Prime Minister stressed …" after "British Prime Minister Boris Johnson": the one party
      // the document has named in that office (a single-word office is too loose: "the minister").
      // (An office named with a person of a party the ontology does not know: two holders, say.)
      // (Never tokens[-1]: a read before the first token cost findActors its optimised code.)
      if (hasName && role.first > 0 && tokens[role.first - 1]!.capital)
        offices.set(officeKey(roleText), null);
      const learnedHeld =
        offices.get(officeKey(roleText)) ?? (hasName ? undefined : shortenedOffice(offices, roleText));
      // "The Secretary-General said …", "the Taoiseach went on": an office no one else holds, never
      // named in the document, is its one holder's in the ontology (a one-word office only as a title),
      // once the document has named that holder's party ("the Secretary of State" in a piece on Belfast
      // that never names Washington is more likely Northern Ireland's).
      // ("The chancellor said …", "the foreign secretary told reporters …": a title few states use, its
      // one holder in the ontology on the date is meant even before the document names the party.)
      // (Not the head of a longer title: "the chancellor of the exchequer".)
      const fewStates =
        FEW_STATES_TITLE.test(officeWords(roleText)) && !ROLE_JOINERS.has(joiner?.lower ?? '');
      const held =
        learnedHeld === undefined &&
        !hasName &&
        (roleText.includes(' ') || tokens[role.first]?.capital || fewStates)
          ? onlyHolder(compiled, roleText, published)?.filter((p) => fewStates || named.has(p))
          : learnedHeld;
      const unique = learnedHeld === undefined && !!held?.length;
      if (
        role.first > 0 &&
        tokens[role.first - 1]!.lower === 'the' &&
        held?.length &&
        (roleText.includes(' ') || unique) &&
        !hasName
      )
        out.push({
          first: role.first - 1,
          last: role.last,
          parties: held,
          kind: 'role',
          role: roleText,
          text: spanText(tokens, text, role.first - 1, role.last),
        });
      continue;
    }
    const parties = party?.parties ?? person?.parties ?? [];
    const first = party && party.first < role.first ? party.first : role.first;
    const last = Math.max(role.last, after?.last ?? 0, posting?.last ?? 0, hasName ? nameEnd : 0);
    if (party) used.add(party);
    if (person) used.add(person);
    for (const a of raw) if (a.first >= first && a.last <= last) used.add(a);
    // The name after the office is learned for the rest of the document (not a former holder's).
    // ("a former senior Russian diplomat": past words of rank to "former".)
    let b = first - 1;
    while (b >= 0 && ((tokens[b] as Token).transparent || RANK.test((tokens[b] as Token).lower))) b--;
    if (FORMER.test(tokens[b]?.lower ?? '')) continue;
    if (party && hasName && !person) {
      const surname = tokens[nameEnd] as Token;
      learned.set(surname.text, { parties, role: roleText });
      learned.set(spanText(tokens, text, nameStart, nameEnd), { parties, role: roleText });
    }
    // "Mark Brzezinski, the US ambassador to Poland, …", "the US ambassador to Poland, Mark Brzezinski,
    // …": the name set beside the office between commas is learned the same way ("Brzezinski said" later).
    if (party && !hasName && !person) {
      const named = apposedName(tokens, raw, first, last);
      if (named) {
        learned.set((tokens[named[1]] as Token).text, { parties, role: roleText });
        learned.set(spanText(tokens, text, named[0], named[1]), { parties, role: roleText });
      }
    }
    out.push({
      first,
      last,
      parties,
      kind: 'role',
      role: person?.role ?? roleText,
      text: spanText(tokens, text, first, last),
    });
  }
  for (const a of raw) if (!used.has(a)) out.push(a);
  // "former NATO Secretary General Rasmussen": an official named after leaving no longer speaks for it.
  for (let k = out.length - 1; k >= 0; k--) {
    const a = out[k] as ActorMention;
    if (a.kind !== 'official') continue;
    let b = a.first - 1;
    while (b >= 0 && (tokens[b] as Token).transparent) b--;
    if (FORMER.test(tokens[b]?.lower ?? '')) out.splice(k, 1);
  }
  // An official named in full ("Wang Yi", "Jens Stoltenberg") is known by one name for the rest of the
  // document: the last word, or the first where the last is a short given name ("Wang" of "Wang Yi").
  for (const a of raw) {
    if (a.kind !== 'official' || a.last === a.first) continue;
    const last = tokens[a.last] as Token;
    const surname = last.text.length <= 3 ? (tokens[a.first] as Token) : last;
    if (CAPITALISED.test(surname.text) && !learned.has(surname.text))
      learned.set(surname.text, { parties: a.parties, role: a.role });
  }

  // Offices named with their holder's party, for a bare "the Prime Minister" later on.
  for (const a of out) {
    if (!a.role || a.parties.length !== 1 || a.text.toLowerCase().startsWith('the ')) continue;
    const key = officeKey(a.role);
    const held = offices.get(key);
    if (held === undefined) offices.set(key, a.parties);
    else if (held !== null && held[0] !== a.parties[0]) offices.set(key, null);
  }

  // Surnames the document introduced earlier.
  if (learned.size > 0) {
    for (const t of tokens) {
      if (!t.capital) continue;
      const hit = learned.get(t.text);
      if (!hit || !CAPITALISED.test(t.text)) continue;
      if (out.some((a) => t.i >= a.first && t.i <= a.last)) continue;
      if (hit)
        out.push({
          first: t.i,
          last: t.i,
          parties: hit.parties,
          kind: 'learned',
          role: hit.role,
          text: t.text,
        });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** True when the actor can hold a position: not a bare adjective ("Russian troops"). */
export const canSpeak = (a: ActorMention): boolean => a.kind !== 'adjective';

/** What may stand before "the" of a reply that is its clause's subject: a speech verb, "that", a joint. */
const BEFORE_SUBJECT = wordSet(
  /^(?:said|says|say|told|added|noted|stressed|insisted|argued|that|and|but|while|whereas)$/,
);
/** A preposition after the noun makes it a noun phrase's head inside an object ("the reply to …"). */
const PREPOSITION_AFTER = wordSet(/^(?:to|on|of|for|from|in|about|over|with|by)$/);

/**
 * "The American reply offers talks on …", "Lavrov said the American reply holds ideas …": a party
 * adjective before its reply, opening a clause as its subject, names the party the reply speaks for,
 * as "the US reply" does, so it is read as a name there. Not inside an object ("NATO rejected the
 * Russian reply"), nor before a preposition ("the Russian response to the American proposals").
 */
function beforeReply(tokens: readonly Token[], first: number, last: number): boolean {
  // ("the American and British replies": the second of two owners, after the first.)
  const det =
    tokens[first - 1]?.lower === 'and' && /^[A-Z]/.test(tokens[first - 2]?.text ?? '')
      ? first - 3
      : first - 1;
  if (tokens[det]?.lower !== 'the') return false;
  // ("both the American and the alliance's replies": "both" before the pair.)
  const opener = tokens[det - 1]?.lower === 'both' ? tokens[det - 2] : tokens[det - 1];
  if (opener && opener.word && !BEFORE_SUBJECT.test(opener.lower)) return false;
  let k = last + 1;
  // "the American and NATO replies": a second owner, capitalised, joined before the replies.
  if (tokens[k]?.lower === 'and' && /^[A-Z]/.test(tokens[k + 1]?.text ?? '')) {
    k += 2;
    if (/^[A-Z]/.test(tokens[k]?.text ?? '') && !REPLY_NOUN.test(tokens[k]?.lower ?? '')) k++;
  } else if (tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'the') {
    // "the American and the alliance's replies": a second owner with its own "the" and possessive.
    let p = k + 2;
    while (p <= k + 4 && !/^['’]s?$/.test(tokens[p]?.text ?? '')) p++;
    if (p > k + 4 || p === k + 2) return false;
    k = p + 1;
  }
  const owners = k;
  while (REPLY_MODIFIER.test(tokens[k]?.lower ?? '') && k <= owners + 1) k++;
  return REPLY_NOUN.test(tokens[k]?.lower ?? '') && !PREPOSITION_AFTER.test(tokens[k + 1]?.lower ?? '');
}

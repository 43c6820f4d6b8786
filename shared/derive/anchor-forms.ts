/**
 * The other names of a frame's anchors. An anchor says a subject belongs to this negotiation: "sanctions"
 * near "Iran" are the sanctions at issue. An analyst who writes the anchor "Iran" means the country,
 * however a text names it ("Tehran", "the Islamic Republic", "Iranian"): the ontology's own party gives
 * those names, so each anchor that is a party's name, alias or adjective reads as every one of them.
 * An anchor made of a party's adjective and a noun reads with the noun and "from" the party too, and the
 * other way round: "Chinese goods" ↔ "goods from China", "imports from China" ↔ "Chinese imports". A
 * number from one to ten reads in words and in figures ("phase two" ↔ "Phase 2").
 * No word outside the ontology is added: only its own names of its own parties.
 */
import type { DemandFrame, Party } from '../model/ontology';

const NUMBER_WORD_LIST = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Numbers one to ten, each way: "two" → "2", "2" → "two". */
const NUMBER_WORDS = new Map<string, string>(
  NUMBER_WORD_LIST.flatMap((w, i) => [
    [w, String(i + 1)],
    [String(i + 1), w],
  ]),
);

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '');

/** A collector of forms not among `existing` nor added before (compared without case, quotes or "the"). */
function newForms(existing: readonly string[]): { add: (form: string) => void; added: string[] } {
  const seen = new Set(existing.map(key));
  const added: string[] = [];
  const add = (form: string): void => {
    const k = key(form);
    if (!k || seen.has(k)) return;
    seen.add(k);
    added.push(form);
  };
  return { add, added };
}

/** The frame with its anchors' other names added (the frame itself when there are none). */
export function withAnchorForms(frame: DemandFrame, parties: readonly Party[]): DemandFrame {
  const anchors = frame.anchors ?? [];
  if (anchors.length === 0) return frame;
  const { add, added } = newForms(anchors);
  for (const anchor of anchors) {
    const k = key(anchor);
    // "phase two" ↔ "phase 2": a number written in words or in figures.
    const renumbered = anchor
      .split(' ')
      .map((w) => NUMBER_WORDS.get(w.toLowerCase()) ?? w)
      .join(' ');
    if (renumbered !== anchor) add(renumbered);
    for (const p of parties) {
      const names = [p.name, ...p.aliases];
      const adjectives = p.adjectives ?? [];
      // "Iran" → "Tehran": the party's other one-word names (its capital, its acronym), not a common noun
      // it is also called by ("Allies", listed as "the allies" too) nor a description ("the West").
      if ([...names, ...adjectives].some((n) => key(n) === k))
        for (const n of names)
          if (/^[A-Z][A-Za-z.-]*$/.test(n) && !names.some((m) => m !== n && key(m) === n.toLowerCase()))
            add(n);
      // "Chinese goods" → "goods from China", "goods from Beijing".
      const adjectiveNoun = /^(\S+) ([a-z][a-z-]+)$/.exec(anchor);
      if (
        adjectiveNoun &&
        adjectives.includes(adjectiveNoun[1] as string) &&
        !names.some((n) => key(n) === k)
      )
        for (const n of names) add(`${adjectiveNoun[2]} from ${n}`);
      // "exports from China" → "Chinese exports".
      const nounFrom = /^([a-z][a-z-]+) from (.+)$/.exec(anchor);
      if (nounFrom && names.some((n) => key(n) === key(nounFrom[2] as string)))
        for (const a of adjectives) add(`${a} ${nounFrom[1]}`);
    }
  }
  return added.length === 0 ? frame : { ...frame, anchors: [...anchors, ...added] };
}

/** Nouns English news uses for one negotiated accord, each for the others: "the deal", "the accord". */
const ACCORD_NOUNS = ['deal', 'agreement', 'accord', 'pact', 'arrangement'];
/** Those that are nouns only: "deal" and "accord" are verbs too ("deal with", "according to"). */
const NOUN_ONLY = new Set(['agreement', 'pact', 'arrangement']);

/**
 * The frame with each weak subject or anchor that ends on a noun for an accord also read with the
 * others: an analyst who wrote "grain deal" or "the deal" means the accord however a text calls it
 * ("the grain agreement", "prolong the arrangement", "the 2015 pact"). Only a singular noun in lower
 * case: "Brussels Agreement" is a name, and "security arrangements" a setup, not an accord. A weak
 * subject (read only with a restriction: "extend the deal") of one word gets the nouns that are no verb;
 * an anchor of one word gets none (a bare "arrangement" is too common to tie a sentence to this
 * negotiation), nor do subjects read without a restriction and opposites, which name the demand alone.
 */
export function withAccordNouns(frame: DemandFrame): DemandFrame {
  let out: DemandFrame = frame;
  for (const field of ['weakSubjects', 'anchors'] as const) {
    const list = frame[field];
    if (!list || list.length === 0) continue;
    const seen = new Set(list.map((w) => w.toLowerCase()));
    const added: string[] = [];
    for (const phrase of list) {
      const m = /^(.+ |)([a-z]+)$/.exec(phrase);
      if (!m || !ACCORD_NOUNS.includes(m[2] as string)) continue;
      const before = m[1] as string;
      if (!before && field === 'anchors') continue;
      for (const noun of ACCORD_NOUNS) {
        const form = `${before}${noun}`;
        if (seen.has(form.toLowerCase()) || (!before && !NOUN_ONLY.has(noun))) continue;
        seen.add(form.toLowerCase());
        added.push(form);
      }
    }
    if (added.length) out = { ...out, [field]: [...list, ...added] };
  }
  return out;
}

/** A party's names written as proper names of up to three words ("United States", "Washington", "DPRK"). */
export function properNames(p: Party): string[] {
  const names = [p.name, ...p.aliases];
  return names.filter(
    (n) =>
      /^[A-Z][\w.-]*(?: (?:of |of the |and )?[A-Z][\w.-]*){0,2}$/.test(n) &&
      !names.some((m) => m !== n && key(m) === n.toLowerCase() && m === m.toLowerCase()),
  );
}
/** Nouns for what one country sells another, each for the others in an anchor: "Chinese goods" ↔ "Chinese imports". */
const TRADED = ['goods', 'products', 'imports', 'exports', 'merchandise'];

/**
 * The frame with more forms of the anchors the analyst wrote (`written`, before withAnchorForms): a
 * party's name with "'s" or its adjective before a noun reads with the party's other names and
 * adjectives ("Washington's tariffs" ↔ "U.S. tariffs", "American tariffs"); a noun for traded goods reads
 * as the others ("Chinese goods" → "Chinese exports"); "from" a place as "out of" it and back ("from
 * Afghanistan" ↔ "out of Afghanistan").
 */
export function withAnchorSwaps(
  frame: DemandFrame,
  parties: readonly Party[],
  written: readonly string[] = frame.anchors ?? [],
): DemandFrame {
  const all = frame.anchors ?? [];
  if (written.length === 0) return frame;
  const { add, added } = newForms(all);
  const adjectiveOwners = new Map<string, number>();
  for (const q of parties)
    for (const a of new Set((q.adjectives ?? []).map(key)))
      adjectiveOwners.set(a, (adjectiveOwners.get(a) ?? 0) + 1);
  // A party's own adjectives in capitals: not one it shares ("Western"), nor a common word also listed in lower case.
  const adjectivesOf = (p: Party): string[] =>
    (p.adjectives ?? []).filter(
      (a) =>
        /^[A-Z]/.test(a) &&
        !(p.adjectives ?? []).includes(a.toLowerCase()) &&
        (adjectiveOwners.get(key(a)) ?? 1) <= 1,
    );
  for (const anchor of written) {
    const m = /^(.+?)(['’]s)? ([a-z][a-z-]+)$/.exec(anchor);
    if (m && !parties.some((p) => [p.name, ...p.aliases].some((n) => key(n) === key(anchor)))) {
      const owner = m[1] as string;
      const noun = m[3] as string;
      for (const p of parties) {
        const isName = properNames(p).some((n) => key(n) === key(owner));
        const isAdjective = adjectivesOf(p).some((a) => key(a) === key(owner));
        if (!((m[2] && isName) || (!m[2] && isAdjective))) continue;
        for (const a of adjectivesOf(p)) add(`${a} ${noun}`);
        for (const n of properNames(p)) add(`${n}'s ${noun}`);
      }
    }
    const traded = /^(.+ |)(goods|products|imports|exports|merchandise)( .+|)$/.exec(anchor);
    if (traded) for (const g of TRADED) add(`${traded[1]}${g}${traded[3]}`);
    const place = /^(?:from|out of) ([A-Z].*)$/.exec(anchor);
    if (place) {
      add(`from ${place[1]}`);
      add(`out of ${place[1]}`);
    }
  }
  return added.length === 0 ? frame : { ...frame, anchors: [...all, ...added] };
}

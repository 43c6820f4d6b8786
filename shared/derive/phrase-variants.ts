/**
 * The other ways English news writes a demand phrase an analyst wrote once. A user writing a short
 * ontology lists "permanent ceasefire" and "release of all hostages"; copy says "permanent cease-fire",
 * "a lasting ceasefire", "the hostage release". Phrases match word for word (on lemmas), so each
 * phrase also reads as:
 * - spelt the other way: British and American spellings ("programme" / "program", "-ise" / "-ize",
 *   "defence" / "defense", "honour" / "honor") and "ceasefire" / "cease-fire";
 * - with a word of degree or duration swapped for its synonym ("permanent" / "lasting" / "durable",
 *   "full" / "complete" / "total" / "comprehensive"), "buy" for "purchase" and back, and "ceasefire" /
 *   "truce" and "goods" / "products" in a phrase of more than one word (a bare "truce" may be a short
 *   pause: the analyst's own qualifier must come with it);
 * - a noun of action with its "of" object turned into a compound ("release of all hostages" →
 *   "hostages release", read on lemmas as "hostage release"; "withdrawal of Israeli troops" → "Israeli
 *   troops withdrawal").
 * - without its article before a common noun ("bring down the violence" → "bring down violence",
 *   "release the prisoners" → "release prisoners"), or with a demonstrative for it ("end this war",
 *   "release these prisoners"); an article before a name stays ("the Rafah crossing");
 * - a compound of two nouns with its first noun as the "of" object of the second ("peace treaty" →
 *   "treaty of peace", "security guarantees" → "guarantees of security");
 * - with its act named by the verb or by its noun of action, the one for the other ("remove all
 *   tariffs" ↔ "removal of all tariffs", "release of Armenian prisoners" ↔ "release Armenian
 *   prisoners", "lifting of … sanctions" ↔ "lift … sanctions"), for acts that take a thing away or
 *   keep it (infer-frame.ts) and acts of setting free or giving back.
 * - without its article when the act is turned too ("removal of the tariffs" → "remove tariffs"), unless
 *   the verb is an adjective too ("opening of the market" is no "open market");
 * - for a phrase of one verb, its noun of action with "of" (actNounsOf).
 * - a truce qualified as lasting, said of it as a predicate ("permanent ceasefire" → "any ceasefire must be
 *   permanent", "the ceasefire is made permanent"): a writer asks for the lasting kind by saying the
 *   truce must last (predicativeForms).
 * - with "never" for a "not" that denies the verb after it ("will not leave" → "will never leave",
 *   "guarantee … not … again" → "guarantee … never … again"): the same denial, said for good.
 * - with a "not" that opens the phrase written onto its auxiliary ("not have a veto" → "doesn't have a
 *   veto", "won't have a veto"): the tokenizer keeps such a word whole.
 * A form that is no English word never meets a text, so a rule that makes one costs nothing.
 */
import { nounsOfVerb, verbsOfNoun } from './action-forms';
import { KEEPING, TAKING_AWAY } from './infer-frame';
import { CONTRACTED_NOT } from './word-lists';

/** Words of degree or duration that qualify a demand alike, and verbs of one plain act. */
const SYNONYM_SETS: ReadonlyArray<readonly string[]> = [
  ['permanent', 'lasting', 'durable'],
  ['full', 'complete', 'total', 'comprehensive'],
  ['buy', 'purchase'],
  ['new', 'fresh'],
];
/** Nouns for one thing, swapped only inside a phrase of more than one word. */
const NOUN_SETS: ReadonlyArray<readonly string[]> = [
  ['ceasefire', 'cease-fire', 'truce'],
  ['goods', 'products'],
  ['troops', 'forces', 'soldiers'],
  ['withdrawal', 'pullout', 'pull-out'],
];
/**
 * Head nouns a writer names one demand by, swapped only after the phrase's first word (where they are
 * nouns, not the verbs "guarantee", "change", "reform"): "counterterrorism guarantees" is also
 * "counterterrorism pledges", "structural reform" a
 * "structural change", "Kosovo's accession" its "membership". A plain ontology names the demand once;
 * copy picks any of them.
 */
const HEAD_NOUN_SETS: ReadonlyArray<readonly string[]> = [
  ['guarantee', 'assurance', 'pledge'],
  ['guarantees', 'assurances', 'pledges'],
  ['reform', 'change'],
  ['reforms', 'changes'],
  ['accession', 'membership'],
  ['mechanism', 'system'],
  ['mechanisms', 'systems'],
];

/** A noun of action: "removal", "release", "withdrawal", "extension", "lifting". */
const ACTION_NOUN =
  /^(?:[a-z-]+(?:al|tion|sion|ment)|release|return|exchange|swap|handover|rollback|pullout|delisting|lifting|easing|freeze|halt|end)$/;
const DETERMINER = /^(?:the|a|an|all|any|its|their|every|each)$/;

/** British ↔ American spellings of one word (the word itself first). */
function spellings(word: string): string[] {
  const out = new Set([word]);
  const w = word;
  const swap = (re: RegExp, to: string) => {
    if (re.test(w)) out.add(w.replace(re, to));
  };
  swap(/programme(s?)$/, 'program$1');
  swap(/program(s?)$/, 'programme$1');
  swap(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  swap(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  swap(/ence$/, 'ense');
  swap(/ense$/, 'ence');
  if (w.length >= 5) {
    swap(/our(s?)$/, 'or$1');
    swap(/([^o])or(s?)$/, '$1our$2');
  }
  swap(/^ceasefire(s?)$/, 'cease-fire$1');
  swap(/^cease-fire(s?)$/, 'ceasefire$1');
  return [...out];
}

/** Every combination of the words' forms, up to `limit` phrases. */
function combine(options: string[][], limit: number): string[][] {
  let out: string[][] = [[]];
  for (const forms of options) {
    const next: string[][] = [];
    for (const prefix of out) for (const f of forms) if (next.length < limit) next.push([...prefix, f]);
    out = next;
  }
  return out;
}

/** "release of all hostages" → "hostages release"; null when the phrase is not a noun of action with its "of" object. */
function compound(words: readonly string[]): string[] | null {
  if (words.length < 3 || words[1] !== 'of' || !ACTION_NOUN.test(words[0] as string)) return null;
  const rest = words.slice(2).filter((w, i) => !(i === 0 && DETERMINER.test(w)));
  // A short noun group ends the phrase: "all the remaining hostages", not "relations with the United States".
  if (rest.length === 0 || rest.length > 3) return null;
  if (rest.some((w) => /^(?:…|\.\.\.|of|to|with|from|in|on|for|by|and|or|the|a|an)$/.test(w))) return null;
  return [...rest, words[0] as string];
}

/**
 * "peace treaty" → "treaty of peace", "troop withdrawal" → "withdrawal of troop" (read on lemmas as
 * "withdrawal of troops"), "security guarantees" → "guarantees of security": a compound of two common
 * nouns also written with its first noun as the "of" object of its head (the converse of `compound`).
 * Only a phrase of two lower-case words; an adjective or verb in front ("full withdrawal", "lift
 * sanctions") makes a form no English text writes, which never meets one.
 */
function ofForm(words: readonly string[]): string | null {
  if (words.length !== 2) return null;
  const [a, b] = words as [string, string];
  if (!/^[a-z]{3,}$/.test(a) || !/^[a-z]{3,}$/.test(b) || a === b) return null;
  // The head a noun of action or of a settlement; the first word no adjective by its look: "sovereign
  // choices" is no "choices of sovereign", though "choices of sovereign states" is written.
  if (!ACTION_NOUN.test(b) && !SETTLEMENT_NOUN.test(b)) return null;
  // (A word in "-ment" is a noun, "enforcement", "disarmament", though it ends as "permanent" does.)
  if (DETERMINER.test(a) || (ADJECTIVE_LOOK.test(a) && !/ment$/.test(a))) return null;
  return `${b} of ${a}`;
}
/** Nouns of a settlement or pledge that head a compound demand: "peace treaty", "security guarantees". */
const SETTLEMENT_NOUN =
  /^(?:treaty|treaties|agreement|agreements|accord|accords|pact|pacts|deal|deals|declaration|guarantee|guarantees|assurance|assurances|talks|negotiations|settlement|regime|relief|mechanism|mechanisms|system|systems)$/;
/** A word that looks like an adjective, or is one of the common short ones. */
const ADJECTIVE_LOOK =
  /^(?:[a-z]+(?:al|ic|ive|ous|ent|ant|ary|ar|ign|ful|able|ible|ing|ed|less|ish|ese|ian|ern)|no|not|non|any|more|less|all|new|old|free|full|joint|own|dual|double|total|complete|other|open|safe)$/;

/** A demonstrative for "the": "end the war" also as "end this war", "free the prisoners" as "free these prisoners". */
const DEMONSTRATIVES = ['this', 'these'];

/** The phrase with a demonstrative for its "the" before a common noun ("bring this war to an end"); none without one. */
export function demonstrativeVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const the = words.findIndex((w) => w.toLowerCase() === 'the');
  if (!(the > 0 && the < words.length - 1 && /^[a-z][a-z-]*$/.test(words[the + 1] as string))) return [];
  return DEMONSTRATIVES.map((d) => words.map((w, i) => (i === the ? d : w)).join(' '));
}

/** Acts whose noun is the verb itself: "the release of", "the return of". */
const SAME_FORM = /^(?:release|return|exchange|swap)$/;
/** Acts of setting free or giving back, besides those infer-frame.ts knows. */
const FREEING = /^(?:release|free|exchang|swap|repatriat|hand)/;
/** Words after a verb that make it no plain verb with its object: a particle, a preposition, a gap. */
const NOT_OBJECT =
  /^(?:…|\.\.\.|of|to|from|in|into|on|onto|off|out|up|down|back|over|away|with|for|by|at|as|and|or|about|against)$/;

const isAct = (verb: string): boolean => TAKING_AWAY.test(verb) || KEEPING.test(verb) || FREEING.test(verb);

/** "lifting" → lift, "scrapping" → scrap, "easing" → ease. */
function verbsOfIng(noun: string): string[] {
  const stem = /^([a-z]{3,})ing$/.exec(noun)?.[1];
  if (!stem) return [];
  const out = [stem, `${stem}e`];
  if (/([^aeiou])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out;
}

/**
 * "remove all tariffs" → "removal of all tariffs"; "release of Armenian prisoners" → "release Armenian
 * prisoners"; "lifting of … sanctions" → "lift … sanctions". Only for a phrase that opens with the act.
 */
function turnedAct(words: readonly string[]): string[] {
  const first = words[0] as string;
  if (words.length < 2 || !/^[a-z]+$/.test(first)) return [];
  const gapped = words.some((w) => /^(?:…|\.\.\.)$/.test(w));
  const out: string[] = [];
  if (words[1] === 'of') {
    if (words.length < 3) return [];
    const rest = words.slice(2);
    const verbs = new Set([...verbsOfNoun(first), ...verbsOfIng(first)]);
    if (SAME_FORM.test(first)) verbs.add(first);
    for (const v of verbs)
      // (With a gap, not a verb of keeping: "resume … drills", "enforce … sanctions" reach over
      // objects their nouns did not.)
      if (gapped ? TAKING_AWAY.test(v) || FREEING.test(v) : isAct(v)) out.push([v, ...rest].join(' '));
  } else if (isAct(first) && !NOT_OBJECT.test((words[1] as string).toLowerCase())) {
    const rest = words.slice(1);
    const nouns = new Set(nounsOfVerb(first));
    if (SAME_FORM.test(first)) nouns.add(first);
    for (const n of nouns) out.push([n, 'of', ...rest].join(' '));
  }
  return out;
}

/** Verbs that are adjectives too before a noun: "open market", "free hostages", "close ties". */
const ADJECTIVE_TOO = /^(?:open|close|free|clear|secure|lower|calm|empty|shut|slow|clean)$/;

/**
 * "denuclearize" → "denuclearization of", "renegotiate" → "renegotiation of": a demand written as one
 * verb is named by its noun of action with its "of" object too ("advance the denuclearization of the
 * peninsula"). The caller reads these only near one of the demand's anchors: the bare noun also names
 * the topic ("denuclearization talks"), and its object may be another country's ("the denuclearization of
 * Kazakhstan"). Forms that are no English word never meet a text (action-forms.ts).
 */
export function actNounsOf(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const word = words[0] as string;
  if (words.length !== 1 || !/^[a-z]+$/.test(word)) return [];
  const nouns = new Set(spellings(word).flatMap((w) => nounsOfVerb(w)));
  return [...nouns].filter((n) => n !== word).map((n) => `${n} of`);
}

/** The phrase's other forms (the phrase itself not among them). */
export function phraseVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const options = words.map((w, i) => {
    const l = lower[i] as string;
    const forms = new Set(w === l ? spellings(w) : [w]);
    for (const set of SYNONYM_SETS) if (set.includes(l)) for (const s of set) forms.add(s);
    if (words.length > 1) for (const set of NOUN_SETS) if (set.includes(l)) for (const s of set) forms.add(s);
    if (i > 0) for (const set of HEAD_NOUN_SETS) if (set.includes(l)) for (const s of set) forms.add(s);
    return [...forms];
  });
  const out = new Set<string>();
  // "bring down the violence" also without its article: "bring down violence", "release prisoners".
  const the = lower.indexOf('the');
  const bare = the > 0 && the < words.length - 1 && /^[a-z][a-z-]*$/.test(words[the + 1] as string);
  for (const combo of combine(options, 24)) {
    out.add(combo.join(' '));
    const articleless = bare ? combo.filter((_, i) => i !== the) : null;
    if (articleless) {
      out.add(articleless.join(' '));
      for (const d of DEMONSTRATIVES) out.add(combo.map((w, i) => (i === the ? d : w)).join(' '));
    }
    const of = ofForm(combo);
    if (of) out.add(of);
    const turned = compound(combo.map((w) => w.toLowerCase()));
    if (turned) out.add(turned.map((w) => combo.find((c) => c.toLowerCase() === w) ?? w).join(' '));
    for (const act of turnedAct(combo)) out.add(act);
    for (const form of predicativeForms(combo)) out.add(form);
    // "removal of the tariffs" also as "remove tariffs": the act turned, without its article too.
    // (Not a verb that is an adjective too: "opening of the market" is no "open market".)
    if (articleless)
      for (const act of turnedAct(articleless))
        if (!ADJECTIVE_TOO.test(act.split(' ')[0] as string)) out.add(act);
  }
  const never = neverVariant(words);
  if (never) out.add(never);
  for (const contracted of contractedVariants(words)) out.add(contracted);
  out.delete(phrase.trim());
  return [...out];
}

/** Words that qualify a truce as lasting, and the nouns of a truce they may be said of as a predicate. */
const LASTING = /^(?:permanent|lasting|durable)$/;
const TRUCE = /^(?:ceasefire|cease-fire|truce)$/;
/**
 * "permanent ceasefire" → "ceasefire … be permanent", "ceasefire … made permanent": the lasting truce
 * named by saying of the truce that it must last ("any ceasefire needs to be permanent", "ensuring the
 * ceasefire is made permanent"). Only a phrase of exactly these two words: the adjective is the demand,
 * the truce alone is not (a bare truce may be a short pause), so the adjective must be said of it.
 * predicative-truce.ts keeps the gap to the words that join a truce to its predicate.
 */
function predicativeForms(words: readonly string[]): string[] {
  if (words.length !== 2) return [];
  const [adj, noun] = words.map((w) => w.toLowerCase()) as [string, string];
  if (!LASTING.test(adj) || !TRUCE.test(noun)) return [];
  return [`${noun} … be ${adj}`, `${noun} … made ${adj}`];
}

/**
 * "permanent ceasefire" → "ceasefire … be temporary", "ceasefire … as temporary": the truce said to be
 * only a pause ("any ceasefire must be temporary", "is treating the ceasefire as temporary") is the
 * demand's opposite. The same two-word phrases as predicativeForms; read with its gap kept as tight.
 */
export function temporaryForms(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2) return [];
  const [adj, noun] = words.map((w) => w.toLowerCase()) as [string, string];
  if (!LASTING.test(adj) || !TRUCE.test(noun)) return [];
  return [`${noun} … be temporary`, `${noun} … as temporary`];
}

/** Where a "not" denies the verb after it: at the phrase's start, after its gap or after a modal. */
const BEFORE_DENYING_NOT = /^(?:…|\.\.\.|will|would|shall|should|can|could|may|might|must)$/;
/**
 * "will not leave" → "will never leave": the phrase with "never" for its "not" that opens a denied verb
 * (not after "is" or "does", where "never" makes no English: "protocol is not working"); null if none.
 */
function neverVariant(words: readonly string[]): string | null {
  const at = words.findIndex(
    (w, i) =>
      w.toLowerCase() === 'not' && (i === 0 || BEFORE_DENYING_NOT.test(words[i - 1]?.toLowerCase() ?? '')),
  );
  if (at < 0 || at === words.length - 1) return null;
  return words.map((w, i) => (i === at ? 'never' : w)).join(' ');
}

/**
 * "not have a veto" → "doesn't have a veto", "won't have a veto": a phrase that opens with "not" (its
 * auxiliary left unwritten, as "does not have a veto" meets it) with the "not" written onto the
 * auxiliary, which the tokenizer keeps whole ("doesn't"), so the phrase alone never met it.
 */
export function contractedVariants(words: readonly string[]): string[] {
  if (words.length < 2 || words[0]?.toLowerCase() !== 'not') return [];
  return CONTRACTED_NOT.map((c) => [c, ...words.slice(1)].join(' '));
}

/**
 * A restriction written after the subject with "to" or a modal before its verb, as the reading meets
 * it: the reading skips "to", "will", "would", "must", "should", "shall" after the subject, so "to
 * withdraw" is met as "withdraw" and "would leave" as "leave" ("all foreign forces will leave",
 * "forces should withdraw"). Null when the phrase opens with none of them.
 */
export function afterSkipped(phrase: string): string | null {
  return /^(?:to|will|would|must|should|shall)\s+(\S.*)$/i.exec(phrase.trim())?.[1] ?? null;
}

/**
 * Verbs of keeping things as they are, each line one sense: an opposite an analyst wrote with one of
 * them ("the war would continue", "forces would remain", "keep … sanctions in place") reads with the
 * others too ("the war would go on", "forces would stay", "maintain … sanctions in place"). Only the
 * verb is swapped, never its tense or modal: "the war continues" reports what "the war would
 * continue" foretells, and the analyst chose which. "keep" is read from where it is written but never
 * put in: it has senses of its own ("keep the threat of tariffs in hand", "keep costs down", "keep an
 * eye on"). "carry on" is left out too: "a choice between carrying on the war and peace" names a path,
 * not a side.
 */
const KEEPING_SETS: ReadonlyArray<readonly string[]> = [
  ['continue', 'go on'],
  ['keep', 'maintain', 'retain'],
];
/** Verbs read where an analyst wrote them but never put in for another (see KEEPING_SETS). */
const NEVER_PUT_IN = new Set(['keep']);

/** The other forms of an opposite (the phrase itself not among them), up to 12. */
export function oppositeVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  // Segments: each a list of alternatives ("continue", "go on", "carry on").
  const segments: string[][] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (const set of KEEPING_SETS) {
      const member = set.find((m) => {
        const mw = m.split(' ');
        return mw.every((w, k) => lower[i + k] === w);
      });
      if (!member) continue;
      segments.push([member, ...set.filter((m) => m !== member && !NEVER_PUT_IN.has(m))]);
      i += member.split(' ').length;
      matched = true;
      break;
    }
    if (!matched) {
      segments.push([words[i] as string]);
      i += 1;
    }
  }
  if (segments.every((s) => s.length === 1)) return [];
  const out = new Set<string>();
  for (const combo of combine(segments, 13)) {
    const text = combo.join(' ');
    if (text.toLowerCase() !== lower.join(' ')) out.add(text);
  }
  return [...out].slice(0, 12);
}

/**
 * The other everyday verbs for a restriction an analyst wrote. A user writing a short ontology lists a
 * few of the ways a demand is stated ("extend", "remove", "withdraw") and news copy picks others for the
 * same act: "prolong the deal", "take off the tariffs", "pull the troops out". Each family below is a
 * set of English verbs (and their nouns of action) that say one act of the kind negotiations turn on;
 * a frame whose restrictions name one member reads with the others too. Every member is read as the
 * frame reads its own restrictions: before one of the demand's subjects ("prolong the arrangement"), or
 * as a passive after it ("the arrangement would be prolonged"). So nothing counts without the demand's
 * own subject: "prolong the agony" names no demand.
 *
 * Families are kept to plain synonyms of one act. A softer act ("ease") is no family member of a
 * stronger one ("lift"), nor the other way round; a word of two senses ("free", "leave", "open") is in
 * none, for its other sense would read demands into unrelated sentences.
 */
import type { DemandFrame } from '../model/ontology';

/** Restriction families: each line one act, its verbs and nouns of action as a frame writes them. */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  // Removing a measure: tariffs, sanctions, a designation, checks.
  [
    'remove',
    'removal of',
    'lift',
    'lifting of',
    'scrap',
    'scrapping of',
    'cancel',
    'cancellation of',
    'take off',
    'roll back',
    'rollback of',
    'call off',
    'abolish',
    'abolition of',
    'repeal',
    'rescind',
    'revoke',
    'revocation of',
  ],
  // Making a measure lighter.
  ['ease', 'easing of', 'relax', 'relaxation of', 'loosen', 'loosening of'],
  // Ending a war, a campaign, violence.
  ['end', 'end to', 'halt to', 'put an end to', 'bring … to an end', 'bring … to a close', 'cessation of'],
  // Keeping an accord in force longer.
  ['extend', 'extension of', 'prolong', 'prolongation of', 'renew', 'renewal of', 'roll over', 'rollover of'],
  // Taking forces away.
  ['withdraw', 'withdrawal of', 'pull out', 'pullout of', 'pull back', 'pullback of'],
  // Making an amount smaller: a deficit narrowed, barriers lowered. ("Lower" and "cut" are left out:
  // "lower" is as often the adjective, "lower troop numbers at exercises", and "cut" also severs, "cut
  // ties", "cut off supplies".)
  [
    'reduce',
    'reduction of',
    'reduction in',
    'scale back',
    'scale down',
    'narrow',
    'narrowing of',
    'lowering of',
  ],
  // Halting an activity for a time.
  ['suspend', 'suspension of', 'call off', 'postpone', 'postponement of'],
  // Bringing a body into being.
  ['establish', 'establishment of', 'set up', 'create', 'creation of', 'form', 'formation of'],
  // Joining a bank to a network again.
  ['reconnect', 'reconnection of', 'reconnect … to', 'connect', 'hook up', 'plug … into'],
  // Setting captives free.
  ['release', 'release of', 'set free', 'freeing of', 'let … go'],
  // Giving up what one holds: weapons, a programme, a policy. ("Give up" is left out: "give up hope",
  // "would not give up … unless" read as flat refusals; nor "end", whose phrases this would reword.)
  [
    'abandon',
    'abandonment of',
    'renounce',
    'renunciation of',
    'relinquish',
    'forgo',
    'scrap',
    'scrapping of',
  ],
  // Bringing back an accord that lapsed.
  // ("Restore" is left out: it also brings back a level or a pace, "restore the pace of inspections".)
  ['revive', 'revival of', 'bring back', 'resurrect', 'reinstate', 'reinstatement of'],
  // Holding an activity within bounds.
  ['limit', 'limits on', 'restrict', 'restrictions on', 'cap', 'curb', 'curbs on', 'constrain'],
];

/** Family members of more than one word whose passive is their verb's base form: "be set free", "be let go". */
const SAME_PARTICIPLE: Readonly<Record<string, string>> = {
  'set free': 'be set free',
  'let … go': 'be let go',
};

/** Verbs (lemmas) that stop an activity and also say it stops of itself: "halt the drills", "the drills halt". */
const CEASING = new Set(['stop', 'halt', 'end', 'cease']);
/** The activity stopping of itself, read after the demand's subject: "the war games should stop". */
const CEASING_AFTER = ['stop', 'end', 'cease', 'halt', 'come to an end', 'come to a halt'];

/** A restriction's words as a family compares them: lower case, "-ing" forms to their verb. */
function normal(phrase: string, lemma: (lower: string) => string): string {
  return phrase
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((w, i) => (i === 0 ? lemma(w) : w))
    .join(' ');
}

/**
 * The frame with each family a restriction (before or after the subject) belongs to added to its
 * restrictions: the family's other members before the subject, and its verbs as passives after it.
 * Members another field of the frame already names (a subject, an opposite) are left out.
 */
export function withRestrictionFamilies(
  frame: DemandFrame,
  lemma: (lower: string) => string,
  triggers: readonly string[] = frame.restrictions,
): DemandFrame {
  const key = (p: string) => normal(p, lemma);
  const afterVerb = (p: string): string | null => {
    // "be lifted", "to be extended", "must be removed": the verb the passive is made of.
    const m = /^(?:(?:to|must|should|will|would)\s+)?be\s+([a-z]+)$/i.exec(p.trim());
    return m ? lemma((m[1] as string).toLowerCase()) : null;
  };
  const written = new Set(triggers.map(key));
  const have = new Set(frame.restrictions.map(key));
  const writtenAfter = new Set(
    (frame.restrictionsAfter ?? []).map((p) => afterVerb(p) ?? key(p)).filter((x): x is string => !!x),
  );
  const taken = new Set(
    [
      ...frame.subjects,
      ...(frame.strongSubjects ?? []),
      ...(frame.weakSubjects ?? []),
      ...(frame.opposites ?? []),
      ...(frame.weakOpposites ?? []),
      ...(frame.anchors ?? []),
    ].map((w) => w.toLowerCase()),
  );
  const restrictions = [...frame.restrictions];
  const after = [...(frame.restrictionsAfter ?? [])];
  const haveAfter = new Set(writtenAfter);
  for (const family of FAMILIES) {
    const keys = family.map(key);
    if (!keys.some((k) => written.has(k))) continue;
    for (const [i, member] of family.entries()) {
      const k = keys[i] as string;
      if (have.has(k) || taken.has(member)) continue;
      have.add(k);
      restrictions.push(member);
    }
    // Passives after the subject: "the deal would be prolonged". Only one-word verbs read so, and
    // verbs whose participle is their base with what follows it ("the hostages be set free", "be let go").
    for (const [i, member] of family.entries()) {
      const k = keys[i] as string;
      const passive = SAME_PARTICIPLE[member] ?? (member.includes(' ') ? null : `be ${member}`);
      if (!passive || haveAfter.has(k)) continue;
      haveAfter.add(k);
      after.push(passive);
    }
  }
  // An activity stopped also stops of itself after its subject: a frame that halts its subject ("stop
  // … drills", "end … war games") reads "the drills should stop", "the war games must end" too.
  if (triggers.some((p) => CEASING.has(lemma(p.trim().split(/\s+/)[0]?.toLowerCase() ?? ''))))
    for (const form of CEASING_AFTER) {
      const k = key(form);
      if (haveAfter.has(k) || taken.has(form)) continue;
      haveAfter.add(k);
      after.push(form);
    }
  if (
    restrictions.length === frame.restrictions.length &&
    after.length === (frame.restrictionsAfter ?? []).length
  )
    return frame;
  return { ...frame, restrictions, restrictionsAfter: after };
}

/**
 * Forces leaving a place, as a demand phrase names it with the place after "from" ("withdrawal from
 * Gaza", "withdraw from the Netzarim corridor"): read only in phrases (phraseFamilyVariants), where the
 * place comes with it, never as a restriction before a subject. ("Departure from" is left out: people
 * depart, "her departure from Gaza", as often as forces do.)
 */
export const LEAVING_PLACE: readonly string[] = [
  'withdraw from',
  'pull out of',
  'pull back from',
  'withdrawal from',
  'pullout from',
  'pull-out from',
  'pullback from',
];
/** Leaving a place: the members that are nouns of action. */
const LEAVING_NOUNS = new Set(['withdrawal from', 'pullout from', 'pull-out from', 'pullback from']);

/** Family members that are nouns of action, written before their object with a preposition. */
const NOUN_MEMBERS = new Set([
  'end to',
  'halt to',
  'limits on',
  'restrictions on',
  'curbs on',
  'reduction in',
]);
const isNoun = (member: string): boolean =>
  / of$/.test(member) || NOUN_MEMBERS.has(member) || LEAVING_NOUNS.has(member);

/**
 * A demand phrase that opens with a family's verb (or noun of action) read with the family's other
 * members: "end the war in Gaza" also as "bring the war in Gaza to an end", "put an end to the war in
 * Gaza"; "lift all additional tariffs" as "remove …", "scrap …"; "release of the captives" as
 * "freeing of the captives". A verb is swapped only for a verb and a noun of action for a noun, and the
 * rest of the phrase stays as written (in the member's gap where it has one: "bring … to an end").
 * A phrase with a gap of its own is left alone, and so is a phrase of one word.
 */
export function phraseFamilyVariants(phrase: string, lemma: (lower: string) => string): string[] {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.some((w) => /^(?:…|\.\.\.)$/.test(w))) return [];
  const lower = words.map((w) => w.toLowerCase());
  const out = new Set<string>();
  for (const family of [...FAMILIES, LEAVING_PLACE]) {
    // Only the families of ending, of setting free and of leaving a place: a phrase of removing or
    // reducing a measure read in another verb named reported steps ("agreed to lift the tariffs step by
    // step") as the demand itself.
    if (family[0] !== 'end' && family[0] !== 'release' && family !== LEAVING_PLACE) continue;
    // The longest member the phrase opens with (its first word on its lemma): "end to" before "end".
    let best: { member: string; length: number } | null = null;
    for (const member of family) {
      if (member.includes('…')) continue;
      const mw = member.split(' ');
      if (mw.length >= words.length) continue;
      const opens = mw.every((w, k) => (k === 0 ? lemma(lower[0] as string) === w : lower[k] === w));
      if (opens && (!best || mw.length > best.length)) best = { member, length: mw.length };
    }
    if (!best) continue;
    const rest = words.slice(best.length).join(' ');
    const noun = isNoun(best.member);
    for (const other of family) {
      if (other === best.member || isNoun(other) !== noun) continue;
      out.add(other.includes('…') ? other.replace('…', rest) : `${other} ${rest}`);
    }
  }
  out.delete(phrase.trim());
  return [...out];
}

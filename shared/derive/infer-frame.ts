/**
 * A frame for a demand its ontology gives only as whole phrasings. A user writing an ontology for a new
 * negotiation lists how the demand is said ("lift all sanctions", "remove the ECJ's role", "reconnect
 * the bank to SWIFT") and may never write a frame. Phrases match only as written, word for word, so
 * "the sanctions must be lifted" or "lifting of the remaining sanctions" would go unread. From each
 * phrase that opens with a verb (or a noun of action before "of", "to", "on": "removal of", "end to"),
 * that word becomes a restriction and the head noun of the words it governs a subject, so the
 * derivation reads the demand in any order and inflection, as with a written frame. Phrases that are
 * only a noun phrase ("sanctions relief") stay phrases: their words alone do not say what is asked.
 * A demand with a written frame gets what its phrases say added to it (withPhraseReadings): an analyst
 * writes a modest frame and more phrases, and the phrases' words should count in any order too.
 */
import type { Demand, DemandFrame, Party } from '../model/ontology';
import { nounsOfVerb, verbsOfNoun } from './action-forms';
import { wordSet } from './word-set';

/** A word of a phrase with its part of speech and lemma, as a tagger gives them. */
export interface TaggedWord {
  text: string;
  pos: string;
  lemma: string;
}

/**
 * Tags `text` word by word. Called twice per phrase: as written, to tell whether it opens with a verb,
 * and after "They want to", where the words the verb governs are tagged as in a sentence.
 */
export type Tagger = (text: string) => TaggedWord[];

const CONTEXT = 'They want to';
const CONTEXT_WORDS = 3;
/** Words that follow a verb as part of it: "roll back", "phase out", "take off". */
const PARTICLES = new Set(['back', 'off', 'out', 'down', 'up', 'away', 'aside']);
/** Verbs too light to state a demand without their particle: "take off", "come back". */
const LIGHT_VERBS = new Set([
  'take',
  'make',
  'give',
  'get',
  'put',
  'have',
  'do',
  'come',
  'go',
  'be',
  'let',
  'set',
  'keep',
]);
/** Prepositions a verb may reach its object through: "return to the deal", "come back into compliance". */
const VERB_PREPOSITIONS = new Set(['to', 'into']);
/** A noun of action: "removal", "lifting", "suspension", "withdrawal", "abolishment", "closure". */
const ACTION_NOUN = /(?:al|ing|tion|sion|ment|ure)$/;
/** Nouns with those endings that name no action. */
const NOT_ACTION = new Set(
  'configuration verification position situation question relation relations nation station location information population organization administration region union opinion portion section version tension dimension mission commission decision material capital signal proposal animal'.split(
    ' ',
  ),
);
/** Words that, between a verb and its object, belong to the restriction: "admit no new members". */
const NEGATIONS = new Set(['no', 'not', 'never', 'none']);
/** Short nouns of action that name a restriction outright. */
const ACTION_WORDS = new Set(['end', 'halt', 'ban', 'freeze', 'cap', 'curb', 'return', 'rollback', 'repeal']);
/** After a noun of action, the preposition that introduces what it acts on. */
const ACTION_OF = new Set(['of', 'to', 'on', 'for']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'all',
  'any',
  'its',
  'their',
  'his',
  'her',
  'our',
  'every',
  'each',
]);
/** What may stand between a restriction and its object: "lift all the remaining sanctions". */
const BEFORE_OBJECT = new Set(['DET', 'ADP', 'PART', 'PRON', 'NUM', 'ADV', 'AUX', 'CCONJ']);
const OBJECT_WORD = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN']);
/** Nouns too general to name any demand by themselves. */
const GENERAL_NOUNS = new Set([
  // Amounts, not things: "buy more", "admit no further".
  'more',
  'less',
  'fewer',
  'much',
  'further',
  'additional',
  'risk',
  'risks',
  'issue',
  'issues',
  'matter',
  'question',
  'thing',
  'things',
  'way',
  'part',
  'side',
  'sides',
  'country',
  'countries',
  'time',
  'year',
  'years',
  'role',
  // The negotiation's own texts: "the deal" is every demand's, so it names none.
  'deal',
  'deals',
  'agreement',
  'accord',
  'treaty',
  'talks',
  'negotiations',
  'plan',
  'proposal',
  'proposals',
  'text',
  'framework',
  'arrangement',
]);

export interface InferredFrame {
  frame: DemandFrame;
  /** The phrases the frame was read from, for the warning that says so. */
  from: string[];
}

/** Whether the phrase's first word is the verb or action noun that states the demand. */
function restrictionAt(bare: TaggedWord[]): 'verb' | 'noun' | null {
  const first = bare[0];
  const next = bare[1];
  if (!first || !next) return null;
  const lower = first.text.toLowerCase();
  if (!/^[a-z][a-z-]*$/i.test(first.text) || DETERMINERS.has(lower) || lower.startsWith('non-')) return null;
  // "size and scope of …": a noun in a list, not a verb.
  if (next.pos === 'CCONJ') return null;
  if (['ADP', 'ADV', 'ADJ', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'AUX'].includes(first.pos)) {
    // ("close the probe": an adjective only out of context, before a determiner.)
    if (!(first.pos === 'ADJ' && DETERMINERS.has(next.text.toLowerCase()))) return null;
  }
  // "ratified by Congress": a participle and its agent, not a restriction and its object.
  if (next.text.toLowerCase() === 'by') return null;
  // "close the probe", "reconnect Rosselkhozbank to SWIFT": a word right before a determiner or a name
  // (written lower-case itself) is a verb, whatever a tagger makes of it out of context.
  if (DETERMINERS.has(next.text.toLowerCase()) || (next.pos === 'PROPN' && first.text === lower))
    return 'verb';
  // A verb in its base form, as a tagger reads the phrase alone ("lift sanctions", "scrap tariffs");
  // "verified lifting", "politicized probe" describe a noun, and "tariff rollback", "market access" are
  // nouns however a verb might be read into them. (No verb takes "of".)
  const base = first.lemma.toLowerCase() === lower;
  if (
    next.text.toLowerCase() !== 'of' &&
    base &&
    (first.pos === 'VERB' || NEGATIONS.has(next.text.toLowerCase()))
  )
    return 'verb';
  // "roll back the tolls": a word before its particle is a verb, whatever a tagger makes of it alone.
  if (first.text === lower && PARTICLES.has(next.text.toLowerCase()) && bare.length > 2) return 'verb';
  // "end ECJ oversight", "halt enrichment": a short word of action before a noun is a verb too.
  if (ACTION_WORDS.has(lower) && (next.pos === 'NOUN' || next.pos === 'PROPN')) return 'verb';
  if (
    first.pos === 'NOUN' &&
    ((ACTION_NOUN.test(lower) && !NOT_ACTION.has(lower)) || ACTION_WORDS.has(lower)) &&
    ACTION_OF.has(next.text.toLowerCase())
  )
    return 'noun';
  return null;
}

/** The head nouns of the first noun group after `from`: "all sanctions" → sanctions; "the IAEA probe" → probe, IAEA probe. */
function objectOf(words: TaggedWord[], from: number): string[] {
  let i = from;
  while (
    i < words.length &&
    BEFORE_OBJECT.has((words[i] as TaggedWord).pos) &&
    !HEAD.has((words[i] as TaggedWord).pos)
  )
    i++;
  const group: TaggedWord[] = [];
  while (i < words.length && OBJECT_WORD.has((words[i] as TaggedWord).pos))
    group.push(words[i++] as TaggedWord);
  let head = group.length - 1;
  while (head >= 0 && !HEAD.has((group[head] as TaggedWord).pos)) head--;
  if (head < 0) return [];
  const headWord = (group[head] as TaggedWord).text;
  const out: string[] = [];
  const described = group.slice(0, head).some((w) => w.pos === 'ADJ');
  // A name cut short ("leave Central and Eastern Europe", "the Founding Act" with "Act" read as a verb)
  // is no subject; an acronym or a name that ends its phrase or meets a preposition is.
  const following = words[i];
  const wholeName =
    head > 0 ||
    (group[head] as TaggedWord).pos !== 'PROPN' ||
    /^[A-Z0-9-]{2,}$/.test(headWord) ||
    !following ||
    following.pos === 'ADP' ||
    following.pos === 'PART';
  if (!wholeName) return [];
  // "admit new members": "members" alone would be any members; the described group names the demand.
  // A name is named whole: "Black Sea", not "Sea".
  const name = head > 0 && group.slice(0, head + 1).every((w) => w.pos === 'PROPN');
  if (!described && !name && !GENERAL_NOUNS.has(headWord.toLowerCase())) out.push(headWord);
  // The group up to its head names the demand more closely ("IAEA probe", "grain deal").
  if (head > 0)
    out.push(
      group
        .slice(0, head + 1)
        .map((w) => w.text)
        .join(' '),
    );
  return out;
}

/** Verbs (and their nouns) that take a thing away: "lift", "scrap", "end", "removal". */
export const TAKING_AWAY =
  /^(?:remov|lift|drop|scrap|end|halt|stop|withdraw|cut|reduc|eas|curb|curtail|cancel|revok|delist|shelv|ditch|axe|bin|abolish|eliminat|strip|waiv|clos|shut|terminat|suspend|freez|ban|revers|roll|tear|rip|discard|dilut|halv|slam|phas|pull|scal|lower)/;
/** Verbs that keep, restore or add a thing: "honour", "resume", "extend", "reconnect". */
export const KEEPING =
  /^(?:implement|honou?r|respect|uphold|keep|maintain|extend|renew|restor|resum|return|come|reconnect|reopen|expand|increas|boost|protect|enforc|reimpos|reinstat|reinstall|open|admit|accept|stick|abide|comply|apply|ramp|step|buy|purchas|guarante|commit|sign|ratif|join|rejoin|allow|grant|restart)/;

/** +1 when a restriction takes its object away, −1 when it keeps or adds it; a negation turns it. 0: unknown. */
function sense(restriction: string): 1 | -1 | 0 {
  const [verb = '', ...rest] = restriction.split(' ');
  const base = TAKING_AWAY.test(verb) ? 1 : KEEPING.test(verb) ? -1 : 0;
  return rest.some((w) => NEGATIONS.has(w)) ? (-base as 1 | -1 | 0) : base;
}

interface Reading {
  phrase: string;
  restriction: string;
  objects: string[];
}

const GAP = /…|\.\.\./;

/**
 * A phrase with one gap right after its restriction ("remove … sanctions", "easing of … sanctions",
 * "call off … drills") read as if a determiner stood in the gap ("remove the sanctions"): the analyst
 * has said the restriction governs what follows, whatever stands between. Null for other phrases with a
 * gap ("guarantee … will not abandon", "tariffs … snap back"), read as written only.
 */
function gapFilled(phrase: string, tag: Tagger): string | null {
  const parts = phrase.split(GAP);
  if (parts.length !== 2) return null;
  const before = (parts[0] as string).trim().split(/\s+/).filter(Boolean);
  const after = (parts[1] as string).trim().split(/\s+/).filter(Boolean);
  if (before.length === 0 || before.length > 2 || after.length === 0) return null;
  const second = before[1]?.toLowerCase();
  // "remove …", "call off …", "easing of …", "halt to …".
  if (second !== undefined && !PARTICLES.has(second) && !ACTION_OF.has(second) && second !== 'from')
    return null;
  const verb = (before[0] as string).toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(verb)) return null;
  const first = tag(`${CONTEXT} ${before[0]} the ${after.join(' ')}`)[CONTEXT_WORDS];
  if (!first) return null;
  // A verb in its base form ("remove", not "tariffs" a tagger calls a verb), or a noun of action
  // before its preposition ("easing of", "relaxation of", "halt to").
  const actionNoun =
    second !== undefined &&
    !PARTICLES.has(second) &&
    ((ACTION_NOUN.test(verb) && !NOT_ACTION.has(verb)) || ACTION_WORDS.has(verb));
  // (A light verb with its particle, "give up …", "take off …", says too little of what it does to
  // whatever the gap holds: such a phrase is read as written only.)
  const baseVerb =
    first.lemma.toLowerCase() === verb &&
    (second === undefined || (PARTICLES.has(second) && !LIGHT_VERBS.has(verb)));
  if (!actionNoun && !baseVerb) return null;
  // What follows the gap must be a noun group that ends the phrase (or meets a preposition or
  // particle): "… sanctions", "… nuclear arsenal", "… tariffs back", not "… will not abandon" or
  // "… special police" read as "special" with a verb.
  const next = after[0]?.toLowerCase() ?? '';
  if (DETERMINERS.has(next) || NEGATIONS.has(next)) return null;
  const filled = [...before, ...(PREPOSITION.test(next) ? [] : ['the']), ...after];
  const tagged = tag(`${CONTEXT} ${filled.join(' ')}`).slice(CONTEXT_WORDS);
  if (tagged.length !== filled.length) return null;
  let i = filled.length - after.length;
  while (i < tagged.length && (tagged[i] as TaggedWord).pos === 'ADP') i++;
  while (i < tagged.length && OBJECT_WORD.has((tagged[i] as TaggedWord).pos)) i++;
  const end = tagged[i];
  if (i === filled.length - after.length) return null;
  if (end && end.pos !== 'ADP' && !PARTICLES.has(end.text.toLowerCase())) return null;
  return filled.join(' ');
}

const PREPOSITION = wordSet(/^(?:to|into|from|of|on|in|for|with|off|out)$/);

/** A phrase that states its subject with a passive ("sanctions be lifted"): the subject's head and the verb. */
function passiveReading(bare: TaggedWord[]): { restriction: string; object: string } | null {
  const be = bare.findIndex((w) => w.text.toLowerCase() === 'be');
  if (be < 1 || be !== bare.length - 2) return null;
  const verb = bare[be + 1] as TaggedWord;
  if (verb.pos !== 'VERB' || !/^[a-z]+(?:ed|en|wn|ut)$/.test(verb.text)) return null;
  const group = bare.slice(0, be);
  if (!group.every((w) => OBJECT_WORD.has(w.pos) || w.pos === 'DET')) return null;
  const head = group[group.length - 1] as TaggedWord;
  if (!HEAD.has(head.pos)) return null;
  const lemma = verb.lemma.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lemma) || LIGHT_VERBS.has(lemma)) return null;
  // "hostile policy be withdrawn": a described noun is named with what describes it.
  const words = group.filter((w) => w.pos !== 'DET');
  const object = words.some((w) => w.pos === 'ADJ') ? words.map((w) => w.text).join(' ') : head.text;
  return { restriction: lemma, object };
}

/** What each phrase of the demand that opens with a restriction says: the restriction and its objects. */
function readPhrases(
  demand: Demand,
  tag: Tagger,
  partyWords: ReadonlySet<string>,
  elsewhere: (subject: string) => boolean,
): Reading[] {
  const readings: Reading[] = [];
  for (const written of demand.phrases) {
    const filled = GAP.test(written) ? gapFilled(written, tag) : written;
    if (!filled) continue;
    const phrase = filled;
    const bare = tag(phrase);
    // "sanctions be lifted": the verb restricts its subject, read in any order ("lift the sanctions").
    const passive = filled === written ? passiveReading(bare) : null;
    if (
      passive &&
      !partyWords.has(passive.object.toLowerCase()) &&
      !GENERAL_NOUNS.has(passive.object.toLowerCase()) &&
      !elsewhere(passive.object)
    ) {
      readings.push({ phrase: written, restriction: passive.restriction, objects: [passive.object] });
      continue;
    }
    const context = tag(`${CONTEXT} ${phrase}`).slice(CONTEXT_WORDS);
    if (bare.length < 2 || context.length !== bare.length) continue;
    const kind = restrictionAt(bare);
    if (!kind) continue;
    let end = 1;
    if (kind === 'verb' && PARTICLES.has((bare[1] as TaggedWord).text.toLowerCase())) end = 2;
    else if (kind === 'verb' && LIGHT_VERBS.has((bare[0] as TaggedWord).lemma.toLowerCase())) continue;
    // "admit no new members": the negation before the object is part of the restriction.
    if (kind === 'verb' && NEGATIONS.has(bare[end]?.text.toLowerCase() ?? '')) end++;
    // "stay in the deal": the verb has no object; what follows its preposition is not what it restricts.
    const after = context[end];
    if (kind === 'verb' && after?.pos === 'ADP' && !VERB_PREPOSITIONS.has(after.text.toLowerCase())) continue;
    // "reconnect the Russian Agricultural Bank": a party's name is no part of the subject.
    // ("withdraw from Eastern Europe": a place keeps its whole name; "Eastern" alone would be any east.)
    let objects = objectOf(context, end)
      .map((o) => {
        const words = o.split(' ');
        const kept = words.filter((w) => !partyWords.has(w.toLowerCase()));
        // "withdraw the special police" with "Police" of a party's name: what is left only describes.
        if (
          words.length > 1 &&
          partyWords.has((words[words.length - 1] as string).toLowerCase()) &&
          kept.length
        )
          return /^[A-Z]/.test(kept[0] as string) ? o : '';
        return kept.length === 1 && kept.length < words.length && /^[A-Z]/.test(kept[0] as string)
          ? o
          : kept.join(' ');
      })
      .filter((o) => o && !GENERAL_NOUNS.has(o.toLowerCase()));
    // A gapped phrase's noun that another demand's written frame names ("roll back … enlargement" of
    // one demand, "enlargement" the subject of another) is that demand's: paired with every restriction
    // of this one, it would read the other's statements as this one's. The phrase stays a phrase.
    if (filled !== written) objects = objects.filter((o) => !elsewhere(o));
    if (objects.length === 0) continue;
    const restriction = bare
      .slice(0, end)
      .map((w) => w.text)
      .join(' ')
      .toLowerCase();
    readings.push({ phrase: written, restriction, objects });
  }
  return readings;
}

/** The frame read off a demand's phrases, or null when none opens with a restriction. */
function inferFrame(
  demand: Demand,
  tag: Tagger,
  partyWords: ReadonlySet<string>,
  elsewhere: (subject: string) => boolean,
): InferredFrame | null {
  let readings = readPhrases(demand, tag, partyWords, elsewhere);
  // A frame pairs every restriction with every subject. "honour its obligations" and "drop the bill"
  // (one demand) would pair into "honour the bill": when a demand's phrases both take away and keep,
  // only the more numerous kind makes the frame, and the others stay phrases.
  const taking = readings.filter((r) => sense(r.restriction) === 1).length;
  const keeping = readings.filter((r) => sense(r.restriction) === -1).length;
  if (taking > 0 && keeping > 0) {
    const drop = taking >= keeping ? -1 : 1;
    readings = readings.filter((r) => sense(r.restriction) !== drop);
  }
  const subjects = new Set(readings.flatMap((r) => r.objects));
  const restrictions = new Set(readings.map((r) => r.restriction));
  // "lifting of sanctions" and "verify the lifting": a restriction is no subject.
  // (A restriction also states the demand after its subject: "the sanctions must be lifted".)
  for (const r of restrictions) subjects.delete(r);
  if (subjects.size === 0) return null;
  // A frame's subject named with no restriction is what the demand would stop ("supports expansion"
  // refuses non-expansion). A frame read off a few phrases knows too few restrictions for that: "Canada
  // rejects the call to scrap dairy quotas" would read, through "quotas" alone, as Canada wanting the
  // quotas ended. So an inferred subject counts only with one of its restrictions.
  const frame: DemandFrame = {
    subjects: [],
    weakSubjects: [...subjects],
    restrictions: [...restrictions],
    opposites: [],
  };
  return { frame, from: readings.map((r) => r.phrase) };
}

/**
 * Frames read off the demands' phrases (for those with a written frame too). A one-word subject two demands would
 * share ("deal" of "return to the deal" and "stay in the deal") names neither: it is left out.
 */
export function inferFrames(demands: Demand[], parties: Party[], tag: Tagger): Map<string, InferredFrame> {
  const partyWords = new Set(
    parties.flatMap((p) =>
      [p.name, ...p.aliases, ...(p.adjectives ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/)),
    ),
  );
  for (const w of ['the', 'of', 'and']) partyWords.delete(w);

  // The subjects each demand's written frame names, by a key that ignores case and a plural "s".
  const key = (w: string) => w.toLowerCase().replace(/s$/, '');
  const writtenBy = new Map<string, Set<string>>();
  for (const d of demands)
    for (const w of [
      ...(d.frame?.subjects ?? []),
      ...(d.frame?.strongSubjects ?? []),
      ...(d.frame?.weakSubjects ?? []),
    ])
      writtenBy.set(key(w), new Set([...(writtenBy.get(key(w)) ?? []), d.id]));
  const out = new Map<string, InferredFrame>();
  for (const d of demands) {
    if (d.phrases.length === 0) continue;
    const inferred = inferFrame(d, tag, partyWords, (s) =>
      [...(writtenBy.get(key(s)) ?? [])].some((x) => x !== d.id),
    );
    if (inferred) out.set(d.id, inferred);
  }
  const owners = new Map<string, string[]>();
  const named = (f: DemandFrame): string[] => [...f.subjects, ...(f.weakSubjects ?? [])];
  for (const [id, { frame }] of out)
    for (const s of named(frame)) owners.set(s.toLowerCase(), [...(owners.get(s.toLowerCase()) ?? []), id]);
  // Every restriction a demand reads, in each of its forms: "extension of the initiative" (one demand's)
  // and "expansion of the initiative" (another's) share the subject but no restriction, so each names
  // its own demand; "return to the deal" and "stay in the deal" share "deal" with nothing to tell them apart
  // when both demands also read "return".
  const restricting = new Map<string, Set<string>>();
  for (const d of demands) {
    const words = [...(out.get(d.id)?.frame.restrictions ?? []), ...(d.frame?.restrictions ?? [])].map((w) =>
      w.toLowerCase(),
    );
    restricting.set(d.id, new Set(words.flatMap((w) => [w, ...nounsOfVerb(w), ...verbsOfNoun(w)])));
  }
  const apart = (ids: string[]): boolean =>
    ids.every((a, i) =>
      ids.slice(i + 1).every((b) => {
        const other = restricting.get(b) ?? new Set<string>();
        return [...(restricting.get(a) ?? [])].every((w) => !other.has(w));
      }),
    );
  const own = (s: string) => {
    const ids = owners.get(s.toLowerCase()) ?? [];
    return s.includes(' ') || ids.length === 1 || apart(ids);
  };
  for (const [id, { frame }] of out) {
    frame.subjects = frame.subjects.filter(own);
    if (frame.weakSubjects) frame.weakSubjects = frame.weakSubjects.filter(own);
    if (named(frame).length === 0) out.delete(id);
  }
  return out;
}

/**
 * A written frame with what its demand's phrases add: their restrictions, and their subjects as weak
 * ones (counted only with a restriction). An analyst who wrote "withdraw forces from Eastern Europe" as
 * a phrase and "withdraw" among the restrictions has said the demand is stated that way in any order
 * ("the forces in Eastern Europe must be withdrawn"), though "Eastern Europe" is in no frame field.
 */
export function withPhraseReadings(written: DemandFrame, read: DemandFrame): DemandFrame {
  const lower = (list: readonly string[] | undefined) => (list ?? []).map((w) => w.toLowerCase());
  const named = new Set([
    ...lower(written.subjects),
    ...lower(written.strongSubjects),
    ...lower(written.weakSubjects),
    ...lower(written.opposites),
    ...lower(written.weakOpposites),
  ]);
  const restricting = new Set([...lower(written.restrictions), ...lower(written.restrictionsAfter)]);
  const weakSubjects = (read.weakSubjects ?? []).filter((w) => !named.has(w.toLowerCase()));
  const restrictions = read.restrictions.filter((w) => !restricting.has(w.toLowerCase()));
  if (weakSubjects.length === 0 && restrictions.length === 0) return written;
  return {
    ...written,
    weakSubjects: [...(written.weakSubjects ?? []), ...weakSubjects],
    restrictions: [...written.restrictions, ...restrictions],
  };
}

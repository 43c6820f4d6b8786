/**
 * The other forms of a frame's restriction word: the verb of a noun of action and the nouns of action
 * of a verb. An analyst who writes "removal of the sanctions" has said the demand is stated by "remove
 * all sanctions" too, and one who writes "suspend enrichment" by "the suspension of enrichment". A
 * word's inflections are matched already (on lemmas); a verb and its noun share no lemma, so each
 * restriction gets its partner here, made by the regular English suffixes ("-al", "-ment", "-ation",
 * "-sion", "-ction", "-ure"). A form that is no English word never meets a text, so making too many is
 * harmless; a form that is another word ("state" → "statement", "sign" → "signal") is kept out by the
 * lists below.
 */
import type { DemandFrame } from '../model/ontology';
import { KEEPING, TAKING_AWAY } from './infer-frame';

/** Partner forms that are other words, or too general to restrict anything. */
const NOT_PARTNERS = new Set(
  'statement movement government agreement treatment payment shipment basement easement apartment department signal signature capital capture pressure measure nature feature station nation relation position question posture portion proportion commission mission section action traction fraction fiction fixture fixation formation formal information condition addition edition sedition tradition petition competition rational national relational additional conditional conventional normal formal general final total trial denial arrival survival proposal vacation remedial conclusion burial supplication complication application implication replication moral continual disposal portal mortal dental rental metal medal pedal vital royal loyal equal legal regal ideal deal real seal steal appeal reveal conceal repeal heal meal zeal cure sure pure endure ensure measure leisure allure figure procure assure insure mature moment comment segment element cement ferment torment lament garment pigment fragment sentiment settlement environment element compliment implement supplement complement experiment argument document instrument monument ornament parliament tournament'.split(
    ' ',
  ),
);
/** Verbs read off a noun that are other words, or too light to restrict anything. */
const NOT_VERBS = new Set(
  'state move govern agree treat pay ship base ease part depart sign capit capt press meas nat stat rel pos quest post port propor commiss miss sect act tract fract fict fix form inform condit add edit sedit tradit petit compet deal real seal steal heal ment com seg ele ce fer tor la gar pig frag senti settle environ compli sup comple experi argu docu instru monu orna parlia tourna go do be get set put let make take give have come'.split(
    ' ',
  ),
);

const VOWEL = /[aeiou]/;

/** Verbs of leaving and their nouns of action that no suffix rule makes: "depart" → "departure". */
const LEAVING_NOUNS: Record<string, string> = { depart: 'departure', leave: 'departure', exit: 'exit' };

/** Nouns of action a verb may have: "remove" → removal, "suspend" → suspension, "implement" → implementation. */
export function nounsOfVerb(verb: string): string[] {
  const v = verb.toLowerCase();
  if (!/^[a-z]{4,}$/.test(v)) return [];
  const out: string[] = [];
  const stemE = v.endsWith('e') ? v.slice(0, -1) : v;
  if (v.endsWith('e')) out.push(`${stemE}al`, `${stemE}ure`);
  if (v.endsWith('w')) out.push(`${v}al`);
  if (v.endsWith('y')) out.push(`${v.slice(0, -1)}ial`, `${v.slice(0, -1)}ication`);
  out.push(`${v}ment`);
  if (v.endsWith('ate')) out.push(`${stemE}ion`);
  else if (v.endsWith('ume')) out.push(`${v.slice(0, -3)}umption`);
  else if (v.endsWith('uce')) out.push(`${v.slice(0, -2)}ction`);
  else if (v.endsWith('ct')) out.push(`${v}ion`);
  else if (/[^aeiou]d$/.test(v)) out.push(`${v.slice(0, -1)}sion`);
  else if (v.endsWith('de')) out.push(`${v.slice(0, -2)}sion`);
  else if (v.endsWith('el') || v.endsWith('al')) out.push(`${v}lation`);
  else out.push(`${stemE}ation`);
  return [...new Set(out)].filter((n) => !NOT_PARTNERS.has(n) && n !== v);
}

/** Verbs a noun of action may come from: "removal" → remove, "suspension" → suspend, "closure" → close. */
export function verbsOfNoun(noun: string): string[] {
  const n = noun.toLowerCase();
  if (!/^[a-z]{6,}$/.test(n) || NOT_PARTNERS.has(n)) return [];
  const out: string[] = [];
  const cut = (suffix: string): string | null => (n.endsWith(suffix) ? n.slice(0, -suffix.length) : null);
  let s: string | null;
  if ((s = cut('ication'))) out.push(`${s}y`);
  else if ((s = cut('llation'))) out.push(`${s}l`);
  else if ((s = cut('ation'))) out.push(s, `${s}e`, `${s}ate`);
  else if ((s = cut('umption'))) out.push(`${s}ume`);
  else if ((s = cut('uction'))) out.push(`${s}uce`);
  else if ((s = cut('ction'))) out.push(`${s}ct`);
  else if ((s = cut('tion')) && n.endsWith('ation') === false && s.endsWith('a')) out.push(`${s}te`);
  else if ((s = cut('ssion'))) out.push(`${s}t`);
  else if ((s = cut('sion'))) out.push(`${s}d`, `${s}de`);
  else if ((s = cut('ial'))) out.push(`${s}y`);
  else if ((s = cut('al'))) out.push(s, `${s}e`);
  else if ((s = cut('ment'))) out.push(s);
  else if ((s = cut('ure'))) out.push(`${s}e`);
  return [...new Set(out)].filter((v) => v.length >= 4 && VOWEL.test(v) && !NOT_VERBS.has(v));
}

/**
 * The frame with each one-word restriction's partner forms added (a verb's nouns of action, a noun's
 * verbs), for restrictions known to take a thing away or keep it ("remove", "renewal"): a restriction
 * of another kind ("verification") may be read in its own form only, and its verb ("verify") would
 * take over words that state something else. Forms another field of the frame names already (a
 * subject, an opposite) are left out.
 */
export function withActionForms(frame: DemandFrame): DemandFrame {
  const lower = (list: readonly string[] | undefined) => (list ?? []).map((w) => w.toLowerCase());
  const taken = new Set([
    ...lower(frame.restrictions),
    ...lower(frame.restrictionsAfter),
    ...lower(frame.subjects),
    ...lower(frame.strongSubjects),
    ...lower(frame.weakSubjects),
    ...lower(frame.anchoredSubjects),
    ...lower(frame.opposites),
    ...lower(frame.weakOpposites),
    ...lower(frame.anchors),
  ]);
  const added: string[] = [];
  for (const r of frame.restrictions) {
    if (!/^[a-z]+$/.test(r)) continue;
    const forms = [...nounsOfVerb(r), ...verbsOfNoun(r)];
    // "extension" is known by its verb "extend".
    if (![r, ...forms].some((w) => TAKING_AWAY.test(w) || KEEPING.test(w))) continue;
    for (const form of forms) {
      if (taken.has(form)) continue;
      taken.add(form);
      added.push(form);
    }
  }
  // "would leave", "depart" written after the subject: "the departure of foreign forces" names the same
  // act before it. (Only the nouns of leaving whose verb the list says, "departure" being no regular form.)
  for (const r of frame.restrictionsAfter ?? []) {
    const verb = r.toLowerCase().split(/\s+/).pop() ?? '';
    const noun = LEAVING_NOUNS[verb];
    if (!noun || taken.has(noun) || taken.has(`${noun} of`)) continue;
    taken.add(noun);
    added.push(`${noun} of`);
  }
  return added.length === 0 ? frame : { ...frame, restrictions: [...frame.restrictions, ...added] };
}

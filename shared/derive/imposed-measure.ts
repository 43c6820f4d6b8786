/**
 * A side the demand is put to, doing by its own hand the very thing the demand would take away: "Trump
 * raised tariffs on Chinese goods to 25 percent", "the White House threatened an extra 10 percent tariff
 * on Chinese products", "Washington imposed new duties on Chinese imports", "the administration turned
 * to bullying, raising tariffs on Chinese goods step by step". Adding to the measure is refusing, for
 * now, to lift it: the acting side rejects the demand.
 *
 * Narrow: the measure is named bare (a frame subject with no restriction, what the demand would stop),
 * right after a verb of imposing or adding, with only a determiner, a size or an adjective of more
 * between ("an extra 10 percent", "new", "higher"); the verb's subject is a party the demand is put to
 * (not one that proposed it); no negation or cue of its own governs the verb ("did not raise", "refused
 * to impose"), and a condition ("if Washington raises tariffs") or a question states nothing, as
 * `emit` already rules.
 */
import { clauseOf } from './clauses';
import { isPastYear, makeCue } from './cues';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { CALENDAR_WORDS, DAY_WORDS, NEGATION_WORD } from './word-lists';
import { wordSet } from './word-set';

/** Verbs of putting on or adding to a measure. */
const IMPOSING = wordSet(
  /^(?:impose|imposes|imposed|imposing|raise|raises|raised|raising|hike|hikes|hiked|hiking|increase|increases|increased|increasing|slap|slaps|slapped|slapping|levy|levies|levied|levying|threaten|threatens|threatened|threatening|announce|announces|announced|announcing|tighten|tightens|tightened|tightening)$/,
);
/** What may stand between the verb and the measure: a determiner, a size, an adjective of more. */
const MEASURE_LEAD = wordSet(
  /^(?:a|an|the|its|their|new|fresh|extra|additional|further|more|higher|another|steeper|heavier|tougher|stiffer|sweeping|broad|wider|%|percent|per|cent|percentage|point|points|\$|billion|million|trillion)$/,
);
/** A figure: "10", "25%", "2.5". */
const FIGURE = /^\d[\d.,]*%?$/;
/** Words opening a clause of background: "soon after Trump imposed …", "since Washington raised …". */
const BACKGROUND_OPENER = wordSet(/^(?:after|since|before|when|until|once|following|as)$/);
/** The months, by the first three letters news copy writes them with ("Aug.", "September"). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** How long a deed stays news: a measure added weeks before may have been traded since. */
const NEWS_DAYS = 21;

/** The month a token names, 0–11, or -1 ("May" the month only capitalised, not opening the sentence). */
function monthAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (!CALENDAR_WORDS.includes(t.lower) || DAY_WORDS.includes(t.lower)) return -1;
  if (t.lower === 'may' && (t.text !== 'May' || i === 0)) return -1;
  return MONTHS.indexOf(t.lower.slice(0, 3));
}

/** Days from a month (and day, beside it, if given) back to the publication date; null for a later date. */
function daysBefore(tokens: readonly Token[], i: number, month: number, published: string): number | null {
  const [y, mo, d] = published.split('-').map(Number) as [number, number, number];
  const after = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
  const day = [tokens[after]?.text, tokens[i - 1]?.text].map(Number).find((n) => n >= 1 && n <= 31);
  const year = month + 1 > mo ? y - 1 : y;
  const gap = (Date.UTC(y, mo - 1, d) - Date.UTC(year, month, day ?? 1)) / 86_400_000;
  // (A month without its day counts from its first, so the current month is news.)
  return gap < 0 ? null : day === undefined && month + 1 === mo && year === y ? 0 : gap;
}

/**
 * Whether the deed is told as history: dated to a past year or to a day more than three weeks before
 * the article ("On 10 May Washington raised …" in late June, "in 2018 the US imposed …"), or told in a
 * clause of background ("soon after Trump imposed …"). Only the deed told as news says where the side
 * stands now.
 */
function toldAsHistory(r: SentenceReading, clauseStart: number, verb: number, end: number): boolean {
  const { tokens } = r;
  const published = r.input.published;
  if (tokens.slice(clauseStart, verb).some((t) => BACKGROUND_OPENER.test(t.lower))) return true;
  if (!published) return false;
  for (let i = 0; i <= end; i++) {
    if (isPastYear((tokens[i] as Token).text, Number(published.slice(0, 4)))) return true;
    const month = monthAt(tokens, i);
    if (month < 0) continue;
    const gap = daysBefore(tokens, i, month, published);
    if (gap !== null && gap > NEWS_DAYS) return true;
  }
  return false;
}

export function readImposedMeasures(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings, compiled } = r;
  if (r.facts.question) return;
  for (const verb of tokens) {
    if (!IMPOSING.test(verb.lower)) continue;
    // (A participle after its noun, "the tariffs imposed by Washington", has no subject before it here.)
    if (tokens[verb.i + 1]?.lower === 'by') continue;
    // "did not raise", "never imposed", "won't hike": no measure added.
    if (tokens.slice(Math.max(0, verb.i - 3), verb.i).some((t) => NEGATION_WORD.test(t.lower))) continue;
    const ci = clauseOf(spans, verb.i);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    // A cue of its own governing the verb ("refused to raise", "vowed to impose") decides it.
    if (cues.some((c) => c.last < verb.i && c.last >= verb.i - 2)) continue;
    let at = verb.i + 1;
    while (
      at < verb.i + 7 &&
      (MEASURE_LEAD.test(tokens[at]?.lower ?? '') || FIGURE.test(tokens[at]?.text ?? ''))
    )
      at++;
    const m = mentions.find(
      (x) =>
        x.kind === 'frame' && x.direction === -1 && x.first > verb.i && x.first <= at && x.last <= clause[1],
    );
    if (!m) continue;
    if (toldAsHistory(r, clause[0], verb.i, m.last)) continue;
    // ("… turned to bullying, raising tariffs …": a participle after a comma shares the subject of the
    // clause before, the nearest one.)
    const participle = tokens[verb.i - 1]?.text === ',' && /ing$/.test(verb.lower) && ci > 0;
    const before = spans[ci - 1] as [number, number] | undefined;
    const holder =
      r.subjectBefore(verb.i, clause) ??
      (participle && before ? r.subjectBefore(before[1] + 1, before) : null);
    if (!holder) continue;
    const addressees = compiled.addressees.get(m.demand);
    const proposers = compiled.proposers.get(m.demand);
    const parties = holder.parties.filter(
      (p) =>
        addressees?.has(p) &&
        !proposers?.has(p) &&
        !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    const cue = makeCue({
      first: verb.i,
      last: verb.i,
      attitude: 'supports',
      text: verb.text,
      negated: false,
      negation: null,
    });
    r.emit({ ...holder, parties }, { attitude: 'supports', negated: false }, cue, m, ci);
  }
}

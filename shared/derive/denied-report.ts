/**
 * "NBC reported that the administration was prepared to offer a reduction of U.S. forces in Eastern
 * Europe. A State Department official said the report was not accurate.", "… The White House rejected
 * the story.": a party denying a report that it was ready to grant a demand refuses the demand. The
 * report's readiness is no position of the party (an outlet says it); the denial is.
 *
 * The sentence before reports ("reported that", "reported on Friday that") a party named right after
 * "that" as ready, prepared, willing, poised, considering or weighing something, and names the demand
 * after that word. The very next sentence points back to the report ("the report", "the story", "these
 * media reports", not "the report on …") and denies it: a verb of denial before it ("denied",
 * "rejected", "dismissed", "refuted", "disputed") or a verdict of falsehood after it ("was not
 * accurate", "was false", "is untrue"). The denier must be the reported party: the only party named in
 * that sentence. In one sentence too: "The White House denied a report that it was ready to cut …",
 * the report's content opening with a pronoun or the denier named again. Only non-proposers.
 */
import type { ActorMention } from './actors';
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A quick screen for a sentence that may deny a report. */
export const DENIED_REPORT_WORDS =
  /\b(?:report|reports|story|stories|reporting|account)\b[^.?!]*\b(?:not|false|untrue|inaccurate|incorrect|wrong|baseless|groundless|unfounded)\b|\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b[^.?!]*\b(?:report|reports|story|stories|reporting|account)\b/i;

const REPORTING = wordSet(/^(?:reported|reports|report|reporting)$/);
/** The reported party's readiness: "was prepared to offer …", "is considering …". */
const READY = wordSet(
  /^(?:ready|prepared|preparing|willing|poised|considering|weighing|mulling|contemplating|planning|open)$/,
);
/** Between the party after "that" and its readiness: "was", "had been", "is now". */
const BEFORE_READY = wordSet(/^(?:was|is|were|are|had|has|have|been|now|also|already|quietly|reportedly)$/);
const REPORT_NOUN = wordSet(/^(?:report|reports|story|stories|reporting|account|accounts)$/);
/** Words opening the pointer to the report: "the report", "NBC's story", "these media reports". */
const REPORT_OPENER = wordSet(/^(?:the|that|this|these|those|such|its)$/);
const REPORT_MODIFIER = wordSet(/^(?:news|media|press|television|tv|newspaper|latest|recent|earlier)$/);
const DENYING = wordSet(
  /^(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|dismissing|refuted|refutes|refute|disputed|disputes|dispute|contradicted|contradicts)$/,
);
const FALSE = wordSet(
  /^(?:false|untrue|inaccurate|incorrect|wrong|baseless|groundless|unfounded|mistaken|fake|fabricated)$/,
);
const COPULA = wordSet(/^(?:was|is|were|are)$/);

/** What a report said a party was ready to grant: the party and the demands named after its readiness. */
export interface ReportedReadiness {
  parties: string[];
  demands: ReadonlyArray<Pick<DemandMention, 'demand' | 'direction' | 'match'>>;
}

/**
 * The readiness a sentence reports of a party ("NBC reported that the administration was prepared to
 * offer …"), or null.
 */
export function reportedReadiness(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  mentions: readonly DemandMention[],
): ReportedReadiness | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!REPORTING.test(tokens[i]?.lower ?? '')) continue;
    // (Past a date: "reported on Friday that …".)
    let k = i + 1;
    while (k <= i + 4 && tokens[k] && tokens[k]?.lower !== 'that') k++;
    if (tokens[k]?.lower !== 'that') continue;
    const party = actors.find((a) => a.first === k + 1 && a.parties.length > 0 && a.kind !== 'adjective');
    if (!party) continue;
    let j = party.last + 1;
    while (j <= party.last + 3 && BEFORE_READY.test(tokens[j]?.lower ?? '')) j++;
    if (!READY.test(tokens[j]?.lower ?? '')) continue;
    const named = mentions.filter((m) => m.kind !== 'reference' && m.direction !== 0 && m.first > j);
    if (named.length === 0) continue;
    return { parties: party.parties, demands: named };
  }
  return null;
}

/**
 * Where a sentence points back to a report and denies it: the report noun and the denial's span (from
 * the denying verb to the noun, or from the noun to the verdict of falsehood); or null.
 */
export function deniedReportAt(
  tokens: readonly Token[],
): { noun: number; first: number; last: number } | null {
  for (let n = 1; n < tokens.length; n++) {
    if (!REPORT_NOUN.test(tokens[n]?.lower ?? '')) continue;
    let o = n - 1;
    while (o > 0 && o >= n - 2 && REPORT_MODIFIER.test(tokens[o]?.lower ?? '')) o--;
    if (!REPORT_OPENER.test(tokens[o]?.lower ?? '')) continue;
    // (A report with its content after it, "the report that …", is another report, not the one before.)
    if (/^(?:that|of|about|on|by)$/.test(tokens[n + 1]?.lower ?? '')) continue;
    // "… denied the report", "… rejected the story firmly", "dismissed as false the report".
    for (let d = o - 1; d >= Math.max(0, o - 3); d--) {
      if (DENYING.test(tokens[d]?.lower ?? '')) return { noun: n, first: d, last: n };
      if (!/^(?:as|false|untrue|inaccurate|flatly|firmly|strongly)$/.test(tokens[d]?.lower ?? '')) break;
    }
    // "… the report was not accurate", "the story is false".
    let c = n + 1;
    if (!COPULA.test(tokens[c]?.lower ?? '')) continue;
    c++;
    if (/^(?:not|n't)$/.test(tokens[c]?.lower ?? '')) {
      if (/^(?:accurate|true|correct|right)$/.test(tokens[c + 1]?.lower ?? ''))
        return { noun: n, first: o, last: c + 1 };
      continue;
    }
    if (/^(?:simply|completely|totally|entirely|plainly)$/.test(tokens[c]?.lower ?? '')) c++;
    if (FALSE.test(tokens[c]?.lower ?? '')) return { noun: n, first: o, last: c };
  }
  return null;
}

/**
 * The demands a sentence denies the report before of, as mentions at the report noun, for the reported
 * party; none unless the reported party, and no other, is named in the sentence.
 */
export function deniedReportMentions(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  reported: ReportedReadiness,
): DemandMention[] {
  const parties = actors.filter((a) => a.parties.length > 0).flatMap((a) => a.parties);
  if (parties.length === 0 || parties.some((p) => !reported.parties.includes(p))) return [];
  const at = deniedReportAt(tokens);
  if (!at) return [];
  return reported.demands.map((d) => ({
    first: at.noun,
    last: at.noun,
    demand: d.demand,
    direction: d.direction,
    match: `${tokens[at.noun]?.text ?? ''} → ${d.match}`,
    kind: 'reference' as const,
    cueCapableAt: null,
    resolvedFrom: null,
    deniedReport: { parties: reported.parties, first: at.first, last: at.last },
  }));
}

/**
 * Emits the reported party's refusal of each demand whose report the sentence denies: a readiness
 * denied, which decideStance reads as a refusal (and as nothing from a proposer).
 */
export function readDeniedReports(r: SentenceReading): void {
  const { mentions, findings, spans, compiled, input, speaker } = r;
  for (const m of mentions) {
    const denied = m.deniedReport;
    if (!denied) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = denied.parties.filter(
      (p) => !proposers?.has(p) && !findings.some((f) => f.demand === m.demand && f.party === p),
    );
    if (parties.length === 0) continue;
    const by = speaker?.kind === 'party' && speaker.parties.some((p) => parties.includes(p)) ? speaker : null;
    const actor = input.actors.find((a) => a.parties.some((p) => parties.includes(p)));
    r.emit(
      {
        parties,
        kind: by ? 'speaker' : 'subject',
        matched: by?.matched ?? actor?.text ?? '',
        role: by?.role ?? actor?.role ?? null,
      },
      { attitude: 'open', negated: true },
      r.wordsCue(denied.first, denied.last, 'open'),
      m,
      Math.max(0, clauseOf(spans, denied.first)),
    );
  }
}

/** Between the denier and its verb: "The White House has flatly denied …". */
const BEFORE_DENYING = wordSet(/^(?:has|have|had|also|flatly|firmly|strongly|quickly|on|friday|again)$/);
/** Between the denying verb and the report noun: "denied a media report", "dismissed as false the reports". */
const BEFORE_REPORT = wordSet(/^(?:a|an|the|as|false|inaccurate|news|media|press|recent|earlier|latest)$/);
/** The content's subject standing for the denier: "… reports that it was ready to …". */
const DENIER_PRONOUN = wordSet(/^(?:it|they|we)$/);

/**
 * "The White House denied a report that it was ready to cut U.S. troop numbers in Eastern Europe":
 * the denier, the denial's span (verb to "that"), and the demands named after the readiness; or null.
 * The report's content opens with a pronoun or the denier named again, then its readiness.
 */
export function deniedReportInSentence(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  mentions: readonly DemandMention[],
): { denier: ActorMention; first: number; last: number; demands: DemandMention[] } | null {
  for (let d = 1; d < tokens.length; d++) {
    if (!DENYING.test(tokens[d]?.lower ?? '')) continue;
    let s = d - 1;
    while (s > 0 && s >= d - 3 && BEFORE_DENYING.test(tokens[s]?.lower ?? '')) s--;
    const denier = actors.find((a) => a.last === s && a.parties.length > 0 && a.kind !== 'adjective');
    if (!denier) continue;
    let n = d + 1;
    while (n <= d + 4 && BEFORE_REPORT.test(tokens[n]?.lower ?? '')) n++;
    if (!REPORT_NOUN.test(tokens[n]?.lower ?? '') || tokens[n + 1]?.lower !== 'that') continue;
    let k = n + 2;
    const again = actors.find((a) => a.first === k);
    if (again) {
      if (again.parties.length === 0 || again.parties.some((p) => !denier.parties.includes(p))) continue;
      k = again.last + 1;
    } else if (DENIER_PRONOUN.test(tokens[k]?.lower ?? '')) k++;
    else continue;
    while (k <= n + 8 && BEFORE_READY.test(tokens[k]?.lower ?? '')) k++;
    if (!READY.test(tokens[k]?.lower ?? '') && !/^(?:offered|offering)$/.test(tokens[k]?.lower ?? ''))
      continue;
    const demands = mentions.filter((m) => m.kind !== 'reference' && m.direction !== 0 && m.first > k);
    if (demands.length > 0) return { denier, first: d, last: n + 1, demands };
  }
  return null;
}

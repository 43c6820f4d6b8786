/**
 * Refusing that a measure be imposed or raised, where the demand that would take the measure away counts
 * not imposing it as part of itself (its frame lists "not impose" or "refrain from imposing"): "China
 * firmly opposes imposing further tariffs", "Beijing objects to the latest U.S. increase in tariffs",
 * "Moscow rejects the imposition of new sanctions on Pyongyang". The refusal verb's object is the act of
 * imposing, so the measure after it reads no stance of itself; refusing that act is backing the demand,
 * as refusing the measure is. Only a refusal cue right before the word of imposing (past words of size
 * and time), not denied or possible only, and only by a side the demand is not put to.
 * (Where the demand is to pull something back that it does not say must not grow, "refused to host
 * additional troops", declining an increase asks for no pull-back and is left alone.)
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { CompiledOntology } from './compile-ontology';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words of size, kind and time between the verb and the measure: "further", "an extra 10 percent", "latest". */
const SIZE_AND_TIME = wordSet(
  /^(?:a|an|the|any|new|fresh|extra|additional|further|more|higher|steeper|heavier|tougher|sweeping|punitive|another|latest|newest|planned|proposed|threatened|percent|per|cent|%|\$|billion|million)$/,
);
/** Gerunds of imposing or raising a measure: "opposes imposing further tariffs". */
const IMPOSING = wordSet(/^(?:imposing|raising|hiking|levying|slapping|increasing)$/);
/** Nouns of imposing or raising, with "of"/"in" before the measure: "the imposition of", "an increase in". */
const IMPOSITION = wordSet(/^(?:imposition|increase|increases|hike|hikes|raising|escalation)$/);
/** Restrictions by which a frame counts not imposing its measure as the demand. */
const NOT_IMPOSING = /^(?:not (?:to )?impose|refrain from imposing)$/i;
/** Words before the cue that deny it or make it only a possibility: "did not oppose", "could object". */
const WITHHELD = wordSet(/^(?:not|never|no|n't|could|might|may|would)$/);

/** Whether the demand's frame counts not imposing its measure as the demand ("not impose", "refrain from imposing"). */
export function countsNotImposing(compiled: CompiledOntology, demand: string): boolean {
  const frame = compiled.demands.find((d) => d.id === demand)?.frame;
  return !!frame?.restrictions.some((x) => NOT_IMPOSING.test(x.trim()));
}

/** Where the word of imposing before the measure starting at `first` begins, or -1. */
function impositionBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && SIZE_AND_TIME.test(tokens[k]?.lower ?? '')) k--;
  if (IMPOSING.test(tokens[k]?.lower ?? '')) return k;
  if (/^(?:of|in|on)$/.test(tokens[k]?.lower ?? '') && IMPOSITION.test(tokens[k - 1]?.lower ?? ''))
    return k - 1;
  return -1;
}

export function readOpposedImposition(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings, compiled, actors } = r;
  for (const m of mentions) {
    if (m.kind !== 'frame' || m.direction !== -1 || m.match.includes(' + ')) continue;
    const addressees = compiled.addressees.get(m.demand);
    if (!addressees?.size) continue;
    if (!countsNotImposing(compiled, m.demand)) continue;
    const at = impositionBefore(tokens, m.first);
    if (at < 0) continue;
    // Past words of size and time, and a party's name owning the act ("the latest U.S. increase in").
    let k = at - 1;
    while (
      k >= 0 &&
      (SIZE_AND_TIME.test(tokens[k]?.lower ?? '') || actors.some((a) => a.first <= k && k <= a.last))
    )
      k--;
    const cue = cues.find((c) => c.last === k && c.attitude === 'rejects' && !c.negated);
    if (!cue) continue;
    if (tokens.slice(Math.max(0, cue.first - 3), cue.first).some((t) => WITHHELD.test(t.lower))) continue;
    const ci = clauseOf(spans, cue.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const holder = r.subjectBefore(cue.first, clause);
    if (!holder) continue;
    const parties = holder.parties.filter(
      (p) => !addressees.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    r.emit({ ...holder, parties }, { attitude: 'rejects', negated: false }, cue, m, ci);
  }
}

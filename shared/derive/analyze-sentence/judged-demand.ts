/**
 * The reading of a demand noun judged by an adjective of verdict (see ../judged-demands.ts): "Pyongyang
 * accused Washington of making unreasonable, extortionate demands meant to force it to disarm" is
 * Pyongyang's refusal of the disarmament; "the North's charge that Washington had put forward
 * gangster-like demands for it to scrap its programme" too. The judge is the possessor of a charge or
 * statement whose content holds the noun, else the subject of the nearest verb of saying, complaining or
 * accusing before it, else the sentence's speaker; another party must own the demand (be named between
 * the judge and the noun), and the judge must not be one that put the demand forward. A writer's own
 * adjective ("Hamas made absurd demands") has no judge and reads nothing.
 */
import { clauseOf } from '../clauses';
import { makeCue, type Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import { JUDGED_CARRIER, JUDGING_WORD, judgedCarrierAfter, judgingAdjectiveAt } from '../judged-demands';
import { holdsAllTriggers } from '../trigger-words';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import type { SentenceReading } from './sentence-reading';
import { type Holder, partyHolder } from './types';

/** Verbs whose subject passes the verdict: "accused …", "complained that …", "said …". */
const JUDGE_VERB = wordSet(
  /^(?:accused|accuses|accusing|accuse|complained|complains|complaining|charged|charges|denounced|denounces|condemned|condemns|criticized|criticised|criticizes|criticises|slammed|slams|blasted|blasts|decried|decries|lambasted|lambasts|attacked|attacks|rejected|rejects|dismissed|dismisses|said|says|told|tells|warned|warns|argued|argues|insisted|insists|stated|states|declared|declares)$/,
);
/** Nouns of a charge whose "that" clause holds the noun: "the North's charge that …". */
const CHARGE_NOUN = wordSet(
  /^(?:charge|charges|accusation|accusations|complaint|complaints|claim|claims|statement|statements|remark|remarks|assertion|criticism)$/,
);
/** Words that may join the noun to the demand it carries: "demands for it to scrap …", "meant to force it to …". */
const BREAK = wordSet(
  /^(?:[;:.!?—–()]|could|would|will|can|may|might|should|must|is|are|was|were|has|have|had|which|who|but|while|because|although|though|if|unless|as)$/,
);
/** Participles continuing the demand after a comma: "insistence on …, pressing for CVID". */
const CONTINUING = wordSet(/^(?:pressing|demanding|calling|seeking|insisting|including|namely|notably)$/);
/** Words between items of a list of demands. */
const LIST_GAP = wordSet(/^(?:,|and|or|a|an|the|as|well)$/);

/** The demands the noun at `carrier` carries: the first within a few words after it, and the items listed with it. */
function carriedMentions(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  carrier: number,
): DemandMention[] {
  const out: DemandMention[] = [];
  const sorted = mentions
    .filter((m) => m.first > carrier && m.kind !== 'reference' && !m.principle)
    .sort((a, b) => a.first - b.first);
  let reach = carrier;
  for (const m of sorted) {
    if (m.first <= reach) continue;
    const gap = tokens.slice(reach + 1, m.first);
    if (out.length === 0) {
      if (m.first - carrier > 12) break;
      let ok = true;
      for (let g = 0; g < gap.length; g++) {
        const w = gap[g] as Token;
        if (BREAK.test(w.lower)) ok = false;
        if (w.text === ',' && !CONTINUING.test(gap[g + 1]?.lower ?? '')) ok = false;
      }
      if (!ok) break;
    } else if (!gap.every((w) => LIST_GAP.test(w.lower)) || gap.length > 4) break;
    out.push(m);
    reach = m.last;
  }
  return out;
}

export function readJudgedDemands(r: SentenceReading): void {
  const { tokens, mentions, speakers, spans, findings, compiled } = r;
  // (Only where the sentence holds both a judging adjective and a demand noun: see JUDGING_WORD.)
  if (!holdsAllTriggers(tokens, JUDGED_CARRIER | JUDGING_WORD)) return;
  for (let k = 0; k < tokens.length; k++) {
    const adj = judgingAdjectiveAt(tokens, k);
    if (!adj) continue;
    const carrier = judgedCarrierAfter(tokens, adj);
    if (carrier < 0) continue;
    const carried = carriedMentions(tokens, mentions, carrier).filter((m) => m.direction === 1);
    if (carried.length === 0) continue;
    // The judge, and where its words begin.
    let judge: Holder | null = null;
    let from = -1;
    // "the North's charge that Washington …": the possessor of the charge.
    for (let t = k - 1; t >= Math.max(2, k - 14) && !judge; t--) {
      if (tokens[t]?.lower !== 'that' || !CHARGE_NOUN.test(tokens[t - 1]?.lower ?? '')) continue;
      if (!/^['’]s$/.test(tokens[t - 2]?.text ?? '')) break;
      const possessor = speakers.find((a) => a.last === t - 3 && a.parties.length > 0);
      if (possessor) {
        judge = r.asHolder(possessor);
        from = t;
      }
      break;
    }
    // "… accused the United States of making …", "complained that the Americans had brought …".
    if (!judge) {
      for (let v = k - 1; v >= 0; v--) {
        if (/^[;:—–]$/.test(tokens[v]?.text ?? '')) break;
        // (Not a word of a name: "the United States".)
        if (!JUDGE_VERB.test(tokens[v]?.lower ?? '') || r.actors.some((a) => a.first <= v && a.last >= v))
          continue;
        const span = spans[clauseOf(spans, v)] ?? [0, v];
        // ("the ministry dismissed hopes of a deal and accused …": the subject of the verb it is joined to.)
        if (tokens[v - 1]?.lower === 'and') {
          const before = speakers
            .filter(
              (a) =>
                a.first >= span[0] &&
                a.last < v - 1 &&
                a.parties.length > 0 &&
                /^[a-z]+ed$/.test(tokens[a.last + 1]?.lower ?? ''),
            )
            .pop();
          if (before) judge = r.asHolder(before);
        }
        judge ??= r.subjectBefore(v, [span[0], v - 1]);
        from = v;
        break;
      }
    }
    // "Hamas has made absurd demands, Netanyahu said": the speaker.
    if (!judge && r.speaker?.kind === 'party') {
      judge = partyHolder(r.speaker);
      from = -1;
    }
    if (!judge || judge.parties.length === 0) continue;
    const judges = judge.parties;
    // Another party owns the demand: named between the judge's words and the noun.
    const owner = speakers.find(
      (a) =>
        a.first > from &&
        a.last < carrier &&
        a.parties.length > 0 &&
        !a.parties.some((p) => judges.includes(p)),
    );
    if (!owner) continue;
    const ci = Math.max(0, clauseOf(spans, adj[0]));
    const first = tokens[adj[0]] as Token;
    const last = tokens[adj[1]] as Token;
    const cue: Cue = makeCue({
      first: adj[0],
      last: adj[1],
      attitude: 'rejects',
      text: r.input.text.slice(first.start, last.end),
      negated: false,
      negation: null,
    });
    for (const m of carried) {
      const proposers = compiled.proposers.get(m.demand);
      const parties = judges.filter(
        (p) =>
          !proposers?.has(p) &&
          !owner.parties.includes(p) &&
          !findings.some((f) => f.party === p && f.demand === m.demand),
      );
      if (parties.length === 0) continue;
      r.emit({ ...judge, parties }, { attitude: 'rejects', negated: false }, cue, m, ci);
    }
  }
}

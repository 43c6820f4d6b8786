/**
 * Clauses that point back to demands named before them ("— an ask the US dismissed"): their verdict is
 * on those demands.
 */
import { addresseeOfDemand, MODAL_VERBS } from '../word-lists';
import type { ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import { makeCue, type Cue } from '../cues';
import { SPEECH } from '../speaker';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { BE, JUDGING, NP_WORDS, PREDICATE_FILLER } from './lexicon';
import type { SentenceFinding } from './types';
import { ProposerContentReadings } from './proposer-content';
import { wordSet } from '../word-set';
import { endsBeforeComma, passiveAgent } from './passive-apposition';

/** Nouns pointing back at what a sentence listed: "…, demands that Washington has called non-starters". */
const BACK_NOUN_SINGULAR = wordSet(
  /^(?:demand|proposal|request|idea|ask|move|step|condition|call|prospect)$/,
);

const BACK_NOUNS = wordSet(
  /^(?:demands|proposals|requests|conditions|ideas|positions|calls|steps|measures|points)$/,
);

/** Between the subject of a relative clause and its verb: "which Moscow has long considered". */
const RELATIVE_AUX = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'long',
  'repeatedly',
  'also',
  'already',
  'openly',
  'publicly',
]);

/** A quantifier floated off a plural subject, before its verb: "NATO and Washington both refuse". */
const FLOATED = wordSet(/^(?:both|all|each)$/);

/** Clauses pointing back to demands named before them. */
export abstract class BackPointerReading extends ProposerContentReadings {
  /** A clause after a dash that points back ("— an ask the US dismissed"): it takes the demands before it. */
  /** The parties named together as whom something was demanded of ("that Washington and Brussels guarantee"), before `end`. */
  addressedPair(end: number): ActorMention | null {
    const { tokens, speakers } = this;
    for (const a of speakers) {
      if (a.last >= end || tokens[a.last + 1]?.lower !== 'and') continue;
      const b = speakers.find(
        (x) => x.first === a.last + 2 || (x.first === a.last + 3 && tokens[a.last + 2]?.lower === 'the'),
      );
      if (!addresseeOfDemand(tokens, a.first)) continue;
      // The second may be a name the ontology does not hold ("Washington and Brussels").
      if (!b) return a;
      if (b.last >= end) continue;
      return {
        ...a,
        last: b.last,
        parties: [...new Set([...a.parties, ...b.parties])],
        text: `${a.text} and ${b.text}`,
      };
    }
    return null;
  }

  backPointers(): void {
    const { tokens, mentions, cues, findings, spans, speakers } = this;
    // "…NATO's eastward expansion, which Moscow regards as a threat", "…membership, which the Russians
    // called a top priority", "…the proposals, which Washington rejected": a relative clause whose subject
    // is a party judges what stands right before the comma.
    // "…, demands that the administration has said are non-starters", "…, both of which Washington
    // has called unacceptable": a pointer back to everything named before takes every demand before it.
    for (let ci = 1; ci < spans.length; ci++) {
      const [cs, ce] = spans[ci] as [number, number];
      // (After a comma or a dash: "… out of Eastern Europe — demands the US and NATO reject".)
      // (Or a colon: "…to Ukraine and Georgia: something that the Alliance categorically rejects".)
      const colon = tokens[cs - 1]?.text === ':';
      if (!/^[,—–:]$/.test(tokens[cs - 1]?.text ?? '')) continue;
      let o = cs;
      let wide = false;
      if (/^(?:both|all|each|either)$/.test(tokens[o]?.lower ?? '') && tokens[o + 1]?.lower === 'of') {
        o += 2;
        wide = true;
      } else if (BACK_NOUNS.test(tokens[o]?.lower ?? '')) {
        o += 1;
        wide = true;
      } else if (
        // "…, something the US has ruled out", "…, a demand the alliance has dismissed".
        tokens[o]?.lower === 'something' ||
        (/^(?:a|an)$/.test(tokens[o]?.lower ?? '') && BACK_NOUN_SINGULAR.test(tokens[o + 1]?.lower ?? ''))
      ) {
        o += tokens[o]?.lower === 'something' ? 1 : 2;
        wide = true;
      }
      if (colon && !wide) continue;
      // "…, a prospect opposed by Serbia,": the agent of a participle of verdict holds it.
      const passive = wide && !colon ? passiveAgent(tokens, speakers, o, ce) : undefined;
      // A bare relative clause ("a demand the alliance has dismissed"): its subject right after the noun.
      const bare =
        wide &&
        speakers.some((a) => a.first === o || (a.first === o + 1 && NP_WORDS.has(tokens[o]?.lower ?? '')));
      // "…demanded that Washington and Brussels guarantee …, something they have denied": "they" are the
      // two addressees named together (not the one who demanded).
      const pair = wide && !bare && tokens[o]?.lower === 'they' ? this.addressedPair(cs) : null;
      // Standing where "they" stands.
      const they = pair ? { ...pair, first: o, last: o } : null;
      if (bare || they) o -= 1;
      if (!(passive || bare || they || tokens[o]?.lower === 'which' || (wide && tokens[o]?.lower === 'that')))
        continue;
      const subject = passive ?? they ?? speakers.find((a) => a.first >= o + 1 && a.first <= o + 2);
      if (!subject) continue;
      if (!passive && subject.first === o + 2 && !NP_WORDS.has(tokens[o + 1]?.lower ?? '')) continue;
      // (A quantifier floated off a subject of more than one party: "a demand NATO and Washington both
      // refuse", "which the allies have all rejected".)
      let many = false;
      const skip = (from: number): number => {
        let v = from;
        while (
          v <= ce &&
          v <= from + 2 &&
          (RELATIVE_AUX.has((tokens[v] as Token).lower) ||
            /^[a-z]+ly$/.test((tokens[v] as Token).text) ||
            (many && FLOATED.test((tokens[v] as Token).lower)))
        )
          v++;
        return v;
      };
      // "…, demands the US and NATO reject": past the subject's partner to its verb.
      let subjectEnd = subject.last;
      if (/^(?:and|&)$/.test(tokens[subjectEnd + 1]?.lower ?? '')) {
        const partner = speakers.find(
          (a) =>
            a.first === subjectEnd + 2 ||
            (a.first === subjectEnd + 3 && /^(?:the|its|their)$/.test(tokens[subjectEnd + 2]?.lower ?? '')),
        );
        if (partner) subjectEnd = partner.last;
        // "the United States and its allies have rejected": allies left unnamed.
        else if (
          /^(?:its|their)$/.test(tokens[subjectEnd + 2]?.lower ?? '') &&
          /^(?:allies|partners)$/.test(tokens[subjectEnd + 3]?.lower ?? '')
        )
          subjectEnd += 3;
      }
      many =
        subjectEnd > subject.last || subject.parties.length > 1 || /s$/.test(tokens[subjectEnd]?.lower ?? '');
      let v = passive ? o : skip(subjectEnd + 1);
      // "… has made clear are non-starters", "… has said is unacceptable": a statement verb, then the verdict.
      let said = false;
      if (passive) {
        // (The participle is the verb.)
      } else if (/^(?:made|make|makes)$/.test(tokens[v]?.lower ?? '')) {
        const c = tokens[v + 1]?.lower === 'it' ? v + 2 : v + 1;
        if (tokens[c]?.lower === 'clear' || tokens[c]?.lower === 'plain') {
          v = c + 1;
          said = true;
        }
      } else if (SPEECH.has(tokens[v]?.lower ?? '')) {
        v += 1;
        said = true;
        // "…, which Israel says it cannot accept", "which Washington has said it will not do": the subject
        // speaking of itself, its verdict the verb after the pronoun (the relative's object left open).
        const self = tokens[v]?.lower === 'that' ? v + 1 : v;
        if (
          /^(?:it|they)$/.test(tokens[self]?.lower ?? '') &&
          !BE.has(tokens[self + 1]?.lower ?? '') &&
          // ("they" for a plural subject only: "which Washington says they must accept" means others.)
          (tokens[self]?.lower === 'it' || /s$/i.test(subject.text))
        ) {
          v = skip(self + 1);
          said = false;
        }
      }
      if (said) {
        if (!BE.has(tokens[v]?.lower ?? '')) continue;
        v += 1;
        while (v <= ce && PREDICATE_FILLER.has((tokens[v] as Token).lower)) v++;
      }
      // "which Moscow considers to be a threat": "consider" judges here; it does not offer talks.
      const judgingConsider =
        /^consider(?:s|ed)?$/.test(tokens[v]?.lower ?? '') &&
        /^(?:to|as|a|an|it|them)$/.test(tokens[v + 1]?.lower ?? '');
      // "which the alliance cannot accept", "which Berlin does not reject": a modal, or the negation the
      // cue itself carries, between the subject and the verb.
      let w = v;
      while (
        w < v + 3 &&
        tokens[w] &&
        (MODAL_VERBS.includes((tokens[w] as Token).lower) || (tokens[w] as Token).lower === 'not')
      )
        w++;
      const verbCue = judgingConsider
        ? undefined
        : cues.find(
            (c) =>
              !c.owner &&
              (c.first === v ||
                (c.first > v &&
                  c.first <= v + 3 &&
                  tokens
                    .slice(v, c.first)
                    .every(
                      (t, i) =>
                        v + i < w ||
                        (c.negation !== null && c.negation.toLowerCase().split(/\s+/).includes(t.lower)),
                    ))),
          );
      let cue: Cue | undefined = verbCue;
      if (!cue && !said && JUDGING.test(tokens[v]?.lower ?? ''))
        cue = cues.find((c) => c.first > v && c.first <= v + 5 && c.last <= ce && !c.owner);
      // "…, something they have denied": denying a demand refuses it.
      if (!cue && !said && /^(?:denied|denies|deny)$/.test(tokens[v]?.lower ?? ''))
        cue = makeCue({
          first: v,
          last: v,
          attitude: 'rejects',
          text: (tokens[v] as Token).text,
          negated: false,
          negation: null,
        });
      if (!cue || cue.attitude === 'intent') continue;
      // "…, which NATO discussed on Wednesday": a bare verb of talking reports what happened to the
      // demand, not a verdict on it ("which Washington is ready to discuss" is one).
      // ("Russia's proposals, which NATO discussed on Wednesday, would bar …": nor of what they go on to ask.)
      if (cue === verbCue && cue.attitude === 'open' && !cue.negated && cue.first === cue.last) {
        if (tokens[o]?.lower === 'which' && cues.some((c) => c.owner && c.last === cs - 2))
          for (let i = findings.length - 1; i >= 0; i--) {
            const f = findings[i] as SentenceFinding;
            if (
              subject.parties.includes(f.party) &&
              f.cue === cue.text &&
              clauseOf(spans, f.mention.first) === ci + 1
            )
              findings.splice(i, 1);
          }
        continue;
      }
      // "which Moscow wants closed", "which Kyiv wants ended": a complement after the verb turns it around.
      if (
        cue === verbCue &&
        !said &&
        tokens.slice(passive ? subject.first : cue.last + 1, ce + 1).some((t) => /(?:ed|en)$/.test(t.lower))
      )
        continue;
      // What was demanded, in the demand's own direction. "wants a commitment that Ukraine will never be
      // allowed to join" leaves a bare "join", turned around by words outside the mention: it counts
      // as the demand when this sentence already read it as the proposer's demand.
      const asDemanded = (m: DemandMention): DemandMention | null => {
        if (m.direction === 1) return m;
        const proposers = this.compiled.proposers.get(m.demand);
        const read = findings.some(
          (f) => f.mention === m && f.stance === 'supports' && proposers?.has(f.party),
        );
        return read ? { ...m, direction: 1 } : null;
      };
      const antecedents = mentions
        .filter((m) =>
          passive
            ? clauseOf(spans, m.first) === ci - 1 &&
              m.kind !== 'reference' &&
              endsBeforeComma(tokens, m.last, cs - 1)
            : wide
              ? m.last < cs && m.kind !== 'reference'
              : m.last < cs &&
                (m.last >= cs - 4 || endsBeforeComma(tokens, m.last, cs - 1)) &&
                clauseOf(spans, m.first) === ci - 1,
        )
        .map((m) => (wide ? asDemanded(m) : m))
        .filter((m): m is DemandMention => m !== null);
      // (A verb of verdict or of judging, not "which Moscow has said is …", nor a verb of talking.)
      const verdict = !said && cue.attitude !== 'open' && tokens[o]?.lower === 'which';
      let onNoun = false;
      if (antecedents.length === 0 && verdict && !mentions.some((m) => clauseOf(spans, m.first) === ci - 1)) {
        // "The Russian proposals, which Washington has called non-starters, would bar Ukraine from …": an
        // aside on a party's demands judges what the sentence then says they ask, in the clause after it.
        const owned = cues.find((c) => c.owner && c.last === cs - 2);
        if (tokens[ce + 1]?.text === ',' && owned?.owner && !owned.owner.predicative)
          for (const m of mentions)
            if (
              m.direction === 1 &&
              m.kind !== 'reference' &&
              clauseOf(spans, m.first) === ci + 1 &&
              owned.owner.parties.some((p) => this.compiled.proposers.get(m.demand)?.has(p))
            )
              antecedents.push(m);
        onNoun = antecedents.length > 0;
      } else if (antecedents.length === 0 && verdict) {
        // "Granting Moscow's request to pull troops out of the Baltic states would split the allies, which
        // the alliance cannot accept": a "which" on the whole clause before, when that clause states a
        // demand as its proposer asks it (and not a party or a place right before the comma).
        const unasked = (m: DemandMention): boolean =>
          !findings.some(
            (f) =>
              f.mention === m &&
              f.stance === 'supports' &&
              this.compiled.proposers.get(m.demand)?.has(f.party),
          ) || findings.some((f) => f.mention === m && f.stance !== 'supports');
        if (!this.actors.some((a) => a.last >= cs - 3 && a.last < cs))
          for (const m of mentions)
            if (
              m.direction === 1 &&
              m.kind !== 'reference' &&
              clauseOf(spans, m.first) === ci - 1 &&
              !unasked(m)
            )
              antecedents.push(m);
        if (
          antecedents.some((m) => subject.parties.some((p) => this.compiled.proposers.get(m.demand)?.has(p)))
        )
          antecedents.length = 0;
      }
      for (const m of antecedents) {
        if (onNoun) {
          // (Another reading of the same holder was of words in another clause: this verdict replaces it.)
          for (let i = findings.length - 1; i >= 0; i--) {
            const f = findings[i] as SentenceFinding;
            if (f.mention === m && subject.parties.includes(f.party)) findings.splice(i, 1);
          }
          const before = findings.length;
          this.emit(this.asHolder(subject), { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
          for (const f of findings.slice(before)) f.judgesOwnedDemand = true;
          continue;
        }
        if (findings.some((f) => f.mention === m && subject.parties.includes(f.party))) continue;
        const refusal =
          (cue.attitude === 'rejects' && !cue.negated) || (cue.attitude === 'supports' && cue.negated);
        if (m.kind === 'reference' && !refusal) continue;
        this.emit(this.asHolder(subject), { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
      }
    }
  }
}

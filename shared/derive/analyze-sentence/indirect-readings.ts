/**
 * Stances read where the cue and the demand are apart, or with no cue at all: verdicts after a list or in
 * a clause that is only a predicate, acts against a demand, standing policies owned, answers to a
 * question put, verdicts on an apposed worry, "as X demanded".
 */
import { canSpeak, type ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import { makeCue, type Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import { SPEECH } from '../speaker';
import type { Token } from '../tokens';
import { activeUndertakingIn } from './active-undertaking';
import { exampleLeadEnd, listStart } from './phrase-helpers';
import { onlyOwnSide } from './own-obligation';
import {
  ACT_VERB,
  AUXILIARY,
  BE,
  CLAUSE_PUNCTUATION,
  JUDGING,
  MORE_OF,
  PREDICATE_FILLER,
  QUESTION_OPENER,
  QUESTION_PUT,
  RELATIVE_WORDS,
  WEAPONRY,
} from './lexicon';
import { type Holder, partyHolder } from './types';
import { passivePhraseAt } from './passive-patient';
import { contrastedItem, MentionReading } from './read-mentions';
import { wordSet } from '../word-set';
import { relinquishingAt } from '../word-lists';
import { trailingAsClauses } from './trailing-as-clause';

/** Words that date a statement to an earlier time (tested per word: a set, not a pattern). */
/** Verbs that keep someone from an act: "bar X from", "would prevent NATO from". */
const BARRING = wordSet(
  /^(?:bar|bars|barred|barring|ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|prevent|prevents|prevented|preventing|stop|stops|stopped|stopping|keep|keeps|kept|keeping|block|blocks|blocked|blocking|forbid|forbids|forbade|forbidding|preclude|precludes|precluded|precluding)$/,
);
const EARLIER = wordSet(/^(?:before|until|formerly)$/);

/** Verbs of keeping whose subject may be a party's reply ("the reply keeps the open-door policy intact"). */
const HOLDING_VERB_OF_DOCUMENT = wordSet(
  /^(?:keeps|keep|kept|maintains|maintain|maintained|retains|retain|retained)$/,
);

/** Between a relative word and its grievance: "that can threaten", "which poses a direct and immediate threat". */
const GRIEVANCE_FILLER = new Set(
  'can could may might would will directly seriously poses pose posed posing constitutes constitute create creates a an direct and immediate real serious grave clear existential potential'.split(
    ' ',
  ),
);

/** No one in particular, doing an act: "anyone would send troops". */
const INDEFINITE_DOER = wordSet(
  /^(?:anyone|anybody|someone|somebody|nobody|no-one|everyone|everybody|whoever)$/,
);
/** A modal saying a party is going to do something: "will buy", "would lift". */
const COMMIT_MODAL = wordSet(/^(?:will|would|['’]ll)$/);
/** After an undertaking, what makes it conditional: "once a deal is signed", "only when …". */
const COMMIT_CONDITION = wordSet(/^(?:once|until|unless|provided|providing|when|after|only)$/);
/** Telling someone, besides the verbs of speech ("informed" is one): "briefed the allies that …". */
const TOLD = wordSet(/^(?:briefed|reassured)$/);
/** Between the modal and the act: "will soon lift", "would also buy". */
const COMMIT_ADVERB = wordSet(
  /^(?:also|soon|then|now|gradually|quickly|eventually|immediately|still|indeed)$/,
);
/**
 * Whether token `k` belongs to "keep", "continue (to)", "go on", "carry on" between an undertaking's
 * modal and the step: "will keep opening its market", "would continue to buy", "will go on cooperating".
 */
/** A participle of an act done: "halted", "lifted", "withdrawn", "begun" (after "has"/"have"). */
const DONE_ACT = /^(?:\w+ed|\w+en|\w+wn|begun|cut|set|put|sent|built|made|kept|left|shut)$/;
/**
 * Where an undertaking or a done act opens before the act's own verb at `act`, `k` the word right before
 * it: "is going to stop" (the "is"), "has halted", "have lifted" (the "has"/"have": the act is done, its
 * doer plainly for it); -1 if none. Not "had": a past perfect sets the scene for something later.
 */
function firmUndertakingAt(tokens: readonly Token[], k: number, act: number): number {
  const w = tokens[k]?.lower ?? '';
  if (
    w === 'to' &&
    tokens[k - 1]?.lower === 'going' &&
    /^(?:is|are|am|['’]s|['’]re)$/.test(tokens[k - 2]?.lower ?? '')
  )
    return k - 2;
  if (/^(?:has|have)$/.test(w) && DONE_ACT.test(tokens[act]?.lower ?? '')) return k;
  return -1;
}
/**
 * In a demand's words from `from` to `to`, the auxiliaries of a passive undertaking or act done: "will
 * be", "would be", "is going to be", "has been", "have been" (the span of them), or null. Not "had been"
 * (a scene set), nor with "not" among them.
 */
function passiveUndertakingIn(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    if (/^(?:will|would|['’]ll)$/.test(w) && tokens[k + 1]?.lower === 'be') return [k, k + 1];
    if (/^(?:has|have)$/.test(w) && tokens[k + 1]?.lower === 'been') return [k, k + 1];
    if (
      /^(?:is|are|['’]s|['’]re)$/.test(w) &&
      tokens[k + 1]?.lower === 'going' &&
      tokens[k + 2]?.lower === 'to' &&
      tokens[k + 3]?.lower === 'be'
    )
      return [k, k + 3];
  }
  return null;
}
function goingOnWith(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (w === 'keep' || w === 'continue') return true;
  if (w === 'to') return tokens[k - 1]?.lower === 'continue';
  if (w === 'on') return /^(?:go|carry)$/.test(tokens[k - 1]?.lower ?? '');
  return /^(?:go|carry)$/.test(w) && tokens[k + 1]?.lower === 'on';
}

/**
 * Keeping what is fielded, undertaken ("the allies will keep their troops on the eastern flank", "vowed
 * to keep"): an act only before a frame's bare subject, the force itself ("keep sending", "keep the right
 * to", "keep … out" are not), and only after a modal of intent or "to" ("Germany keeps 500 soldiers in
 * Lithuania", "kept", is a standing fact, news).
 */
const KEEPING_VERB = wordSet(/^keep$/);
const KEEPING_OPENER = wordSet(/^(?:will|would|shall|must|['’]ll)$/);
/** Before "to keep", a verb of undertaking ("vowed to keep"); not a noun ("a deal to keep"). */
const UNDERTAKING_VERB = wordSet(
  /^(?:vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|intend|intends|intended|plan|plans|planned|decide|decides|decided|agree|agrees|agreed)$/,
);
const KEEPING_ADVERB = wordSet(/^(?:also|still|firmly|certainly|definitely)$/);

const ACT_FILLER = wordSet(
  /^(?:the|a|an|its|their|more|additional|extra|new|some|several|about|around|up|to|of|nato's|allied|american|us|u\.s\.)$/,
);
/**
 * Whether a demand noun owned by a possessive pronoun ("its demand for", "their insistence on") stands
 * between `from` and `to`: the question's subject's own demand.
 */
function ownDemandNounBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++)
    if (
      /^(?:its|their|his|her)$/.test(tokens[i]?.lower ?? '') &&
      /^(?:demands?|insistence|calls?|requests?|proposals?|conditions?|ultimatum)$/.test(
        tokens[i + 1]?.lower ?? '',
      )
    )
      return true;
  return false;
}

/** A modal putting an act ahead as intent: "will send", "would not withdraw", "won't pull back". */
const INTENT_MODAL = wordSet(/^(?:will|would|shall|['’]ll|wo|won['’]t|wouldn['’]t|shan['’]t)$/);
/** A verb of an act in the past: "sent", "deployed", "brought", "took". */
const PAST_ACT = /^(?:\w+ed|sent|brought|took|taken|put|kept|held|built|led|made|set|drew|drawn|cut)$/;
/** Before "to", a word of intent: "plans to send", "is going to deploy", "ready to reinforce". */
const INTENT_BEFORE_TO = wordSet(
  /^(?:plan|plans|planned|planning|intend|intends|intended|intending|going|decide|decides|decided|agree|agrees|agreed|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|ready|prepared|set|aims?|aimed|is|are|was|were)$/,
);

/** Verbs of hindering: what the demand's opposite does to its proposer ("held back its exports"). */
const HINDERING = wordSet(
  /^(?:held|hold|holds|holding|block|blocks|blocked|blocking|hamper|hampers|hampered|hampering|hurt|hurts|hurting|hinder|hinders|hindered|hindering|impede|impedes|impeded|impeding|obstruct|obstructs|obstructed|obstructing|stifle|stifles|stifled|stifling|choke|chokes|choked|choking|cripple|cripples|crippled|crippling|prevent|prevents|prevented|preventing|disrupt|disrupts|disrupted|disrupting|thwart|thwarts|thwarted|thwarting)$/,
);

/** Opening a clause whose subject does the act: "after Moscow quits the deal". */
const CONJUNCTION_BEFORE_ACT = wordSet(/^(?:after|before|since|until|when|as|because|while)$/);

/** After the verb opening an act: its object's determiner or its particle ("quit the deal", "pull out of"). */
const OBJECT_OR_PARTICLE = wordSet(
  /^(?:the|a|an|its|their|his|her|our|this|that|out|away|from|of|off|on|up|down|back|in|into|with)$/,
);

/** The gerund after a verb of ceasing that names leaving: "stopped taking part in", "ceased implementing". */
const CEASED_GERUND = wordSet(
  /^(?:taking|participating|implementing|carrying|honou?ring|complying|abiding)$/,
);

/** Between a doer and its act: "Russia has (now formally) quit …". */
const DOER_FILLER = wordSet(
  /^(?:has|have|had|is|are|was|were|now|then|also|formally|officially|finally|effectively|abruptly|unilaterally|again|just|already|suddenly)$/,
);

// A standing policy or presence the demand would end (not an act, not weaponry).
const STANDING =
  /\b(?:open[- ]doors?|door|doors|presence|forces|troops|battlegroups?|battalions?|deployments?|policy|principle)\b/i;

const OWNED_FILLER = wordSet(
  /^(?:["“”'‘’]|so-called|strong|current|forward|enhanced|military|own|long-standing|principled)$/,
);

const HOLDING = wordSet(
  /^(?:has|have|had|keeps|keep|kept|maintains|maintain|maintained|retains|retain|retained|an|a|its)$/,
);

const NOUN_BEFORE_VERB = new Set([
  'these',
  'those',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'such',
  'a',
  'an',
  'such',
]);

/** Words a verdict in apposition may open on: "— both non-starters for NATO", ", all red lines for Kyiv". */
const APPOSITION_OPENERS = new Set([
  'both',
  'all',
  'each',
  'a',
  'an',
  'the',
  'two',
  'three',
  'clear',
  'obvious',
]);

/** Verbs of asking for something: "as Russia has demanded", "as Moscow wants". */
const ASKING_VERB = wordSet(
  /^(?:demand|demands|demanded|insist|insists|insisted|want|wants|wanted|seek|seeks|sought|ask|asks|asked|call|calls|called|propose|proposes|proposed|request|requests|requested|urge|urges|urged)$/,
);

/** A modal that answers a yes-or-no question with neither: "it might", "they could". */
const HEDGING_MODAL = wordSet(/^(?:might|could|may)$/);

/** Verbs of rethinking a course a question may ask about: "was rethinking its bid", "would change its stance on". */
const RECONSIDERING = wordSet(
  /^(?:rethink|rethinks|rethinking|rethought|reconsider|reconsiders|reconsidering|reconsidered|revisit|revisits|revisiting|revisited|shift|shifts|shifting|change|changes|changing)$/,
);
/** Words between such a verb and the course: "drop its bid to join", "change its position on NATO membership". */
const BEFORE_COURSE = wordSet(
  /^(?:its|their|his|her|the|from|on|to|position|stance|course|bid|push|quest|nato)$/,
);
/** Words between the doer and that verb: "Kyiv would drop", "Kyiv was seriously rethinking". */
const DOER_TO_VERB = wordSet(
  /^(?:would|will|could|might|may|can|was|were|is|are|be|ever|still|now|seriously|really)$/,
);

/** Verbs of answering that follow the answerer after such a question. */
const ANSWERING_VERB = wordSet(
  /^(?:said|says|answered|answers|replied|replies|responded|responds|insisted|stressed|told)$/,
);

/** A worry noun whose content may follow in apposition, and what may stand before it: "Moscow's chief worry –". */
const APPOSED_WORRY = wordSet(/^(?:worry|worries|concern|concerns|fear|fears|grievance|grievances)$/);

const WORRY_MODIFIER = wordSet(
  /^(?:main|chief|key|biggest|central|principal|primary|core|greatest|top|overriding|major|gravest|own)$/,
);

const APPOSITION_MARK = wordSet(/^(?:,|—|–|-|:)$/);

const APPOSED_LEAD = wordSet(
  /^(?:the|a|an|its|any|further|continued|possible|potential|new|of|deployment|deployments|placement|stationing|['’]s)$/,
);

/** The last word before the relative clause that is clause `ri` (", which …,", ", who …,"), or -1 when it is none. */
function relativeHead(tokens: readonly Token[], spans: ReadonlyArray<[number, number]>, ri: number): number {
  const [rs] = spans[ri] as [number, number];
  if (!/^(?:which|who|whom)$/.test(tokens[rs]?.lower ?? '') || tokens[rs - 1]?.text !== ',') return -1;
  let h = rs - 2;
  while (h > 0 && tokens[h]?.transparent) h--;
  return h;
}

const DASH = wordSet(/^[—–]$/);

/**
 * The clause before a dashed aside, with the clause after it, where clause `ci` opens on "as" right
 * after the aside's closing dash ("describes the demands — A and B — as unacceptable"); null otherwise.
 */
function dashedAsideBefore(
  tokens: readonly Token[],
  spans: ReadonlyArray<[number, number]>,
  ci: number,
): [number, number] | null {
  if (ci < 2) return null;
  const [cs, ce] = spans[ci] as [number, number];
  const [as] = spans[ci - 1] as [number, number];
  if (tokens[cs]?.lower !== 'as' || !DASH.test(tokens[cs - 1]?.text ?? '')) return null;
  if (!DASH.test(tokens[as - 1]?.text ?? '')) return null;
  return [(spans[ci - 2] as [number, number])[0], ce];
}

/**
 * The tokens [from, to) as written, joined by spaces, in one pass (the arrays of slice and map sent the
 * reading this is inlined into back to be compiled again).
 */
function writtenBetween(tokens: readonly Token[], from: number, to: number): string {
  if (from < 0 || to < 0)
    return tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
  let out = '';
  for (let k = from; k < to && k < tokens.length; k++) {
    const text = (tokens[k] as Token).text;
    out = k === from ? text : `${out} ${text}`;
  }
  return out;
}

/** Stances read with the cue apart from the demand, or with none. */
export abstract class IndirectReadings extends MentionReading {
  /** "… and bar Ukraine from membership — both non-starters for NATO": verdicts after a list. */
  verdictsAfterLists(): void {
    const { tokens, mentions, cues, findings, spans, speakers } = this;
    // "… and bar Ukraine from membership — both non-starters for NATO": a verdict after a list, with
    // the party it belongs to, covers every demand before it in the clause.
    for (const cue of cues) {
      if (cue.owner || !['rejects', 'holdFirm'].includes(cue.attitude)) continue;
      let n = cue.last + 1;
      while (tokens[n]?.transparent) n++;
      const next = tokens[n];
      const ci = clauseOf(spans, cue.first);
      // "NATO described Moscow's demands — a halt to enlargement and a pullback — as unacceptable": a
      // verdict opening on "as" right after the closing dash of an aside belongs to the clause before it.
      const clause = dashedAsideBefore(tokens, spans, ci) ?? (spans[ci] as [number, number]);
      // ("refused to bar Ukraine": "to" before a verb marks its infinitive; the party after it is its object.)
      const forParty =
        next && (next.lower === 'for' || next.lower === 'to')
          ? speakers.find(
              (a) =>
                a.first === n + 1 ||
                (a.first === n + 2 &&
                  (next.lower === 'for' ||
                    /^(?:the|its|their|his|her|our|both|many|most|some|all|several)$/.test(
                      tokens[n + 1]?.lower ?? '',
                    ))),
            )
          : undefined;
      // "The US has called Russia's demands … non-starters": the subject of the judging verb.
      // (A verb, not the noun of "these calls".)
      const judge = tokens
        .slice(clause[0], cue.first)
        .find((t) => JUDGING.test(t.lower) && !NOUN_BEFORE_VERB.has(tokens[t.i - 1]?.lower ?? ''));
      // ("… was branded by Warsaw as unacceptable": in the passive, the agent; with none, no one.)
      const passiveJudge = !!judge && BE.has(tokens[judge.i - 1]?.lower ?? '');
      const agentAt = tokens[judge ? judge.i + 2 : -1]?.lower === 'the' ? 3 : 2;
      const agent =
        passiveJudge && judge && tokens[judge.i + 1]?.lower === 'by'
          ? speakers.find((a) => a.first === judge.i + agentAt)
          : undefined;
      const judged =
        !forParty && judge && passiveJudge
          ? agent
            ? this.asHolder(agent)
            : null
          : !forParty && judge
            ? (this.subjectBefore(judge.i, clause) ??
              // ("President Radev, a critic of sanctions, called the demand unacceptable": past the aside.)
              (judge.i === clause[0] ? this.subjectAcrossAsides(clause) : null))
            : null;
      // ("… non-starters for both Washington and the alliance": every name listed after "for".)
      const listed = forParty ? this.experiencerHolder(forParty) : null;
      const exp =
        (listed && { parties: listed.parties, text: listed.matched, role: listed.role }) ??
        (judged && judged.parties.length
          ? { parties: judged.parties, text: judged.matched, role: judged.role }
          : undefined);
      if (!exp) continue;
      // "…, and bar Ukraine from membership — both non-starters for NATO": a verdict standing alone in
      // apposition ("both", "all", "a", or the verdict itself opening its clause) judges the clause before.
      let from = clause[0];
      while (from < cue.first && (tokens[from]?.transparent || /^[—–,-]$/.test(tokens[from]?.text ?? '')))
        from++;
      const appositive =
        ci > 0 &&
        !!forParty &&
        tokens.slice(from, cue.first).every((t) => APPOSITION_OPENERS.has(t.lower) || t.transparent);
      const reach = appositive ? (spans[ci - 1] as [number, number])[0] : clause[0];
      for (const m of mentions) {
        if (m.last >= cue.first || m.first < reach) continue;
        if (findings.some((f) => f.mention === m && exp.parties.includes(f.party))) continue;
        // "…calls violate NATO's open-door policy and are non-starters": the object of another verb is not judged.
        if (judge && cues.some((c) => !c.owner && c !== cue && c.first > judge.i && c.last < m.first))
          continue;
        this.emit(
          { parties: exp.parties, kind: 'subject', matched: exp.text, role: exp.role },
          { attitude: cue.attitude, negated: cue.negated },
          cue,
          m,
          ci,
        );
      }
    }
  }

  /** Clauses that are only a predicate ("…, are unacceptable"): their subject is the list before them. */
  predicateClauses(): void {
    const { tokens, mentions, cues, speaker, previousSpeaker, findings, spans, speakers } = this;
    // "Requirements to admit no one, to withdraw troops …, are unacceptable", "Moscow's demands — A, B
    // and C — were rejected by Washington": a clause that is only a predicate (it opens on "is"/"are")
    // takes as its subject the list in the clauses before it, back to a clause with a cue of its own.
    for (let ci = 1; ci < spans.length; ci++) {
      const [cs, ce] = spans[ci] as [number, number];
      // "…, have been dismissed by the allies": a perfect passive opens such a clause too.
      const perfect = /^(?:has|have|had)$/.test(tokens[cs]?.lower ?? '') && tokens[cs + 1]?.lower === 'been';
      // ("The right to join a bloc, he said, has its limits": a verdict that opens on "has" itself.)
      const having =
        /^(?:has|have)$/.test(tokens[cs]?.lower ?? '') && cues.some((c) => c.first === cs && !c.owner);
      if (
        !perfect &&
        !having &&
        !BE.has(tokens[cs]?.lower ?? '') &&
        !/^remain(?:s|ed)?$/.test(tokens[cs]?.lower ?? '')
      )
        continue;
      // ("…would never pull its troops from …, but is ready to discuss arms cuts": after "but", the same
      // subject's second verb, not a verdict on the clauses before.)
      if (tokens[cs - 1]?.lower === 'but') continue;
      let k = perfect ? cs + 2 : having ? cs : cs + 1;
      while (k <= ce && k <= cs + 4 && PREDICATE_FILLER.has((tokens[k] as Token).lower)) k++;
      const cue = cues.find((c) => c.first === k && !c.owner);
      if (!cue) continue;
      // "…, which Moscow repeated, was unacceptable": the inserted relative clause's own verb does not
      // stop the reach back to the noun it hangs on.
      const head = ci >= 2 ? relativeHead(tokens, spans, ci - 1) : -1;
      let from = head >= 0 ? ci - 1 : ci;
      while (
        from > 0 &&
        !cues.some((c) => !c.owner && c.first >= spans[from - 1]![0] && c.last <= spans[from - 1]![1])
      )
        from--;
      // Only what names the demand or its opposite: a bare "troops" in the list is too loose to judge.
      // "X wants A – these requirements, according to Washington, are unacceptable": a clause opening on
      // a pointer back ("these requirements") reaches the demand named before it.
      const pointsBack =
        from > 0 &&
        /^(?:these|those|such|both|all)$/.test(tokens[spans[from]![0]]?.lower ?? '') &&
        /^(?:demands|requirements|requests|proposals|conditions|ideas|terms|this)$/.test(
          tokens[spans[from]![0] + 1]?.lower ?? '',
        );
      const reach = pointsBack ? spans[from - 1]![0] : spans[from]![0];
      // "…, and that the Russian demands, which he said were meant to …, were unacceptable": right after an
      // inserted relative clause, the predicate's subject is the noun that clause hangs on, not the clauses before.
      const covered = mentions.filter(
        (m) =>
          m.first >= reach &&
          m.last < cs &&
          (head < 0 || m.last === head) &&
          (m.direction === 1 || m.kind !== 'frame') &&
          (!pointsBack || m.first >= spans[from]![0] || m.direction === 1) &&
          // ("A full withdrawal, not a permanent ceasefire, was out of the question": the item set against
          // another is excluded from the verdict.)
          !contrastedItem(tokens, mentions, m),
      );
      if (covered.length === 0) continue;
      // Whose verdict: the agent of a passive ("rejected by Washington"), the one it is unacceptable to,
      // or the party speaking — never a party inside the list.
      let holder: Holder | null = null;
      let n = cue.last + 1;
      while (tokens[n]?.transparent) n++;
      if (['by', 'to', 'for'].includes(tokens[n]?.lower ?? '')) {
        const agent = speakers.find((a) => a.first >= n + 1 && a.first <= n + 2);
        if (agent)
          holder = { ...this.asHolder(agent), kind: tokens[n]?.lower === 'by' ? 'passive-agent' : 'subject' };
      }
      holder ??= speaker?.kind === 'party' ? partyHolder(speaker) : this.partyOf(previousSpeaker);
      if (!holder) continue;
      for (const m of covered) {
        if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
        this.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
      }
    }
  }

  /**
   * "China will buy more American farm goods", "Washington said it would lift some of the tariffs": a
   * party the demand is addressed to, saying with "will" or "would" that it is going to do what the
   * demand asks (the demand's own verb phrase, right after the modal), accepts it — with no other cue.
   * Not the proposer, not under a condition or a question, not what another cue in the clause is about.
   */
  addresseeCommits(): void {
    const { tokens, mentions, findings, spans, compiled } = this;
    for (const m of mentions) {
      if ((m.kind !== 'phrase' && m.kind !== 'frame' && !m.proVerb) || m.direction !== 1 || m.principle)
        continue;
      if (findings.some((f) => f.mention === m)) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      let modal = m.first - 1;
      while (
        modal > clause[0] &&
        (COMMIT_ADVERB.test(tokens[modal]?.lower ?? '') || goingOnWith(tokens, modal))
      )
        modal--;
      // "will not buy", "would never return", "won't lift": its refusal to do it.
      let negated = false;
      if (/^(?:not|never|n['’]t)$/.test(tokens[modal]?.lower ?? '')) {
        negated = true;
        modal--;
        while (modal > clause[0] && COMMIT_ADVERB.test(tokens[modal]?.lower ?? '')) modal--;
      } else if (/^(?:won['’]t|wouldn['’]t)$/.test(tokens[modal]?.lower ?? '')) negated = true;
      const firm = negated ? -1 : firmUndertakingAt(tokens, modal, m.first);
      if (firm >= 0) modal = firm;
      else if (!negated && !COMMIT_MODAL.test(tokens[modal]?.lower ?? '')) continue;
      if (negated && !/^(?:will|would|wo|won['’]t|wouldn['’]t)$/.test(tokens[modal]?.lower ?? '')) continue;
      // ("… would remove the tariffs only when China meets its commitments": a condition.)
      if (
        this.facts.condition ||
        tokens.some((t) => t.text === '?' || (t.i > modal && COMMIT_CONDITION.test(t.lower)))
      )
        continue;
      // ("hoped China would buy more", "commitments that the alliance will not place …": what another
      // cue or a noun of demand wants done, not an undertaking.)
      if (this.cues.some((c) => c.last < m.first)) continue;
      const holder = this.subjectBefore(modal, clause) ?? (ci > 0 ? this.coordinatedHolder(ci) : null);
      // The modal's subject, right before it: a party's name or "it", "they", "we" — or "I", the party's
      // leader speaking for it ('"I will not remove the tariffs," Trump said'), as subjectBefore reads it.
      const pronoun = /^(?:it|they|we|i|he|she)$/.test(tokens[modal - 1]?.lower ?? '');
      const subject = this.actors.find((a) => a.last === modal - 1);
      // ("The United States will withdraw its troops, Biden said": the name's article opens the clause.)
      const named = subject
        ? tokens[subject.first - 1]?.lower === 'the'
          ? subject.first - 1
          : subject.first
        : -1;
      const subjectAt = pronoun ? modal - 1 : named;
      if (subjectAt < 0 || !this.toldAsSaid(subjectAt)) continue;
      const addressees = compiled.addressees.get(m.demand);
      const proposers = compiled.proposers.get(m.demand);
      if (!holder || holder.parties.length === 0 || !addressees) continue;
      if (!holder.parties.every((p) => addressees.has(p) && !proposers?.has(p))) continue;
      // Its own word only: not "Trump said China will buy massive amounts" (another side's claim of what
      // it will do), nor a journalist's forecast.
      const speaking = this.speaker ?? this.previousSpeaker;
      if (speaking?.kind !== 'party' || !speaking.parties.some((p) => holder.parties.includes(p))) continue;
      const cue: Cue = makeCue({
        first: modal,
        last: m.first - 1,
        attitude: 'supports',
        text: writtenBetween(tokens, modal, m.first),
        negated: false,
        negation: null,
        commitment: true,
      });
      if (this.modality(clause, cue) === 'historical') continue;
      this.emit(holder, { attitude: 'supports', negated }, cue, m, ci);
    }
  }

  /**
   * "Trump said the joint drills will be suspended", "the tariffs will be lifted, Washington said", "the
   * drills have been halted": the act asked, told in the passive with the act's own noun as subject, by
   * the party the demand is put to in its own words, is its undertaking as "will halt" is — with the same
   * guards as addresseeCommits (own word, no condition, no question, no other cue; not "had been", a past
   * perfect setting a scene).
   */
  addresseeCommitsPassive(): void {
    const { tokens, mentions, findings, spans, compiled } = this;
    for (const m of mentions) {
      if ((m.kind !== 'phrase' && m.kind !== 'frame') || m.direction !== 1 || m.principle) continue;
      if (findings.some((f) => f.mention === m)) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      const aux =
        passiveUndertakingIn(tokens, m.first + 1, m.last) ?? activeUndertakingIn(tokens, m.first + 1, m.last);
      if (!aux) continue;
      if (
        this.facts.condition ||
        tokens.some((t) => t.text === '?' || (t.i > aux[0] && COMMIT_CONDITION.test(t.lower)))
      )
        continue;
      if (this.cues.some((c) => c.last < m.first || (c.first >= m.first && c.first <= aux[1]))) continue;
      // The act's noun opens the clause said: "said (that) the drills …", or the sentence itself.
      let start = m.first;
      while (start > clause[0] && /^(?:the|its|their|our|all|joint)$/.test(tokens[start - 1]?.lower ?? ''))
        start--;
      if (!this.toldAsSaid(start) && !(start === 0 && this.speaker)) continue;
      const speaking = this.speaker ?? this.previousSpeaker;
      if (speaking?.kind !== 'party' || speaking.parties.length === 0) continue;
      const addressees = compiled.addressees.get(m.demand);
      const proposers = compiled.proposers.get(m.demand);
      if (!speaking.parties.every((p) => addressees?.has(p) && !proposers?.has(p))) continue;
      // (Another side named may be the doer or the one whose view it is: "… will be lifted by Seoul",
      // "Trump said Pyongyang thinks …", "…, as Kim demanded".)
      if (!onlyOwnSide(tokens, this.actors, m, speaking.parties)) continue;
      const cue: Cue = makeCue({
        first: aux[0],
        last: aux[1],
        attitude: 'supports',
        text: writtenBetween(tokens, aux[0], aux[1] + 1),
        negated: false,
        negation: null,
        commitment: true,
      });
      if (this.modality(clause, cue) === 'historical') continue;
      const holder = partyHolder(speaking);
      if (holder) this.emit(holder, { attitude: 'supports', negated: false }, cue, m, ci);
    }
  }

  /**
   * Whether a clause whose subject starts at `start` is the sentence itself or what someone says: "X
   * said (that) …", "told reporters that …", "informed Trump that …" — not what a verb or noun of wanting
   * governs ("hoped China would …", "commitments that …").
   */
  toldAsSaid(start: number): boolean {
    const { tokens } = this;
    let k = start - 1;
    while (k >= 0 && (tokens[k]?.text === ',' || tokens[k]?.lower === 'that')) k--;
    // ('"We will halt the drills," Trump said': a quotation's own opening words.)
    if (k < 0 || tokens[k]?.text === ':' || (k === 0 && /^["“'‘]$/.test(tokens[0]?.text ?? ''))) return true;
    for (let j = k; j >= Math.max(0, k - 4); j--) {
      const word = tokens[j]?.lower ?? '';
      if (SPEECH.has(word) || TOLD.test(word)) return true;
    }
    return false;
  }

  /**
   * "The US and NATO said these calls violate NATO's open-door policy": whoever says a demand violates
   * the principle it runs against refuses the demand.
   */
  demandsViolate(): void {
    const { mentions, cues, spans, speaker } = this;
    for (const c of cues) {
      const noun = this.demandSubjectOf(c);
      if (noun < 0 || c.negated) continue;
      const ci = clauseOf(spans, noun);
      const sayer = ci >= 0 ? this.subjectBefore(noun, [0, noun - 1]) : null;
      const holder = sayer ?? (speaker ? partyHolder(speaker) : null);
      if (!holder || holder.parties.length === 0) continue;
      let opposed = false;
      for (const m of mentions) {
        if (m.first <= c.last || m.direction !== -1 || m.kind === 'reference') continue;
        if (clauseOf(spans, m.first) !== clauseOf(spans, c.first)) continue;
        opposed = true;
        this.emit(
          holder,
          { attitude: 'rejects', negated: false },
          c,
          { ...m, direction: 1 },
          clauseOf(spans, c.first),
        );
      }
      // "These demands violate international law", "Moscow's proposals undermine Europe's security":
      // with no opposite of the demand after the verb, what the demands breach is some other good, and
      // whoever says so refuses the demands themselves.
      if (opposed) continue;
      for (const m of mentions) {
        if (m.kind !== 'reference' || m.direction !== 1 || m.first > noun || m.last < noun) continue;
        this.emit(holder, { attitude: 'rejects', negated: false }, c, m, clauseOf(spans, c.first));
      }
    }
  }

  /**
   * Whether the act at `at` is told as done: a verb in the past ("sent", "dispatched", "has deployed"),
   * with no modal of intent before it in its clause ("would send", "plans to deploy", "Denmark would
   * send jets to bolster …" are intent; "is sending", "deploys" tell of the act as it stands).
   */
  private doneAct(at: number, clause: readonly [number, number]): boolean {
    const { tokens } = this;
    // ("Biden ordered additional troops to Poland": an order is a decision, its act still ahead.)
    if (!PAST_ACT.test(tokens[at]?.lower ?? '') || /^order/.test(tokens[at]?.lower ?? '')) return false;
    for (let k = at - 1; k >= clause[0]; k--) {
      const w = tokens[k]?.lower ?? '';
      if (INTENT_MODAL.test(w)) return false;
      if (w === 'to' && INTENT_BEFORE_TO.test(tokens[k - 1]?.lower ?? '')) return false;
    }
    return true;
  }

  /** Whether "and" + a verb of speech stands between tokens `from` and `to`: "… and said they would …". */
  private saidAgainBetween(from: number, to: number): boolean {
    const { tokens } = this;
    for (let k = from + 1; k < to - 1; k++)
      if (tokens[k]?.lower === 'and' && SPEECH.has(tokens[k + 1]?.lower ?? '')) return true;
    return false;
  }

  /** Whether token `k` is "keep" after a modal of intent or a verb of undertaking: "will keep", "vowed to keep". */
  private undertakenKeeping(k: number): boolean {
    const { tokens } = this;
    if (!KEEPING_VERB.test(tokens[k]?.lower ?? '')) return false;
    // ("would keep admitting new members": keeping on doing, not keeping a force.)
    if (/ing$/.test(tokens[k + 1]?.lower ?? '')) return false;
    let j = k - 1;
    while (j >= 0 && KEEPING_ADVERB.test(tokens[j]?.lower ?? '')) j--;
    if (tokens[j]?.lower === 'to') return UNDERTAKING_VERB.test(tokens[j - 1]?.lower ?? '');
    return KEEPING_OPENER.test(tokens[j]?.lower ?? '');
  }

  /**
   * "The US will send 3,000 more troops to Poland", "Denmark would send jets to bolster the eastern
   * flank", "NATO will not withdraw a single soldier": a party doing the demand's opposite, said with
   * no cue, refuses the demand by its act. Not a proposer's act, nor one told as history.
   */
  actsAgainst(): void {
    const { tokens, mentions, findings, spans, compiled } = this;
    for (const m of mentions) {
      if (m.kind === 'reference' || findings.some((f) => f.mention === m)) continue;
      if (m.direction !== -1 && !(m.kind === 'phrase' && m.direction === 1)) continue;
      // (The demand's own phrase counts only denied: see deniedPhrase.)
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      // The act's verb: the mention's first word ("send more troops"), one shortly before it ("send
      // 3,000 more troops", "to bolster NATO's eastern flank"), or a denied pull-back ("not + withdraw").
      let verb = -1;
      for (let k = m.first; k >= Math.max(clause[0], m.first - 4); k--) {
        if (
          ACT_VERB.test(tokens[k]?.lower ?? '') ||
          (k < m.first && m.kind === 'frame' && !m.match.includes('+') && this.undertakenKeeping(k))
        ) {
          verb = k;
          break;
        }
        const skippable =
          ACT_FILLER.test(tokens[k]?.lower ?? '') ||
          /^[\d,.]+$/.test(tokens[k]?.text ?? '') ||
          /^['’]s$/.test(tokens[k]?.text ?? '') ||
          this.actors.some((a) => k >= a.first && k <= a.last);
        if (k < m.first && !skippable) break;
      }
      // ("NATO will not withdraw from Eastern Europe": the demand's own phrase, denied.)
      // ("There will never be first- and second-class members": denied in a clause that says what there is.)
      const thereDenial =
        m.kind === 'phrase' && m.direction === 1 && /^there$/i.test(tokens[clause[0]]?.text ?? '')
          ? (tokens.slice(clause[0], m.first).find((t) => deniedWord(t) || t.lower === 'no')?.i ?? -1)
          : -1;
      // ("NATO will not return to its 1997 posture": past the verb of going back the phrase follows.)
      const goingBack = m.kind === 'phrase' ? goingBackStart(tokens, m.first) : m.first;
      const deniedPhrase =
        m.kind === 'phrase' &&
        m.direction === 1 &&
        (deniedWithin(tokens, goingBack, 3, deniedWord) || thereDenial >= 0);
      if (m.direction === 1 && !deniedPhrase) continue;
      // ("opposes a full withdrawal but not a permanent ceasefire", "called for a truce, not a pullout":
      // the "not" sets the item against another; it denies no act of the subject's.)
      if (deniedPhrase && contrastedItem(tokens, mentions, m)) continue;
      // ("… any agreement that did not include a ceasefire", "the deal, which does not provide for a
      // withdrawal": denied in a relative clause on a thing, whose subject is that thing, not a party.)
      if (deniedPhrase && thereDenial < 0 && deniedInThingRelative(tokens, this.actors, m.first)) continue;
      const deniedPullBack = (m.kind === 'frame' && /^(?:not|never|no) \+ /i.test(m.match)) || deniedPhrase;
      // Not denied, asked, or put as a condition or a question.
      if ((verb < 0 || (m.kind !== 'phrase' && m.kind !== 'frame')) && !deniedPullBack) continue;
      const at0 = verb >= 0 ? verb : m.first;
      // ("would bar Washington from stationing missiles": the act of one barred from it is no act of theirs.)
      if (verb >= 0 && this.barredFrom(verb)) continue;
      // ("NATO rejected calls to send more troops to Ukraine": the act is what another cue is about.)
      // ("The allies restated the open-door policy and said they would keep troops in the east": past a
      // second verb of speech joined by "and", the act is what that verb says, not the first cue's object.)
      if (
        this.cues.some(
          (c) => !c.owner && c.last < at0 && c.first >= clause[0] && !this.saidAgainBetween(c.last, at0),
        )
      )
        continue;
      if (
        (!deniedPhrase &&
          tokens
            .slice(Math.max(clause[0], at0 - 4), at0)
            .some(
              (t) =>
                /^(?:not|never|no|unlikely|nor|hesitant|reluctant|unwilling|refused|refuses|refuse|declined|declines)$/.test(
                  t.lower,
                ) || /n['’]t$/.test(t.lower),
            )) ||
        // ("France will send 500 more troops to Mali": only where the demand's places or parties are named.)
        !this.facts.anchored.has(m.demand) ||
        this.facts.condition ||
        // ("… would be met by NATO's bolstering of its presence": a threatened response, a noun.)
        /^['’]s$/.test(tokens[at0 - 1]?.text ?? '') ||
        tokens[tokens.length - 1]?.text === '?' ||
        tokens[tokens.length - 2]?.text === '?'
      )
        continue;
      // ("Romania hosts the Aegis Ashore site": hosting is a standing fact; hosting more is an act.)
      if (
        verb >= 0 &&
        /^host/.test(tokens[verb]?.lower ?? '') &&
        !tokens.slice(verb + 1, m.last + 1).some((t) => MORE_OF.test(t.lower))
      )
        continue;
      const at = verb >= 0 ? verb : thereDenial >= 0 ? thereDenial : goingBack;
      // ("The US sent 3,000 troops to Poland", "has deployed jets": an act told as done, with no stated
      // intent, is news of a step, no stand on the demand; "will send", "plans to deploy" state one.)
      if (this.doneAct(at, clause)) continue;
      // ("the odds that anyone would dispatch soldiers to Ukraine are slim": nobody in particular acts.)
      let doer = at - 1;
      while (
        doer > clause[0] &&
        /^(?:would|will|could|might|may|ever|really|actually)$/.test(tokens[doer]?.lower ?? '')
      )
        doer--;
      if (INDEFINITE_DOER.test(tokens[doer]?.lower ?? '')) continue;
      // ("Blinken said Ukraine would not be barred from joining": a denied passive has for subject the one
      // it would be done to (passive-patient.ts); the party speaking holds the refusal, or no one does.)
      const patient = deniedPhrase && thereDenial < 0 && passivePhraseAt(tokens, m.first);
      if (patient && this.speaker?.kind !== 'party') continue;
      // ("There would be no pullback of allied forces, Stoltenberg said": with no subject, the speaker's.)
      const holder =
        patient && this.speaker?.kind === 'party'
          ? partyHolder(this.speaker)
          : (this.subjectBefore(at, clause) ??
            (ci > 0 ? this.coordinatedHolder(ci) : null) ??
            (/^there$/i.test(tokens[clause[0]]?.text ?? '') && this.speaker?.kind === 'party'
              ? partyHolder(this.speaker)
              : null));
      if (!holder || holder.parties.length === 0) continue;
      const cue: Cue = makeCue({
        first: at,
        last: verb >= 0 ? verb : at,
        attitude: 'rejects',
        text: (tokens[at] as Token).text,
        negated: false,
        negation: null,
      });
      const modality = this.modality(clause, cue);
      if (modality === 'historical') continue;
      const acting = holder.parties.filter((p) => !compiled.proposers.get(m.demand)?.has(p));
      if (acting.length === 0) continue;
      this.emit({ ...holder, parties: acting }, { attitude: 'supports', negated: deniedPhrase }, cue, m, ci);
    }
  }

  /**
   * Whether the act's verb at `verb` follows "bar X from", "prevent X from", "ban X from": a party kept
   * from the act. Not denied ("nothing will stop NATO from reinforcing …" still has NATO doing it).
   */
  barredFrom(verb: number): boolean {
    const { tokens } = this;
    if (tokens[verb - 1]?.lower !== 'from') return false;
    const barred = this.actors.find((a) => a.last === verb - 2);
    if (!barred) return false;
    let k = listStart(tokens, this.actors, barred).first - 1;
    while (k >= 0 && /^(?:the|both|either)$/.test(tokens[k]?.lower ?? '')) k--;
    if (!BARRING.test(tokens[k]?.lower ?? '')) return false;
    return !tokens
      .slice(Math.max(0, k - 3), k)
      .some((t) => /^(?:not|never|nothing|no|cannot|nobody)$/.test(t.lower) || /n['’]t$/.test(t.lower));
  }

  /**
   * Who does the act that the demand's opposite names in a verb phrase of its own ("quit the deal",
   * "pull out of the initiative"): the name right before it, past auxiliaries and adverbs ("Moscow
   * quits the grain deal", "Russia has formally walked out of the deal"); the one blamed for it
   * ("condemns Russia for pulling out of …"); or the subject of the clause that an -ing phrase with
   * "by" qualifies ("Russia is turning food into a weapon by halting the deal", "By walking away from
   * the deal, Putin …"). Null where no such doer stands, or the act is put as a condition or a question.
   */
  doerOfAct(m: DemandMention): ActorMention | null {
    const { tokens, speakers } = this;
    if (m.direction !== -1 || m.kind !== 'phrase') return null;
    // ("… would be granted NATO Membership Action Plans": a word capitalised after another word is a
    // programme's name, no verb.)
    if (tokens[m.first]?.capital && tokens[m.first - 1]?.word) return null;
    const before = tokens[m.first - 1]?.lower ?? '';
    const gerund = /ing$/.test(tokens[m.first]?.lower ?? '');
    // The demand's words open with a verb and its object or particle ("quits the deal", "walked out
    // of", "quit Ukraine's grain deal"), not a noun phrase ("open-door policy") nor an aspiration ("aspiring
    // to join").
    const next = tokens[m.first + 1];
    // ("stopped taking part in the deal": a verb of ceasing with its gerund.)
    if (!next || !(OBJECT_OR_PARTICLE.test(next.lower) || next.capital || CEASED_GERUND.test(next.lower)))
      return null;
    if (gerund && (before === 'for' || before === 'by')) {
      if (before === 'for') {
        // ("condemns Russia for pulling out …": the object of the verb of blame right before "for".)
        const blamed = speakers.find((a) => a.last === m.first - 2);
        return blamed ?? null;
      }
      const ci = clauseOf(this.spans, m.first - 1);
      const span = this.spans[ci];
      if (!span) return null;
      // The by-phrase after its clause's verb: the last subject before it ("Blinken says Russia is
      // turning food into a weapon by halting …": Russia).
      if (span[0] < m.first - 1)
        return (
          speakers
            .filter((a) => a.first >= span[0] && a.last < m.first - 1 && !this.inPrepositionalPhrase(a))
            .pop() ?? null
        );
      // Opening the sentence: the subject after the comma that closes it.
      if (m.first - 1 !== 0 && !CLAUSE_PUNCTUATION.has(tokens[m.first - 2]?.text ?? '')) return null;
      const comma = tokens.findIndex((t, i) => i > m.last && t.text === ',');
      if (comma < 0) return null;
      return (
        speakers.find(
          (a) => a.first === comma + 1 || (a.first === comma + 2 && tokens[comma + 1]?.lower === 'the'),
        ) ?? null
      );
    }
    // ("walked out of the grain deal talks", "stopped taking part in talks on the deal": leaving the
    // talks about it, not the thing itself.)
    for (let k = m.last + 1; k <= m.last + 6 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (/^[,.;:—–()]$/.test(t.text)) break;
      if (/^(?:talks|negotiations|meetings?|consultations|discussions)$/.test(t.lower)) return null;
    }
    // "regrets Russia's decision to stop implementing the deal": whose decision it was did the act.
    if (
      before === 'to' &&
      /^decision$/.test(tokens[m.first - 2]?.lower ?? '') &&
      /^['’]s$/.test(tokens[m.first - 3]?.text ?? '')
    )
      return speakers.find((a) => a.last === m.first - 4 && canSpeak(a)) ?? null;
    let k = m.first - 1;
    while (k >= 0 && DOER_FILLER.test(tokens[k]?.lower ?? '')) k--;
    // ("NATO is entitled to enlarge": after "is", only a verb in -ing is an act, "is quitting".)
    if (tokens.slice(k + 1, m.first).some((t) => BE.has(t.lower)) && !gerund) return null;
    // (Among all the actors: a name right before the demand's words counts as part of them elsewhere.)
    const doer = this.actors.find((a) => a.last === k && canSpeak(a));
    // ("after Moscow quits the deal": "after" opens a clause here, it governs no noun.)
    if (
      !doer ||
      (!CONJUNCTION_BEFORE_ACT.test(tokens[doer.first - 1]?.lower ?? '') && this.inPrepositionalPhrase(doer))
    )
      return null;
    // ("if Russia quits the deal", "whether Moscow leaves the deal": a condition or a question, no act.)
    const opener = tokens[doer.first - 1]?.lower ?? '';
    if (/^(?:if|unless|whether|once|should|lest)$/.test(opener)) return null;
    // ("It is in Estonia's interest that the allies reinforce the flank": content wished for, not an
    // act; "Peskov said that Russia had quit the deal" is a report of one.)
    if (opener === 'that' && !SPEECH.has(tokens[doer.first - 2]?.lower ?? '')) return null;
    return doer;
  }

  /**
   * "Moscow quits the grain deal", "Britain condemns Russia for pulling out of the initiative": a party
   * that did not put the demand forward, doing what the demand's opposite names in its own verb phrase,
   * refuses the demand by its act. Not an act put as a condition or a question, denied, or told as history.
   */
  actOnOpposite(): void {
    const { tokens, mentions, findings, compiled, spans } = this;
    if (this.facts.question) return;
    for (const m of mentions) {
      const doer = this.doerOfAct(m);
      if (!doer) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      const proposers = compiled.proposers.get(m.demand);
      const acting = doer.parties.filter(
        (p) => !proposers?.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
      );
      if (acting.length === 0) continue;
      // ("… after the Kremlin threatened that Moscow would quit": a modal, a condition, a denial.)
      if (
        tokens
          .slice(Math.max(clause[0], doer.first - 2), m.first)
          .some(
            (t) =>
              /^(?:not|never|no|if|unless|would|could|might|may|will|can)$/.test(t.lower) ||
              /n['’]t$/.test(t.lower),
          )
      )
        continue;
      const cue: Cue = makeCue({
        first: m.first,
        last: m.first,
        attitude: 'rejects',
        text: (tokens[m.first] as Token).text,
        negated: false,
        negation: null,
        commitment: true,
      });
      if (this.modality(clause, cue) === 'historical') continue;
      this.emit(
        { ...this.asHolder(doer), parties: acting },
        { attitude: 'supports', negated: false },
        cue,
        m,
        ci,
      );
    }
  }

  /**
   * The party a question asks about giving up (or rethinking) the course the mention `m` names, or null:
   * "whether Kyiv would drop its bid to join NATO", "whether Kyiv was rethinking its membership bid".
   */
  givingUpBefore(m: DemandMention, from: number): ActorMention | null {
    const { tokens } = this;
    let k = m.first - 1;
    while (k > from && m.first - k <= 4 && BEFORE_COURSE.test(tokens[k]?.lower ?? '')) k--;
    let verb = -1;
    if (RECONSIDERING.test(tokens[k]?.lower ?? '') || relinquishingAt(tokens, k) === k) verb = k;
    else if (relinquishingAt(tokens, k - 1) === k) verb = k - 1;
    if (verb <= from) return null;
    let d = verb - 1;
    while (d > from && verb - d <= 4 && DOER_TO_VERB.test(tokens[d]?.lower ?? '')) d--;
    return this.actors.find((a) => a.last === d && a.parties.length > 0) ?? null;
  }

  /**
   * "Asked whether he would pull the troops out, Biden said no", "Asked if the reply changed NATO's open
   * door, Blinken said nothing had changed": a question put in an opening participle names the demand;
   * the answer after it, naming none itself, is the answerer's refusal of it. Only a refusal by a party
   * that did not put the demand forward: a plain "no" to the demand itself, or the answerer holding
   * firm (a "nothing has changed", a cue of holding firm) on the demand or on its opposite.
   */
  answerToQuestionPut(): void {
    const { tokens, mentions, cues, findings, compiled, spans } = this;
    let k = 0;
    while (tokens[k]?.transparent) k++;
    if (!QUESTION_PUT.test(tokens[k]?.lower ?? '')) return;
    // ("Asked whether …", "Pressed on whether …", "Asked in particular about …".)
    const about = tokens.slice(k + 1, k + 5).findIndex((t) => QUESTION_OPENER.test(t.lower));
    if (about < 0) return;
    // The answerer: the first name after a comma that a verb of answering follows (a pronoun too).
    let answerAt = -1;
    let verb = -1;
    for (let i = k + 2; i < tokens.length && answerAt < 0; i++) {
      if (tokens[i]?.text !== ',') continue;
      let j = i + 1;
      const actor = this.speakers.find(
        (a) => a.first === j || (a.first === j + 1 && tokens[j]?.lower === 'the'),
      );
      if (actor) {
        j = actor.last + 1;
        // "…, Ukraine's envoy in London, Vadym Prystaiko, answered …": the post's place after the office,
        // then the office holder's name in commas.
        const place = /^(?:in|at)$/.test(tokens[j]?.lower ?? '')
          ? this.actors.find((a) => a.first === j + 1 && a.kind === 'name')
          : undefined;
        if (place) j = place.last + 1;
        const named =
          tokens[j]?.text === ','
            ? this.speakers.find(
                (a) =>
                  a.first === j + 1 &&
                  a.kind === 'official' &&
                  a.parties.every((p) => actor.parties.includes(p)) &&
                  tokens[a.last + 1]?.text === ',',
              )
            : undefined;
        if (named) j = named.last + 2;
        else if (tokens[j]?.text === ',') {
          // (A name the ontology does not hold: one to three capitalised words in commas.)
          let n = j + 1;
          while (n <= j + 3 && /^\p{Lu}[\p{L}'’-]+$/u.test(tokens[n]?.text ?? '')) n++;
          if (n > j + 1 && tokens[n]?.text === ',' && ANSWERING_VERB.test(tokens[n + 1]?.lower ?? ''))
            j = n + 1;
        }
      } else if (/^(?:he|she|they|it)$/.test(tokens[j]?.lower ?? '')) j++;
      else continue;
      while (
        tokens[j]?.transparent ||
        AUXILIARY.has(tokens[j]?.lower ?? '') ||
        /ly$/.test(tokens[j]?.lower ?? '')
      )
        j++;
      // ("…, Blinken was blunt: nothing has changed": a short predicate and a colon that opens the answer.)
      const colon = tokens.findIndex((t, n) => n >= j && n <= j + 3 && t.text === ':');
      if (ANSWERING_VERB.test(tokens[j]?.lower ?? '')) verb = j;
      else if (colon > 0 && tokens.slice(j, colon).every((t) => t.word)) verb = colon;
      if (verb >= 0) answerAt = i + 1;
    }
    if (answerAt < 0) return;
    const topic = mentions.filter(
      (m) => m.kind !== 'reference' && m.direction !== 0 && m.first > k && m.last < answerAt,
    );
    if (topic.length === 0) return;
    // (An answer naming a demand of its own is read by the rules for it.)
    if (mentions.some((m) => m.first >= answerAt && m.kind !== 'reference')) return;
    const ci = clauseOf(spans, answerAt);
    if (ci < 0) return;
    const clause = spans[ci] as [number, number];
    // The answer: "no" right after the verb of answering, "nothing has/had/will change(d)", or a cue of
    // holding firm in the answer with no owner.
    let answer: Cue | null = null;
    // ("… replied: “No.”": past a colon and the quotation mark opening the answer.)
    let said = verb + 1;
    while (said <= verb + 3 && (tokens[said]?.text === ':' || tokens[said]?.transparent)) said++;
    const after = tokens[said];
    if (after?.lower === 'no' && (!tokens[said + 1] || /^[,.;:—–-]$/.test(tokens[said + 1]?.text ?? '')))
      answer = this.wordsCue(said, said, 'rejects');
    const nothing = tokens.findIndex(
      (t, i) =>
        i > verb &&
        t.lower === 'nothing' &&
        /^(?:changed|change)$/.test(
          tokens[i + 1 + (/^(?:has|had|will|would|is|was)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0)]
            ?.lower ?? '',
        ),
    );
    if (!answer && nothing > 0) answer = this.wordsCue(nothing, nothing + 2, 'holdFirm');
    if (!answer) {
      const firm = cues.find((c) => c.first > verb && c.attitude === 'holdFirm' && !c.owner && !c.negated);
      if (firm) answer = firm;
    }
    // "… answered that it might", "told the BBC it could, given …": the question's pronoun and a bare
    // modal, yes and no both held back, is a hedged answer: unclear. (Not "it might face …": a verb after
    // the modal is another statement.)
    if (!answer) {
      for (let h = verb + 1; h <= verb + 4 && tokens[h]?.word; h++) {
        if (
          /^(?:it|they)$/.test(tokens[h]?.lower ?? '') &&
          HEDGING_MODAL.test(tokens[h + 1]?.lower ?? '') &&
          (!tokens[h + 2] || /^[,.;:—–-]$/.test(tokens[h + 2]?.text ?? ''))
        ) {
          answer = this.wordsCue(h, h + 1, 'unclear');
          break;
        }
      }
    }
    if (!answer) return;
    const holder = this.subjectBefore(verb, [answerAt, clause[1]]);
    if (!holder || holder.parties.length === 0) return;
    for (const topicMention of topic) {
      let m = topicMention;
      // "Asked whether Kyiv would drop its bid to join NATO, its envoy said no": a "no" from the side asked
      // about giving up (or rethinking) its course keeps that course, refusing the demand against it.
      if (answer.attitude === 'rejects' && m.direction === -1) {
        const doer = this.givingUpBefore(m, k);
        if (doer?.parties.some((p) => holder.parties.includes(p))) m = { ...m, direction: 1 };
      }
      // (A plain "no" only to the demand itself: "no" to its opposite would be a guess.)
      if (answer.attitude === 'rejects' && m.direction !== 1) continue;
      // ("Asked whether Moscow would drop its demand for a halt to expansion, Blinken said no": the
      // question is whether the asker's subject keeps its own demand; the answer tells of that side.)
      if (ownDemandNounBetween(tokens, k, m.first)) continue;
      const parties = holder.parties.filter(
        (p) =>
          !compiled.proposers.get(m.demand)?.has(p) &&
          !findings.some((f) => f.party === p && f.demand === m.demand),
      );
      if (parties.length === 0) continue;
      // ("nothing has changed" on the demand itself: the status quo kept, a refusal of the change asked.)
      const attitude = answer.attitude === 'holdFirm' && m.direction === 1 ? 'rejects' : answer.attitude;
      this.emit({ ...holder, parties }, { attitude, negated: false }, answer, m, ci);
    }
  }

  /**
   * "Washington ignored Moscow's main concern, NATO's eastward expansion": a party's worry with what it
   * worries about in apposition names its demand (to stop it); a verdict on the worry is one on the
   * demand. Only the demand's opposite apposed to a worry noun its proposer owns.
   */
  verdictOnApposedWorry(): void {
    const { tokens, mentions, cues, actors, compiled, spans } = this;
    for (const c of cues) {
      if (c.owner || !((c.attitude === 'rejects' && !c.negated) || (c.attitude === 'open' && c.negated)))
        continue;
      let k = c.last + 1;
      if (tokens[k]?.lower === 'the' && !actors.some((a) => a.first === k)) k++;
      let owner = actors.find((a) => a.first === k && a.parties.length > 0);
      // The content: right after the worry noun and its mark ("Moscow's main concern, …"), or after a
      // relative clause naming the worry's owner and an example's lead ("the main concerns Moscow set out
      // in its drafts, chief among them …"). After such a lead the demand itself may stand.
      let worry = -1;
      let from = -1;
      let led = false;
      if (owner) {
        k = owner.last + 1;
        // (A name with its possessive, or one the actor list already took it with: "Moscow's chief".)
        const possessive = tokens.slice(owner.first, owner.last + 2).findIndex((t) => /^['’]s$/.test(t.text));
        if (owner.kind !== 'adjective' && possessive < 0) continue;
        if (/^['’]s$/.test(tokens[k]?.text ?? '')) k++;
        while (WORRY_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
        if (!APPOSED_WORRY.test(tokens[k]?.lower ?? '') || !APPOSITION_MARK.test(tokens[k + 1]?.text ?? ''))
          continue;
        worry = k;
        const lead = exampleLeadEnd(tokens, k + 2);
        led = lead >= 0;
        from = led ? lead : k + 2;
      } else {
        while (WORRY_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
        if (!APPOSED_WORRY.test(tokens[k]?.lower ?? '')) continue;
        worry = k;
        owner = this.speakers.find((a) => a.first === worry + 1 && a.parties.length > 0);
        if (!owner) continue;
        const mark = tokens.findIndex((t, i) => i > worry && i <= worry + 12 && APPOSITION_MARK.test(t.text));
        if (mark < 0 || tokens.slice(worry + 1, mark).some((t) => !t.word)) continue;
        from = exampleLeadEnd(tokens, mark + 1);
        if (from < 0) continue;
        led = true;
      }
      const m = mentions.find(
        (x) =>
          (x.direction === -1 || (x.direction === 1 && led)) &&
          x.kind !== 'reference' &&
          x.first >= from &&
          x.first <= from + 4 &&
          !tokens
            .slice(from, x.first)
            .some(
              (t) =>
                !t.transparent &&
                !APPOSED_LEAD.test(t.lower) &&
                !actors.some((a) => t.i >= a.first && t.i <= a.last),
            ),
      );
      if (!m) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!owner.parties.some((p) => proposers?.has(p))) continue;
      const ci = clauseOf(spans, c.first);
      if (ci < 0) continue;
      const holder = this.holderOf(c, ci);
      if (!holder || holder.parties.some((p) => owner.parties.includes(p))) continue;
      const cue: Cue = { ...c, last: worry, text: this.cueSpan(c, { last: worry }) };
      this.emit(holder, { attitude: c.attitude, negated: c.negated }, cue, { ...m, direction: 1 }, ci);
    }
  }

  /**
   * "NATO has an open-door policy", "our presence here in Lithuania is very much conscious" (a German
   * minister), "the Alliance's forward presence": a party that did not propose the demand, owning the
   * standing policy or presence the demand would end, in a sentence where no one takes a position on
   * it, refuses the demand. Only a standing policy or presence (not an act like "NATO's expansion",
   * nor weapons it has).
   */
  ownedOpposite(): void {
    const { tokens, mentions, findings, compiled, actors, speaker, previousSpeaker, spans } = this;
    if (!mentions.some((m) => m.direction === -1)) return;
    if (this.facts.question || this.facts.speculationAt >= 0) return;
    for (const m of mentions) {
      if (m.direction !== -1 || (m.kind !== 'phrase' && m.kind !== 'frame')) continue;
      if (!STANDING.test(m.match) || WEAPONRY.test(m.match)) continue;
      // (Nor history: "Before 2014, NATO's presence …", "In 2017 …".)
      if (tokens.some((t) => /^(?:19|20)\d\d$/.test(t.text) || EARLIER.test(t.lower))) continue;
      const readBefore = findings.filter((f) => f.mention === m || f.demand === m.demand);
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      // The owner: "NATO's …", "our …" in a quotation of a party's speaker, "X has / keeps …".
      let k = m.first - 1;
      while (k >= 0 && k >= m.first - 3 && OWNED_FILLER.test(tokens[k]?.lower ?? '')) k--;
      let holder: Holder | null = null;
      // ("NATO's door is open": the phrase holds its owner.)
      const within = actors.find(
        (a) => a.first === m.first && /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '') && a.parties.length > 0,
      );
      if (within) {
        holder = { parties: within.parties, kind: 'possessor', matched: within.text, role: null };
        k = m.first;
      } else if (/^['’]s?$/.test(tokens[k]?.text ?? '')) {
        const owner = actors.find((a) => a.last === k - 1 && a.parties.length > 0);
        if (owner) holder = { parties: owner.parties, kind: 'possessor', matched: owner.text, role: null };
      } else if (/^(?:our|my)$/.test(tokens[k]?.lower ?? '')) {
        const s = speaker ?? previousSpeaker;
        if (s?.kind === 'party')
          holder = { parties: s.parties, kind: 'first-person', matched: s.matched, role: s.role };
      } else {
        const verb = /^(?:a|an|its|their|the)$/.test(tokens[k]?.lower ?? '') ? k - 1 : k;
        const owner = HOLDING.test(tokens[verb]?.lower ?? '')
          ? actors.find((a) => a.last === verb - 1 && a.parties.length > 0)
          : undefined;
        // ("The replies from Washington and NATO kept …": both senders, not the last name alone.)
        const senders = owner ? this.sendersOfDocument(owner, verb) : null;
        if (senders) holder = senders;
        else if (owner) holder = { parties: owner.parties, kind: 'subject', matched: owner.text, role: null };
        else if (HOLDING_VERB_OF_DOCUMENT.test(tokens[verb]?.lower ?? '')) holder = this.replyBefore(verb);
      }
      if (!holder) continue;
      // Read already: only the subject of a verb of keeping, which another's reading (the speaker's own
      // wording of the same phrase) does not speak for, still holds it.
      const keeper = holder.kind === 'subject' || holder.kind === 'document';
      if (readBefore.length > 0 && (!keeper || readBefore.some((f) => holder?.parties.includes(f.party))))
        continue;
      // A bare "troops" or "presence" only in the owner's own words ("our presence here"), not "Poland's
      // forces are among the largest", "NATO's presence on social media".
      if (m.kind === 'frame' && holder.kind !== 'first-person') continue;
      // (Judged by someone else speaking: "Some allies privately question NATO's open-door policy".)
      // (Not where the owner is the subject of its own verb of keeping, which the speaker only reports:
      // "Levits said the replies kept the open-door policy intact".)
      const voice = speaker ?? previousSpeaker;
      if (voice?.kind === 'party' && !voice.parties.some((p) => holder?.parties.includes(p))) {
        if (!keeper) continue;
        // (Reported by another: the reply's words are not the speaker's own.)
        if (holder.kind === 'document') holder = { ...holder, kind: 'subject' };
      }
      if (speaker?.kind === 'other') continue;
      const cue: Cue = makeCue({
        first: k,
        last: m.last,
        attitude: 'rejects',
        text: this.input.text.slice((tokens[Math.max(0, k)] as Token).start, (tokens[m.last] as Token).end),
        negated: false,
        negation: null,
      });
      for (const party of holder.parties) {
        if (proposers.has(party) || !compiled.parties.some((p) => p.id === party)) continue;
        findings.push(
          this.finding(
            holder,
            party,
            m,
            'rejects',
            cue,
            false,
            this.modality(spans[ci] as [number, number], cue),
          ),
        );
      }
    }
  }

  /**
   * "curbs on shipping and insurance have held back its exports", "restrictions affecting payments have
   * in effect blocked its shipments": the verb of hindering whose subject is the demand's opposite (what
   * the demand would remove), a few words after it, past the subject's own modifiers. Its index, or -1;
   * not where the hindering is denied ("sanctions do not block its exports").
   */
  hinderingPredicate(m: DemandMention): number {
    const { tokens, mentions, cues } = this;
    for (let k = m.last + 1; k < Math.min(tokens.length, m.last + 12); k++) {
      const t = tokens[k] as Token;
      if (
        /^[;:—–()]$/.test(t.text) ||
        t.text === '.' ||
        (k > m.last + 1 && t.text === ',' && tokens[k + 1]?.lower === 'but')
      )
        return -1;
      if (/^(?:not|never|no|nor)$/.test(t.lower) || /n['’]t$/.test(t.lower)) return -1;
      // (Another demand's words or a cue of its own between: the verb is not this subject's.)
      if (mentions.some((x) => x !== m && x.first === k) || cues.some((c) => c.first === k && !c.owner))
        return -1;
      if (!HINDERING.test(t.lower)) continue;
      // ("held back", "holding … up": a verb of holding only with its particle.)
      if (
        /^(?:hold|held)/.test(t.lower) &&
        !tokens.slice(k + 1, k + 4).some((x) => /^(?:back|up)$/.test(x.lower))
      )
        continue;
      return k;
    }
    return -1;
  }

  /**
   * "weapons that can threaten …", "…, which poses a direct threat to …": a relative clause (right
   * after the demand's words, or after a comma closing its clause) whose verb is the grievance.
   */
  relativeGrievance(m: DemandMention, c: Cue): boolean {
    const { tokens, mentions } = this;
    let k = c.first - 1;
    while (k > m.last && GRIEVANCE_FILLER.has(tokens[k]?.lower ?? '')) k--;
    if (!RELATIVE_WORDS.has(tokens[k]?.lower ?? '')) return false;
    // "…strike weapons that …" right behind the demand, or "…, which …" closing the clause it stands in.
    if (k <= m.last + 2) return true;
    return (
      tokens[k - 1]?.text === ',' &&
      tokens[k]?.lower === 'which' &&
      k - m.last <= 12 &&
      !tokens.slice(m.last + 1, k - 1).some((t) => CLAUSE_PUNCTUATION.has(t.text)) &&
      !mentions.some((x) => x !== m && x.first > m.last && x.first < k)
    );
  }

  /**
   * "…agreed to stop expanding, as Russia has demanded", "…pull its forces back, as demanded by Moscow",
   * "… shrinking its presence in the region as Moscow wants": a trailing "as" clause names who asks for
   * what the sentence stated before it. After a refusal ("NATO will not stop expanding, as Moscow has
   * demanded") what is asked for is the act refused, so a refused act is read only for a party that put
   * the demand forward.
   */
  asDemandedBy(): void {
    const { tokens, mentions, cues, findings, spans, speakers, compiled } = this;
    for (const { at, end: ce, comma } of trailingAsClauses(tokens, spans)) {
      const ci = clauseOf(spans, at);
      const asking = (c: Cue): boolean =>
        c.attitude === 'supports' && !c.negated && !c.owner && ASKING_VERB.test(tokens[c.first]?.lower ?? '');
      let holder: ActorMention | undefined;
      let cue: Cue | undefined;
      const subject = speakers.find((a) => a.first === at + 1);
      if (subject) {
        let v = subject.last + 1;
        while (v <= ce && /^(?:has|have|had|did|does|do|long|repeatedly|also)$/.test(tokens[v]?.lower ?? ''))
          v++;
        cue = cues.find((c) => c.first === v && asking(c));
        holder = subject;
      } else {
        // "as demanded by Moscow"
        cue = cues.find((c) => c.first === at + 1 && asking(c));
        const by = cue ? cue.last + 1 : -1;
        holder = tokens[by]?.lower === 'by' ? speakers.find((a) => a.first === by + 1) : undefined;
      }
      if (!cue || !holder) continue;
      // Nothing after the verb but the clause's end: "as Russia has demanded an end to …" is another statement.
      const end = holder.first > cue.last ? holder.last : cue.last;
      if (end !== ce) continue;
      for (const m of mentions) {
        if (m.last >= at || m.kind === 'reference') continue;
        // Without a comma the act stands in the same clause: "… in the region as Moscow wants".
        if (!comma && m.first < (spans[ci] as [number, number])[0]) continue;
        const proposer = holder.parties.some((p) => compiled.proposers.get(m.demand)?.has(p));
        if (m.direction !== 1 && !(m.direction === -1 && proposer)) continue;
        if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
        const asked: DemandMention = m.direction === 1 ? m : { ...m, direction: 1 };
        this.emit(this.asHolder(holder), { attitude: 'supports', negated: false }, cue, asked, ci);
      }
    }
  }
}

/** "not", "never" or a word ending in "n't" (a function of the module, not a closure per call: see actsAgainst). */
const deniedWord = (t: Token): boolean => /^(?:not|never)$/.test(t.lower) || /n['’]t$/.test(t.lower);

/**
 * Whether one of the `reach` words before `at` is a denial, words made transparent not counted ("would
 * not in any way shut off …" reads as "would not shut off …").
 */
/**
 * Whether the demand's words, within a few words, follow "that/which (does|did|would …) not" whose
 * antecedent is no party: "an agreement that did not include a ceasefire".
 */
function deniedInThingRelative(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  at: number,
): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const t = tokens[k] as Token;
    if (!/^(?:not|never)$/.test(t.lower) && !/n['’]t$/.test(t.lower)) continue;
    let r = k - 1;
    while (
      r > 0 &&
      /^(?:does|do|did|would|will|could|can|has|have|had|is|was|were|are)$/.test(tokens[r]?.lower ?? '')
    )
      r--;
    if (!/^(?:that|which)$/.test(tokens[r]?.lower ?? '')) return false;
    let a = r - 1;
    if (tokens[a]?.text === ',') a--;
    return a >= 0 && tokens[a]?.word === true && !actors.some((x) => x.first <= a && a <= x.last);
  }
  return false;
}

/** Words of going back before a phrase of the demand: "return to its", "go back to the". */
const GOING_BACK = wordSet(/^(?:return|returning|go|going|back|revert|reverting|to|its|the|their)$/);

const GOING_BACK_VERB = wordSet(/^(?:return|returning|go|going|back|revert|reverting)$/);

/** Where a phrase starts once a verb of going back right before it is taken in ("return to its 1997 …"). */
function goingBackStart(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && at - k < 4 && GOING_BACK.test(tokens[k - 1]?.lower ?? '')) k--;
  // (The walk may take in the "to" of "is going to" before the verb: "not going to return to its 1997 …"
  // starts at "return".)
  while (k < at && !GOING_BACK_VERB.test(tokens[k]?.lower ?? '')) k++;
  // (Only a verb of going back: not "to the" alone.)
  return GOING_BACK_VERB.test(tokens[k]?.lower ?? '') ? k : at;
}

function deniedWithin(
  tokens: readonly Token[],
  at: number,
  reach: number,
  denial: (t: Token) => boolean,
): boolean {
  for (let k = at - 1, seen = 0; k >= 0 && seen < reach; k--) {
    const t = tokens[k] as Token;
    if (t.transparent) continue;
    if (denial(t)) return true;
    seen++;
  }
  return false;
}

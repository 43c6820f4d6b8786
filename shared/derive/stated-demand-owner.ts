/**
 * The document-level fallback for a demand stated in the document's own words: a document that names a
 * demand's proposer and states the demand, but has no sentence tying the two, still reports the
 * proposer's demand — weakly, as reported, through the first sentence stating it. Coverage of the talks
 * names Russia's demands this way ("The talks turned on a halt to NATO's expansion and the pullback of its
 * forces …") more often than with a verb.
 *
 * Which proposer such a sentence credits is decided here: every proposer the document names, less those
 * one of the named exclusions below (EXCLUSIONS) leaves out, each with the reason it gives none.
 */
import type { Citation } from '../model/matrix';
import type { CompiledOntology } from './compile-ontology';
import type { DemandMention } from './demand-mentions';
import type { Sentence } from './segment';

/** Where the document first states a demand in its own words (see statedDemandCredits). */
export interface StatedDemand {
  sentence: Sentence;
  mention: DemandMention;
  words: string;
  /** The parties the sentence names. */
  named: ReadonlySet<string>;
  /** The parties the sentence names other than by an adjective ("Ukrainian grain"). */
  namedAsNoun: ReadonlySet<string>;
  /** Whether the sentence is narration: no one speaks in it, nor on from a quotation before. */
  narrated: boolean;
  /**
   * Whose words the sentence gives: the parties speaking it ("he said" standing for the last one), or in
   * narration the party opening it as its subject ("Beijing supports an approach it calls …").
   */
  voice: readonly string[];
  /** Whether those are a third party's words: a party that neither put the demand forward nor is asked to meet it. */
  thirdPartyVoice: boolean;
  /** Whether the sentence is a party the demand is put to denying it does so: "There are no US missiles there". */
  addresseesDenial: boolean;
  /** After a sentence in a third party's words, the next that states the demand in words other than such. */
  later: StatedDemand | null;
  /** The parties the sentence names outside the demand's own words, other than by an adjective. */
  namedOutside: ReadonlySet<string>;
  /** Those of them named before the demand's words (where its holder would stand). */
  namedBefore: ReadonlySet<string>;
  /** The parties the sentence names only inside the demand's own words ("the Association of Serbian Municipalities"). */
  namedOnlyInside: ReadonlySet<string>;
  /** The parties the sentence names only as left out: "… but no officials of the government in Kabul". */
  namedLeftOut: ReadonlySet<string>;
  /** The parties it names only as pressed to do what it states: "Pompeo pressed Abdullah to …". */
  namedUrged: ReadonlySet<string>;
}

/** What the document as a whole established that the fallback consults. */
export interface StatedDemandReading {
  readonly stated: ReadonlyMap<string, StatedDemand>;
  /** Every party the document named. */
  readonly namedParties: ReadonlySet<string>;
  /** The parties the document named outside a demand's own words. */
  readonly namedOutsideDemands: ReadonlySet<string>;
  /** "party|demand" for proposers that denied their demand in a sentence no reading took it from. */
  readonly deniedUnread: ReadonlySet<string>;
  /** "party|demand" for parties named with a demand, in a sentence no reading took, not in a third party's words. */
  readonly namedWithDemand: ReadonlySet<string>;
  /** Parties a demand noun of the document belongs to ("Moscow's proposals", "Russia's demands"). */
  readonly demandOwners: ReadonlySet<string>;
}

/** One proposer the fallback might credit with one demand, and the sentence that would be cited. */
interface Candidate {
  readonly party: string;
  readonly demand: string;
  /** The demand's proposers in the ontology. */
  readonly proposers: ReadonlySet<string>;
  /** The parties the demand is put to. */
  readonly addressees: ReadonlySet<string>;
  /** How many of the proposers the document names. */
  readonly namedProposers: number;
  readonly stating: StatedDemand;
  readonly reading: StatedDemandReading;
  /** The document's citations from its sentence readings. */
  readonly citations: readonly Citation[];
}

/** A kind of candidate the fallback credits nothing, and why. */
interface Exclusion {
  readonly name: string;
  readonly why: string;
  readonly applies: (c: Candidate) => boolean;
}

const otherProposer = (c: Candidate, p: string): boolean => p !== c.party && c.proposers.has(p);

/**
 * A refusal right before the demand's words: a negation, alone ("will not bring the war to an end") or
 * with a verb of accepting ("did not accept", "must never entertain"), or a verb of refusing ("rejected").
 * (Not a negated promise or request: "never pledged to refrain from expanding" still states the demand.)
 */
const REFUSAL_BEFORE =
  /\b(?:(?:not|never|cannot|can't|won't|wouldn't|don't|doesn't|didn't)(?:\s+(?:accept|agree to|allow|entertain|tolerate|countenance|consider))?|(?:refus\w*|reject\w*|declin\w*|oppos\w*)(?:\s+(?:to|the|any|a))?)\s+$/i;
/** A refusal said of the demand right after its words: "… is a non-starter", "… out of the question". */
const REFUSAL_AFTER =
  /^[^;:,]*?\b(?:non-starters?|out of the question|unacceptable|not acceptable|(?:could|can|would|will) not be accepted|cannot be accepted)\b/i;
/** Demand words that are themselves a negation ("not quit the deal"): no refusal of them to be read around them. */
const NEGATED_WORDS = /^(?:not|no|never|nor)\b/i;

/**
 * Whether the stating sentence gives the words of parties the demand is put to, none of them its
 * proposer, refusing it ("“The idea that Israel would accept a permanent ceasefire now is a
 * non-starter,” he said"; "She said Washington did not accept limits on admitting new members").
 */
function addresseesRefusal(c: Candidate): boolean {
  const { voice, sentence, words } = c.stating;
  if (voice.length === 0 || !voice.every((p) => c.addressees.has(p) && !c.proposers.has(p))) return false;
  const at = sentence.text.indexOf(words);
  if (at < 0 || NEGATED_WORDS.test(words)) return false;
  return (
    REFUSAL_BEFORE.test(sentence.text.slice(Math.max(0, at - 60), at)) ||
    REFUSAL_AFTER.test(sentence.text.slice(at + words.length, at + words.length + 60))
  );
}

/** The exclusions, each a kind of candidate no analyst would credit from the stated demand. */
export const EXCLUSIONS: readonly Exclusion[] = [
  {
    name: 'namedOnlyInsideDemand',
    why: 'the document names the party only inside a demand\'s own words ("the Association of Serb-majority Municipalities" for the Kosovo Serbs)',
    applies: (c) => !c.reading.namedOutsideDemands.has(c.party),
  },
  {
    name: 'deniedElsewhere',
    why: 'the party denied the demand in its own words where no reading took it ("Pyongyang said it is not interested in sanctions relief")',
    applies: (c) => c.reading.deniedUnread.has(`${c.party}|${c.demand}`),
  },
  {
    name: 'alreadyCited',
    why: "a sentence reading already cites the party's stance on the demand",
    applies: (c) => c.citations.some((x) => x.party === c.party && x.demand === c.demand),
  },
  {
    name: 'unansweredAddresseesDenial',
    why: 'the sentence is a party the demand is put to denying it does so ("There are no American missiles there"), and the document names no demands of the proposer\'s it would answer',
    applies: (c) => c.stating.addresseesDenial && !c.reading.demandOwners.has(c.party),
  },
  {
    name: 'namedLeftOut',
    why: 'the sentence names the party as left out of what it states ("… but no officials of the government in Kabul")',
    applies: (c) => c.stating.namedLeftOut.has(c.party),
  },
  {
    name: 'namedAsUrged',
    why: 'the sentence names the party as pressed by another to do it ("Pompeo pressed Abdullah to reach a ceasefire"): the pressing side\'s demand',
    applies: (c) => c.stating.namedUrged.has(c.party),
  },
  {
    name: 'otherProposerNamed',
    why: 'the document names several proposers and the sentence not this one ("Russia declined to renew the deal" is no word of Turkey\'s or the UN\'s)',
    applies: (c) => !c.stating.named.has(c.party) && c.namedProposers > 1,
  },
  {
    name: 'adjectiveBesideNounProposer',
    why: 'the sentence names the party only by an adjective beside another proposer it names outright or that speaks it ("the UN is trying to prolong the deal for Ukrainian grain")',
    applies: (c) =>
      !c.stating.namedAsNoun.has(c.party) &&
      [...c.stating.namedAsNoun, ...c.stating.voice].some((p) => otherProposer(c, p)),
  },
  {
    name: 'insideDemandAfterOtherProposer',
    why: 'the sentence names the party only inside the demand\'s words after another proposer ("The Serb List urged that the Association of Serbian Municipalities be formed")',
    applies: (c) =>
      c.stating.namedOnlyInside.has(c.party) && [...c.stating.namedBefore].some((p) => otherProposer(c, p)),
  },
  {
    name: 'narratedOtherProposer',
    why: 'a narrated sentence tells of another proposer that holds the demand by its own reading ("Johnson renewed Britain\'s threat to scrap the protocol")',
    applies: (c) =>
      c.stating.narrated &&
      !c.stating.named.has(c.party) &&
      [...c.stating.named].some(
        (p) =>
          otherProposer(c, p) &&
          c.citations.some(
            (x) => x.party === p && x.demand === c.demand && x.attribution.kind !== 'stated-demand',
          ),
      ),
  },
  {
    name: 'addresseesRefusal',
    why: 'the sentence is in the words of a party the demand is put to, refusing it ("Washington did not accept limits on admitting new members"): its refusal, no report of the proposer\'s',
    applies: addresseesRefusal,
  },
];

/**
 * The sentence that would credit the party: the first stating the demand, unless that gives a third
 * party's words ("Beijing supports an approach it calls 'suspension for suspension'") that name the
 * party only inside the demand's words, and the document names the party with the demand nowhere else;
 * then the next sentence stating it otherwise, if any.
 */
function statingFor(
  party: string,
  demand: string,
  first: StatedDemand,
  reading: StatedDemandReading,
): StatedDemand | null {
  return first.thirdPartyVoice &&
    !first.namedOutside.has(party) &&
    !reading.namedWithDemand.has(`${party}|${demand}`)
    ? first.later
    : first;
}

/**
 * The proposers a document credits, weakly and as reported, with the demands it states in its own
 * words, each with the sentence to cite, in the order the document's demands were first stated.
 */
export function statedDemandCredits(
  compiled: CompiledOntology,
  reading: StatedDemandReading,
  citations: readonly Citation[],
): Array<{ party: string; demand: string; stating: StatedDemand }> {
  const credits: Array<{ party: string; demand: string; stating: StatedDemand }> = [];
  for (const [demand, first] of reading.stated) {
    const proposers = compiled.proposers.get(demand) ?? new Set<string>();
    const addressees = compiled.addressees.get(demand) ?? new Set<string>();
    let namedProposers = 0;
    for (const party of proposers) if (reading.namedParties.has(party)) namedProposers++;
    for (const party of proposers) {
      const stating = statingFor(party, demand, first, reading);
      if (!stating) continue;
      const candidate: Candidate = {
        party,
        demand,
        proposers,
        addressees,
        namedProposers,
        stating,
        reading,
        citations,
      };
      if (EXCLUSIONS.some((e) => e.applies(candidate))) continue;
      credits.push({ party, demand, stating });
    }
  }
  return credits;
}

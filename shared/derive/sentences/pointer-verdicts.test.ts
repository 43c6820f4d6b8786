/**
 * Verdicts on a demand the sentence only points back to:
 * - a ranked pointer put first as the topic ("On the main question, Washington gave no positive answer"),
 *   past a one-word aside ("…, though, …"), resolved to the one demand the document attached to its
 *   proposer (several: none for a singular pointer); a topic cue that takes a verb of its own ("agreed to
 *   hold more talks") is what was agreed, not a verdict;
 * - a pointer right after a sentence stating the demand in the writer's words, its only proposer named
 *   ("The drafts published in Moscow would bar …. Those demands should simply be put to one side");
 * - refusing even to begin talks on it, and saying it runs against something, as verdicts;
 * - a party's singular demand noun ("Russia's key demand") for the one demand attached to it, and "agree
 *   to that" for the demand just asked.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'a ranked pointer put first as the topic takes the verdict after it',
    text: 'Moscow wants a halt to NATO expansion. On the main question, Washington gave no positive answer, the Russian minister said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no positive answer' },
    ],
  },
  {
    name: 'the topic past a one-word aside',
    text: 'The Kremlin wants a halt to NATO expansion. On the central question, though, Washington gave no positive answer, Lavrov said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no positive answer' }],
  },
  {
    name: 'a plural pointer topic stands for each demand asked',
    text: 'Moscow wants a halt to NATO expansion and a pullback of forces. On these points, Washington gave no positive answer, Lavrov said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no positive answer' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'no positive answer' },
    ],
  },
  {
    name: 'trap: a singular ranked pointer after two demands says which of them nowhere',
    text: 'Moscow wants a halt to NATO expansion and a pullback of forces. On the main question, Washington gave no positive answer, Lavrov said.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: what the two sides agreed to do on the topic is no verdict on it',
    text: 'Moscow wants a halt to NATO expansion. On that question, Washington and Moscow agreed to hold more talks.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a ranked question with a topic of its own is no pointer',
    text: 'Moscow wants a halt to NATO expansion. On the main question of energy prices, Washington gave no positive answer, Lavrov said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: the main question stated as a question is no verdict',
    text: 'Moscow wants a halt to NATO expansion. The main question is whether Washington will budge, Lavrov said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "a pointer right after the writer states the proposer's demand in its own words",
    text: "The drafts published in Moscow would bar any further eastward growth of NATO. Those demands should simply be put to one side, Estonia's president said.",
    expect: [
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'put to one side' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'any further eastward growth' },
    ],
  },
  {
    name: 'trap: a demand stated with its proposer never named is no one’s to point back to',
    text: "The talks turned on a halt to NATO's eastward expansion. Estonia's president said those demands were unacceptable.",
    expect: [],
    none: [['baltic-states', NX]],
  },
  {
    name: 'trap: "those troops" after a stated demand points at troops, not the demand',
    text: "The drafts published in Moscow would bar any further eastward growth of NATO. Estonia's president said those troops were unacceptable.",
    expect: [],
    none: [['baltic-states', NX]],
  },
  {
    name: 'trap: the proposals another side made are not the demand stated before',
    text: "The drafts published in Moscow would bar any further eastward growth of NATO. Estonia's president welcomed the proposals Washington made.",
    expect: [],
    none: [['baltic-states', NX]],
  },
  {
    name: 'talks on the pointed demand that should not even begin: a refusal',
    text: "Moscow wants allied forces pulled back to their 1997 lines. Lithuania's foreign minister said talks on these proposals should not even begin.",
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'should not even begin' }],
  },
  {
    name: 'the same with the topic after the verb',
    text: "Moscow wants allied forces pulled back to their 1997 lines. Lithuania's foreign minister said talks should not even begin on these proposals.",
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'should not even begin' }],
  },
  {
    name: 'a request that runs against the law, in the words of a side it is put to, is refused',
    text: "Russia has asked for a treaty that would force allied troops out of the Baltic states, Denmark's defence minister noted. That request, she said, runs against international law.",
    expect: [
      { party: 'denmark', demand: RB, stance: 'rejects', quote: 'runs against' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'asked for' },
    ],
  },
  {
    name: 'trap: halting enlargement said to go against the right to choose stays a refusal of the halt',
    text: "Moscow wants NATO to stop expanding. Denmark's defence minister said that halting enlargement goes against the right of every nation to choose its alliances.",
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'choose its alliances' }],
  },
  {
    name: "a party's singular demand noun stands for the one demand attached to it",
    text: "Moscow wants NATO to halt its expansion. The alliance rejected Russia's key demand on Friday.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: a singular demand noun after two demands says which of them nowhere',
    text: "Moscow wants NATO to halt its expansion and to pull back its forces. The alliance rejected Russia's key demand on Friday.",
    expect: [],
    none: [
      ['nato', NX],
      ['nato', RB],
    ],
  },
  {
    name: 'trap: a singular demand noun with a topic of its own is that topic',
    text: "Moscow wants NATO to halt its expansion. The alliance rejected Russia's demand for gas payments in roubles.",
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'agreeing to a pronoun standing for the demand just asked',
    text: 'Moscow wants NATO to halt its expansion. Stoltenberg said the allies could never agree to that.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'agree to' }],
  },
  {
    name: 'trap: "agreed to that end" is no pronoun object',
    text: 'Moscow wants NATO to halt its expansion. Stoltenberg said the allies agreed to that end to hold more talks.',
    expect: [],
    none: [['nato', NX]],
  },
];

describe('verdicts on a demand pointed back to', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});

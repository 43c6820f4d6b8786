/**
 * "would not say whether", "refused to say whether" — like "declined to say whether" — is a hedge: the
 * holder keeps its own answer on the demand back, which reads unclear. Traps: the open question is what
 * another party does ("would not say whether Tehran had accepted …"), a writer's own uncertainty ("it is
 * unclear whether Moscow will …"), and "I would not say that …", a judgement and no hedge. Sentences
 * written for these tests, read with the shipped Russia–West ontology and the Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const seed = seedOntology();

const seedCases: ReadingCase[] = [
  {
    name: '"would not say whether Germany would back …": the speaker hedges: unclear',
    text: 'Scholz would not say whether Germany would back a moratorium on NATO enlargement.',
    published: '2022-02-15',
    expect: [
      { party: 'germany', demand: 'non-expansion', stance: 'unclear', quote: 'would not say whether' },
    ],
  },
  {
    name: 'trap: "refused to say whether Putin would accept …": a hedge on the other side is no position of the holder',
    text: 'Scholz refused to say whether Putin would accept limits on missiles in Europe.',
    published: '2022-02-15',
    expect: [],
    none: [
      ['germany', 'missile-deployment'],
      ['russia', 'missile-deployment'],
    ],
  },
  {
    name: 'trap: "I would not say that …" is a judgement, not a hedge',
    text: '"I would not say that NATO enlargement has come any closer," Scholz said.',
    published: '2022-02-15',
    expect: [],
    none: [['germany', 'non-expansion']],
  },
  {
    name: 'trap: the writer\'s uncertainty ("it is unclear whether Moscow will …") is no party\'s stance',
    text: 'It is unclear whether Moscow will drop its demand that NATO stop expanding.',
    published: '2022-02-15',
    expect: [],
    none: [['russia', 'non-expansion']],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: '"refused to say whether Washington would lift …": the spokesman hedges: unclear',
    text: 'The State Department spokesman refused to say whether Washington would lift the sanctions.',
    published: '2022-03-10',
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'unclear',
        quote: 'refused to say whether',
      },
    ],
  },
  {
    name: '"wouldn\'t say whether the administration was ready to …": unclear',
    text: "Price wouldn't say whether the administration was ready to remove the Guards from the terrorism list.",
    published: '2022-03-10',
    expect: [
      { party: 'united-states', demand: 'irgc-delisting', stance: 'unclear', quote: "wouldn't say whether" },
    ],
  },
  {
    name: 'trap: "would not say whether Tehran had accepted …": the question is the other side\'s answer',
    text: 'Price would not say whether Tehran had accepted the new limits on enrichment.',
    published: '2022-03-10',
    expect: [],
    none: [
      ['united-states', 'nuclear-limits'],
      ['iran', 'nuclear-limits'],
    ],
  },
  {
    name: 'trap: "declined to say whether Iran would drop its demand …": no position of the US',
    text: 'Price declined to say whether Iran would drop its demand to remove the Guards from the terrorism list.',
    published: '2022-03-10',
    expect: [],
    none: [['united-states', 'irgc-delisting']],
  },
];

describe('"would not say whether": a hedge of the holder, not of the other side', () => {
  it.each(seedCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
  it.each(iranCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
});

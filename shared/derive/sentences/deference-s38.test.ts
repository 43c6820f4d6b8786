/**
 * Backing another party's own choice, whichever way it goes ("Britain would stand behind Kyiv if it chose
 * to give up on joining", "will back Ukraine whatever it decides about membership", "would support any
 * decision Kyiv takes on joining") takes no side on the matter chosen: `unclear` for the backer, and the
 * chooser's clause lends the backer none of its words ("drop", "give up"). Traps: backing the demand
 * itself ("backs Ukraine's bid to join"), "respected whatever decision …" (acceptance in advance, left to
 * the lexicon), support for talks with a condition on someone else ("would support talks … if Russia chose
 * to de-escalate").
 *
 * And the "its" after "if it" with a second body named before ("Poland would not abandon Ukraine if it gave
 * up its bid to join"): "it", and so "its", may be either body, so the derivation names no owner. Traps:
 * "its" with one body only before it ("Kyiv said it would never drop its bid"), "if it" before the subject
 * ("If it is forced to choose, Ukraine will not drop its bid"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const MD = 'missile-deployment';
const unclear = (party: string, quote: string) => ({ party, demand: NE, stance: 'unclear' as const, quote });

const deference: ReadingCase[] = [
  {
    name: '"would stand behind Kyiv if it chose to drop its hopes of joining": unclear for Britain',
    text: 'Britain would stand behind Kyiv if it chose to drop its hopes of joining NATO, the minister said.',
    published,
    expect: [unclear('uk', 'stand behind Kyiv if it chose')],
  },
  {
    name: '"will back Ukraine whatever it decides about membership": unclear for Germany',
    text: 'Berlin will back Ukraine whatever it decides about membership of the alliance.',
    published,
    expect: [unclear('germany', 'back Ukraine whatever it decides')],
  },
  {
    name: '"would support any decision Kyiv takes on joining": unclear for France',
    text: 'Paris would support any decision Kyiv takes on joining NATO.',
    published,
    expect: [unclear('france', 'support any decision')],
  },
  {
    name: '"would back Ukraine should it opt to stay out of NATO": unclear, not a refusal',
    text: 'Washington would back Ukraine should it opt to stay out of NATO.',
    published,
    expect: [unclear('united-states', 'back Ukraine should it opt')],
  },
  {
    name: 'trap: backing the bid itself ("backs Ukraine\'s bid to join") still rejects',
    text: "Britain backs Ukraine's bid to join NATO.",
    published,
    expect: [{ party: 'uk', demand: NE, stance: 'rejects', quote: "backs Ukraine's bid" }],
  },
  {
    name: 'trap: "supports Kyiv\'s right to decide whether to join" still rejects',
    text: "Paris supports Kyiv's right to decide whether to join NATO.",
    published,
    expect: [{ party: 'france', demand: NE, stance: 'rejects', quote: 'supports' }],
  },
  {
    name: 'trap: "respected whatever decision Kyiv took" is no backing read as unclear',
    text: 'Germany respected whatever decision Kyiv took on joining NATO.',
    published,
    expect: [],
    none: [['germany', NE]],
  },
  {
    name: 'trap: "would support talks on missile limits if Russia chose to de-escalate" stays open',
    text: 'The US would support talks on missile limits if Russia chose to de-escalate.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'support talks' }],
  },
];

const ambiguousIts: ReadingCase[] = [
  {
    name: '"would not abandon Ukraine if it gave up its bid": no owner for "its", no stance for Poland',
    text: 'Poland would not abandon Ukraine if it gave up its bid to join NATO.',
    published,
    expect: [],
    none: [['poland', NE]],
  },
  {
    name: '"will keep talking to Kyiv whether it keeps its bid": no stance for France',
    text: 'France will keep talking to Kyiv whether it keeps its bid to join NATO or not.',
    published,
    expect: [],
    none: [['france', NE]],
  },
  {
    name: '"will stay close to Kyiv if it drops its bid": no stance for Britain',
    text: 'Britain will stay close to Kyiv if it drops its bid to join NATO.',
    published,
    expect: [],
    none: [['uk', NE]],
  },
  {
    name: 'trap: one body before "its" ("Kyiv said it would never drop its bid") keeps its owner',
    text: 'Kyiv said it would never drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'its bid' }],
  },
  {
    name: 'trap: "if it" before the subject ("If it is forced to choose, Ukraine will not drop its bid")',
    text: 'If it is forced to choose, Ukraine will not drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'its bid' }],
  },
  {
    name: 'trap: "demanded that NATO halt its expansion if it wanted talks" keeps Russia\'s demand',
    text: 'Moscow demanded that NATO halt its expansion if it wanted talks to go on.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'demanded' }],
  },
];

describe("backing another party's own choice is unclear on the matter chosen", () => {
  for (const c of deference) it(c.name, () => checkReading(c));
});
describe('"its" after "if it" with two bodies named before has no owner', () => {
  for (const c of ambiguousIts) it(c.name, () => checkReading(c));
});

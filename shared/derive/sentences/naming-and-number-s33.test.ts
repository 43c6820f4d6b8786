/**
 * How coverage names the Russia–West demands, and whose an "its" is.
 *
 * "at no point", "at this point", "at some point": "point" in a time adverbial is no demand noun (as
 * "the main points" of a draft are), so it does not make a refusal verb after it ("ruled out") the
 * demand's own restriction. "Ruling out Ukraine's membership" at some point is no rejection of the
 * halt to enlargement; "at no point ruled out" it keeps it possible (unclear, as "never ruled out").
 *
 * "its" stands for a party named in the singular: "US diplomats told Kyiv that its bid …" is Kyiv's
 * bid, not the diplomats' (their forecast of it is no position of theirs); a party named by people in
 * the plural ("officials", "the allies") is "their".
 *
 * NATO named as "the Western bloc" or "the Western alliance" after "enter"/"entry into", and a US
 * withdrawal or pullout from "(every) Eastern European state/country", name the two demands as
 * "entering NATO" and "withdraw from Eastern Europe" do. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const west = seedOntology();
const published = '2022-01-20';
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"at no point ruled out" the membership: kept possible, unclear (not openness to a halt)',
    text: "The alliance has at no point ruled out Ukraine's membership.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'unclear', quote: 'at no point ruled out' }],
  },
  {
    name: 'trap: "at this point ruled out" the membership is no rejection of the halt',
    text: "The alliance has at this point ruled out Ukraine's membership.",
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"at some point" before a demand noun of its own: the owner still supports, the answerer nothing',
    text: "At some point NATO will have to answer Russia's demand for a halt to enlargement.",
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "Russia's demand" }],
    none: [['nato', NX]],
  },
  {
    name: 'a draft\'s "main points" are still its demands',
    text: "Russia's draft sets out its main points, among them a halt to NATO enlargement.",
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'main points' }],
  },
  {
    name: 'trap: "US diplomats told Kyiv that its bid …": Kyiv\'s bid, no US position in the forecast',
    text: 'US diplomats privately told Kyiv that its bid to join the alliance would stay on hold for a decade.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'its bid' }],
    none: [['united-states', NX]],
  },
  {
    name: '"the allies told Moscow that its demand …": Moscow\'s demand, the allies refuse it',
    text: 'The allies told Moscow that its demand to halt NATO enlargement was unacceptable.',
    published,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its demand' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'trap: a subject named in the singular keeps its "its" ("the Kremlin told Washington that its demand …")',
    text: 'The Kremlin told Washington that its demand for a halt to NATO enlargement still stood.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'its demand' }],
    none: [['united-states', NX]],
  },
  {
    name: 'a ban on "entering the Western bloc" dismissed: NATO rejects',
    text: 'NATO dismissed a lasting ban on Ukraine entering the Western bloc.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'a pledge that Georgia will never "enter the Western alliance": Russia supports',
    text: 'Moscow wants a pledge that Georgia will never enter the Western alliance.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants a pledge' }],
  },
  {
    name: "trap: an envoy entering the Western bloc's headquarters is no membership",
    text: "The Finnish envoy entered the Western bloc's headquarters in Brussels on Monday.",
    published,
    expect: [],
    none: [
      ['finland', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'a US pullout "from all Eastern European countries": Russia supports the rollback',
    text: 'Russia called for a US pullout from all Eastern European countries.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'called for' }],
  },
  {
    name: 'an American withdrawal "from every Central and Eastern European state" demanded',
    text: 'Russia demanded an American withdrawal from every Central and Eastern European state.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: 'Moscow\'s demand for a withdrawal "from Eastern European states" rejected by Romania',
    text: "Romania rejected Moscow's demand for an American withdrawal from Eastern European states.",
    published,
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's demand" },
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: 'trap: investors withdrawing from Eastern European markets name no demand',
    text: "Western investors' withdrawal from Eastern European markets has slowed, the bank said.",
    published,
    expect: [],
    none: [
      ['united-states', RB],
      ['russia', RB],
    ],
  },
];

describe('demand naming and the number of "its" (session 33)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, west));
});

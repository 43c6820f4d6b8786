/**
 * A hope, bid or application given up: "that Kyiv drop its bid to join NATO", "give up its hopes of NATO
 * membership", "shelve its application to join". The restriction reaches across the hope or bid to the
 * demand's words, so the whole is the demand (no further enlargement) and a verb of refusing a party's
 * demand that asks for it ("dismissed Russian demands that …", "brushed aside Moscow's demand that …")
 * rejects the demand. Before, the embedded subject's bid was read as its own giving-up (supports), or the
 * giving-up was lost and the refusal read as a refusal of membership (supports). A giving-up asked of
 * a party ("demands that Kyiv drop its bid", "calls for Ukraine to drop its bid") is not read as its own
 * (owned-demands.ts); one it offers ("Ukraine might drop its bid") still is.
 * Traps: a hope a party is named as owning ("Ukraine's hopes of joining") stays its owner's cue, not a
 * giving-up; a giving-up asked for by another party, or only hinted at or supposed, is no stance of the
 * one asked. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"dismissed Russian demands that Kyiv drop its bid to join NATO": Ukraine rejects, Russia supports',
    text: "Ukraine's foreign minister Dmytro Kuleba dismissed Russian demands that Kyiv drop its bid to join NATO.",
    published,
    expect: [
      { party: 'ukraine', demand: NE, stance: 'rejects', quote: 'dismissed Russian demands' },
      { party: 'russia', demand: NE, stance: 'supports', quote: 'Russian demands' },
    ],
  },
  {
    name: '"brushed aside Moscow\'s demand that Ukraine give up its hopes of NATO membership"',
    text: "Kuleba brushed aside Moscow's demand that Ukraine give up its hopes of NATO membership.",
    published,
    expect: [
      { party: 'ukraine', demand: NE, stance: 'rejects', quote: "brushed aside Moscow's demand" },
      { party: 'russia', demand: NE, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
  {
    name: '"dismissed calls for Ukraine to drop its bid": the refusal of the call, not the bid given up',
    text: 'Kuleba dismissed calls for Ukraine to drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'dismissed calls for' }],
  },
  {
    name: '"rejected the Russian demand that Ukraine should drop its bid": not Ukraine\'s openness',
    text: 'Kuleba rejected the Russian demand that Ukraine should drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'rejected the Russian demand' }],
  },
  {
    name: '"dismissed Moscow\'s ultimatum that Kyiv shelve its application to join NATO"',
    text: "Kuleba dismissed Moscow's ultimatum that Kyiv shelve its application to join NATO.",
    published,
    expect: [
      { party: 'ukraine', demand: NE, stance: 'rejects', quote: "dismissed Moscow's ultimatum" },
      { party: 'russia', demand: NE, stance: 'supports', quote: "Moscow's ultimatum" },
    ],
  },
  {
    name: '"Kyiv should shelve its application to join NATO", said by Lavrov: Russia supports',
    text: 'Lavrov said Kyiv should shelve its application to join NATO.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'should shelve its application' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: "denies Ukraine\'s hopes of joining NATO": a hope Ukraine is named as owning stays its own',
    text: "The senators said Putin's red line denies Ukraine's hopes of joining NATO.",
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: "Ukraine's hopes" }],
  },
  {
    name: 'trap: a supposed giving-up ("Should Kyiv decide to give up its hopes …") is no stance of Kyiv',
    text: 'Should Kyiv decide to give up its hopes of joining the alliance, London would stand by it, the minister said.',
    published,
    expect: [],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: "Russia demanded that Kyiv drop its bid": the giving-up asked of Kyiv is no stance of Kyiv',
    text: 'Russia demanded that Kyiv drop its bid to join NATO.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'demanded' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: "The Kremlin insists that Ukraine drop its NATO bid" says nothing of Ukraine',
    text: 'The Kremlin insists that Ukraine drop its NATO bid.',
    published,
    expect: [],
    none: [['ukraine', NE]],
  },
  {
    name: 'an envoy\'s "Ukraine might drop its bid" is still read as openness (the owner\'s own giving-up)',
    text: "Kyiv's envoy in London said Ukraine might drop its bid to join NATO to avert a war.",
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'open', quote: 'drop its bid' }],
  },
  {
    name: 'trap: "Russia wants Kyiv to give up its hopes of NATO membership": Russia\'s wish, not Kyiv\'s',
    text: 'Russia wants Kyiv to give up its hopes of NATO membership, Peskov said.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'wants' }],
    none: [['ukraine', NE]],
  },
];

describe('a hope, bid or application given up', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

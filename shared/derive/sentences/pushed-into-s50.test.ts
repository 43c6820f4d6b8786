/**
 * A party pushed into an act: "Trump has tried to push China into lowering its barriers by raising the
 * tariffs on Chinese goods", "the campaign meant to pressure Iran into renegotiating the deal". The one
 * a verb of pressing or forcing pushes "into" doing something is told what to do, as the one pressed
 * "to" do it is ("pressed Beijing to open its market"): it holds nothing named with it. The reading of a
 * proposer named in a sentence (named-proposer.ts, askedToAct) and the document's fallback for a demand
 * stated in its own words (derive-document.ts, namedAsUrged) knew only the "to" form, so "push China into
 * lowering …" credited China with the removal of the tariffs named as the pusher's own means. Found in
 * real coverage: an explainer on the maximum-pressure campaign, to pressure Iran into renegotiating the
 * accord (theanswerbank.co.uk, undated); Trump wanting the summit to pressure Pyongyang into giving up
 * its weapons (ksaplayers.com, 2 June 2018).
 * Traps: the pushed party named before the pusher's own tariffs, before the pusher's terms for removing
 * them, and with the pusher keeping the tariffs. Positive: the proposer wanting the demand, and the
 * proposer pushing the other side into meeting it (its own demand still stated).
 * Uses the us-china ontology of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const TR = 'tariff-removal';
const SR = 'structural-reform';

const cases: ReadingCase[] = [
  {
    name: 'the proposer wanting the other side to remove the tariffs holds the demand',
    text: 'China wants the United States to remove tariffs on Chinese goods.',
    published: '2019-09-25',
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'China wants the United States' }],
  },
  {
    name: 'the proposer pushing the other side into removing the tariffs still states its demand',
    text: 'China is pushing the United States into removing tariffs on Chinese goods.',
    published: '2019-09-25',
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'China is pushing the United States' }],
  },
  {
    name: 'the side pushing the other into opening its market states its own demand',
    text: 'Lighthizer is pressing Beijing into opening its market while tariffs on Chinese goods stay.',
    published: '2019-09-25',
    expect: [
      { party: 'united-states', demand: SR, stance: 'supports', quote: 'Lighthizer is pressing Beijing' },
    ],
  },
  {
    name: 'trap: China pushed into lowering barriers by tariffs raised on its goods holds no removal',
    text: 'Trump has tried to push China into lowering its trade barriers by raising tariffs on Chinese goods.',
    published: '2019-09-25',
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: Beijing pressured into concessions while the tariffs are kept',
    text: 'Washington hopes to pressure Beijing into making concessions by keeping tariffs on Chinese goods.',
    published: '2019-09-25',
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: China forced into buying farm goods before the tariffs come off',
    text: 'The White House wants to force China into buying more farm goods before it removes tariffs on Chinese goods.',
    published: '2019-09-25',
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: China forced into removing its own tariffs on American goods',
    text: 'The US is forcing China into removing tariffs on American goods.',
    published: '2019-09-25',
    expect: [],
    none: [['china', TR]],
  },
];

describe('a party pushed into an act holds nothing named with it (s50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
});

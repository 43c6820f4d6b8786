/**
 * "…, but Belgrade has refused to do so", "…, whereas Pristina, unwilling to do that, …", "…, and Israel has
 * promised to do so": in the second side's clause, "do" with "so", "that", "this" or "it" after a verb of
 * refusing, accepting or promising stands for the one step the clause before named, so the verb is that
 * side's verdict on it. Not where the clause before named two demands (which one is meant is not said),
 * where the second clause asks something of its own before the verb ("asked to sign the plan"), or where
 * no verdict is given ("it is unclear whether Belgrade will do so"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const MR = 'mutual-recognition';
const SA = 'serb-association';
const WD = 'israeli-withdrawal';

const kosovoCases: ReadingCase[] = [
  {
    name: '"but Belgrade has refused to do so": Serbia refuses the recognition the EU asks',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade has refused to do so.',
    expect: [
      { party: 'serbia', demand: MR, stance: 'rejects', quote: 'refused' },
      { party: 'eu', demand: MR, stance: 'supports', quote: 'wants' },
    ],
  },
  {
    name: '"do that" after "refused to"',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade has refused to do that.',
    expect: [{ party: 'serbia', demand: MR, stance: 'rejects', quote: 'refused' }],
  },
  {
    name: '"is unwilling to do so"',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade is unwilling to do so.',
    expect: [{ party: 'serbia', demand: MR, stance: 'rejects', quote: 'unwilling' }],
  },
  {
    name: '"will not do so": a negated modal before "do so"',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade will not do so.',
    expect: [{ party: 'serbia', demand: MR, stance: 'rejects', quote: 'will not do' }],
  },
  {
    name: '"has so far declined to do it"',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade has so far declined to do it.',
    expect: [{ party: 'serbia', demand: MR, stance: 'rejects', quote: 'declined' }],
  },
  {
    name: 'the side set off before an aside of refusal ("whereas Pristina, unwilling to do that, insists …")',
    text: 'Serbia wants the association of Serb-majority municipalities set up first, whereas Pristina, unwilling to do that, insists on mutual recognition.',
    expect: [
      { party: 'kosovo', demand: SA, stance: 'rejects', quote: 'unwilling' },
      { party: 'kosovo', demand: MR, stance: 'supports', quote: 'insists on' },
      { party: 'serbia', demand: SA, stance: 'supports', quote: 'wants' },
    ],
  },
  {
    name: '"has promised to do so": the promise accepts the step',
    text: 'The EU wants Serbia to recognise Kosovo, and Belgrade has promised to do so.',
    expect: [{ party: 'serbia', demand: MR, stance: 'supports', quote: 'promised' }],
  },
  {
    name: 'trap: two demands named before, "do so" does not say which',
    text: 'The EU wants Serbia to recognise Kosovo and let it join the UN, but Belgrade has refused to do so.',
    expect: [],
    none: [
      ['serbia', MR],
      ['serbia', 'international-membership'],
    ],
  },
  {
    name: 'trap: a step asked in the second clause itself is what "do so" stands for',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade, asked to sign the plan, refused to do so.',
    expect: [],
    none: [['serbia', MR]],
  },
  {
    name: 'trap: "whether Belgrade will do so" gives no verdict',
    text: 'The EU wants Serbia to recognise Kosovo, but it is unclear whether Belgrade will do so.',
    expect: [],
    none: [['serbia', MR]],
  },
  {
    name: 'trap: "has not yet done so" reports, it does not refuse',
    text: 'The EU wants Serbia to recognise Kosovo, but Belgrade has not yet done so.',
    expect: [],
    none: [['serbia', MR]],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: 'another negotiation: "but Israel has refused to do so" after a demand of withdrawal',
    text: 'Hamas wants Israel to withdraw its troops from Gaza, but Israel has refused to do so.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: WD, stance: 'rejects', quote: 'refused' },
      { party: 'hamas', demand: WD, stance: 'supports', quote: 'wants' },
    ],
  },
  {
    name: 'another negotiation: "and Israel has promised to do so"',
    text: 'Egypt urged Israel to pull its forces out of Gaza, and Israel has promised to do so.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: WD, stance: 'supports', quote: 'promised' }],
  },
];

describe('"do so" and "do that" standing for the step named before', () => {
  for (const c of kosovoCases) it(c.name, () => checkReading({ published: '2023-03-01', ...c }, kosovo));
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});

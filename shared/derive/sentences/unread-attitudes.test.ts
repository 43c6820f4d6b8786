/**
 * Attitudes found with their party and demand but read as nothing (session 34): a danger named ("setting
 * up the association is the biggest danger", as "the biggest problem" is); a move to wreck the demand
 * ("vowed to thwart any lifting of the sanctions", "derail", "torpedo", "foil"); a threat of a
 * hostile step unless the demand is met ("will resume attacks unless the forces leave", "would quit the
 * accord unless the sanctions on its exports are lifted"); and the demand denied its coming about in a
 * passive by the party it is put to ("the association cannot be set up, Kurti said"); and a refusal to meet
 * another party's demand ("Washington's unwillingness to meet Tehran's demand to …", "not ready to satisfy
 * Iran's demand …": "meet … demand" accepts it, as "accept" does, and the refusal before it turns it).
 * Traps: the attitude negated, hypothetical, another party's, or bearing on something else in the
 * sentence. Sentences written for these tests, read with the grain, Afghanistan, Kosovo, Iran and Gaza
 * ontologies.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');
const doha = evalOntology('afghanistan-doha-2020.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const K = '2023-05-01';
const SA = 'serb-association';

const dangerCases: ReadingCase[] = [
  {
    name: '"setting up the association is the biggest danger": a danger named, rejects',
    text: 'The Kosovo foreign minister said setting up the Association of Serb-majority Municipalities was the biggest danger to the state.',
    published: K,
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'biggest danger' }],
  },
  {
    name: 'trap: the danger is something else ("the greatest danger is that the dialogue collapses")',
    text: 'Kurti said the greatest danger was that the dialogue would collapse, and that Belgrade still wants the association.',
    published: K,
    expect: [],
    none: [['kosovo', SA]],
  },
];

const wreckingCases: ReadingCase[] = [
  {
    name: '"vowed to thwart any lifting of sanctions": a vow to wreck the demand rejects it (not the vow\'s support)',
    text: 'Israel vowed to thwart any lifting of sanctions on Iran.',
    published: '2022-05-01',
    expect: [{ party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'thwart' }],
  },
  {
    name: '"is trying to derail the extension", told by the other side: the subject\'s move, rejects',
    text: 'Kyiv said Moscow was trying to derail the extension of the grain deal.',
    published: K,
    expect: [{ party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'derail' }],
  },
  {
    name: 'trap: "did not try to torpedo …": the move denied, no rejection (open, as "did not oppose" reads)',
    text: 'Moscow did not try to torpedo the extension of the grain deal, the Turkish mediators said.',
    published: K,
    expect: [{ party: 'russia', demand: 'deal-extension', stance: 'open', quote: 'torpedo' }],
  },
  {
    name: 'trap: the wrecking falls on something else ("foiled a plot", the demand after)',
    text: 'Turkish police foiled a plot against the ships, and Ankara still wants the extension of the grain deal.',
    published: K,
    expect: [{ party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'wants' }],
  },
];

const threatCases: ReadingCase[] = [
  {
    name: '"warned it would quit the accord unless the sanctions on its exports are lifted": the threat wants the lifting',
    text: 'Moscow agreed to a two-month extension but warned it would quit the accord unless the sanctions on its fertilizer exports are lifted.',
    published: K,
    expect: [{ party: 'russia', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'unless' }],
  },
  {
    name: '"will resume attacks unless all American forces leave": a hostile step threatened, supports',
    text: 'The Taliban will resume attacks on foreign troops unless all American forces leave Afghanistan.',
    published: '2021-04-01',
    expect: [{ party: 'taliban', demand: 'troop-withdrawal', stance: 'supports', quote: 'unless' }],
  },
  {
    name: 'trap: the step denied ("will not attack … unless"): nothing from the threat',
    text: 'The Taliban will not attack foreign troops unless they are attacked first.',
    published: '2021-04-01',
    expect: [],
    none: [['taliban', 'troop-withdrawal']],
  },
  {
    name: 'trap: the sanctions kept, not lifted, after "unless" ("unless the sanctions are tightened"): no support',
    text: 'Moscow warned it would quit the accord unless the sanctions on its fertilizer exports are tightened.',
    published: K,
    expect: [],
    none: [['russia', 'export-restrictions-lifted']],
  },
  {
    name: 'trap: a step threatened if the other side refuses the truce: no support for the permanent end',
    text: 'Israel said it would resume the offensive if Hamas refused the truce.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
  },
  {
    name: "trap: an analyst's forecast of the step, no party threatening",
    text: 'Analysts expect fighting will resume unless foreign forces leave Afghanistan.',
    published: '2021-04-01',
    expect: [],
    none: [['taliban', 'troop-withdrawal']],
  },
];

const deniedComingCases: ReadingCase[] = [
  {
    name: '"Kurti said the association cannot be set up": the addressee denies it coming about, rejects',
    text: 'Kurti said the Association of Serb-majority Municipalities cannot be set up.',
    published: K,
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'cannot be set up' }],
  },
  {
    name: '"… will never be formed, because it goes against the state": a refusing cue after it agrees',
    text: 'Kurti said the Association of Serb-majority Municipalities will never be formed because it goes against the constitution.',
    published: K,
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'will never be formed' }],
  },
  {
    name: 'trap: waiting on a condition ("cannot be set up until …"): no refusal read',
    text: 'Kurti said the Association of Serb-majority Municipalities cannot be set up until Serbia recognises Kosovo.',
    published: K,
    expect: [],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: the proposer saying it (a complaint of delay), not a refusal: its own demand named, as before',
    text: 'Vucic said the Association of Serb-majority Municipalities will not be set up this year.',
    published: K,
    expect: [{ party: 'serbia', demand: SA, stance: 'supports', quote: 'will not be set up' }],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: in a condition ("if the association cannot be set up, …"): no refusal',
    text: 'Kurti said that if the Association of Serb-majority Municipalities cannot be set up, the talks would go on.',
    published: K,
    expect: [],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: the writer tells it, no party speaking',
    text: 'The Association of Serb-majority Municipalities will not be set up this year.',
    published: K,
    expect: [],
    none: [['kosovo', SA]],
  },
];

const meetingCases: ReadingCase[] = [
  {
    name: '"Washington\'s unwillingness to meet Tehran\'s demand to …": the owner of the unwillingness rejects',
    text: "Washington's unwillingness to meet Tehran's demand to take the Revolutionary Guards off the terrorist list has stalled the talks.",
    published: '2022-05-01',
    expect: [
      { party: 'united-states', demand: 'irgc-delisting', stance: 'rejects', quote: 'unwillingness' },
      { party: 'iran', demand: 'irgc-delisting', stance: 'supports', quote: "Tehran's demand" },
    ],
  },
  {
    name: '"not ready to satisfy Iran\'s demand …": a refusal, rejects',
    text: "The US says it is not ready to satisfy Iran's demand to take the Revolutionary Guards off the terrorist list.",
    published: '2022-05-01',
    expect: [{ party: 'united-states', demand: 'irgc-delisting', stance: 'rejects', quote: 'satisfy' }],
  },
  {
    name: 'trap: another party saying Washington must meet its demand: nothing for Washington',
    text: 'Tehran said Washington must meet its demand to take the Revolutionary Guards off the terrorist list.',
    published: '2022-05-01',
    expect: [{ party: 'iran', demand: 'irgc-delisting', stance: 'supports', quote: 'its demand' }],
    none: [['united-states', 'irgc-delisting']],
  },
  {
    name: 'trap: "met the Iranian demand … with a flat no": meeting it with an answer, no acceptance',
    text: 'Washington met the Iranian demand to take the Revolutionary Guards off the terrorist list with a flat no.',
    published: '2022-05-01',
    expect: [],
    none: [['united-states', 'irgc-delisting']],
  },
  {
    name: 'trap: "met with Iranian officials to hear their demand": a meeting, no acceptance',
    text: 'US envoys met with Iranian officials to hear their demand to take the Revolutionary Guards off the terrorist list.',
    published: '2022-05-01',
    expect: [],
    none: [['united-states', 'irgc-delisting']],
  },
];

describe('unread attitudes: meeting a demand', () => {
  for (const c of meetingCases) it(c.name, () => checkReading(c, iran));
});
describe('unread attitudes: a danger named', () => {
  for (const c of dangerCases) it(c.name, () => checkReading(c, kosovo));
});
describe('unread attitudes: wrecking the demand', () => {
  for (const c of wreckingCases) it(c.name, () => checkReading(c, c.text.includes('Iran') ? iran : grain));
});
describe('unread attitudes: a threat unless the demand is met', () => {
  for (const c of threatCases)
    it(c.name, () =>
      checkReading(c, c.text.includes('Israel') ? gaza : c.text.includes('Moscow') ? grain : doha),
    );
});
describe('unread attitudes: the demand denied its coming about', () => {
  for (const c of deniedComingCases) it(c.name, () => checkReading(c, kosovo));
});

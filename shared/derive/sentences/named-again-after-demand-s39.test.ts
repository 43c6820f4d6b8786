/**
 * A party whose name ends a demand's words, named again right after them by its place or a second name
 * ("talks with the Afghan government in Kabul", "sanctions against North Korea (the DPRK)"): the second
 * naming is still the one the words act on, so it makes that party no holder of the demand, neither as
 * the sentence's named proposer nor through the document's stated demand when another proposer is the
 * one pressing for it. Traps: the party named outside the words as the one speaking or wanting ("…, and
 * Kabul has said it is ready", "Kabul wants the Taliban to sit down with the Afghan government (its
 * negotiating team)", "The Afghan government in Kabul wants …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-10-01';
const TALKS = 'intra-afghan-talks';
const SR = 'sanctions-relief';

const afghanCases: ReadingCase[] = [
  {
    name: '"persuade the Taliban to sit down with the Afghan government in Kabul": the envoy\'s side only',
    text: 'US envoy Zalmay Khalilzad will try to persuade the Taliban to sit down directly with the Afghan government in Kabul.',
    published,
    expect: [{ party: 'united-states', demand: TALKS, stance: 'supports', quote: 'persuade the Taliban' }],
    none: [['afghan-government', TALKS]],
  },
  {
    name: '"wants the Taliban to negotiate directly with the Afghan government in Kabul": Kabul holds nothing',
    text: 'The American envoy wants the Taliban to negotiate directly with the Afghan government in Kabul.',
    published,
    expect: [{ party: 'united-states', demand: TALKS, stance: 'supports', quote: 'negotiate directly' }],
    none: [['afghan-government', TALKS]],
  },
  {
    name: '"talks with Kabul (the Afghan government)": the second name in brackets is no proposer',
    text: 'Washington wants the Taliban to hold talks with Kabul (the Afghan government).',
    published,
    expect: [{ party: 'united-states', demand: TALKS, stance: 'supports', quote: 'talks with Kabul' }],
    none: [['afghan-government', TALKS]],
  },
  {
    name: 'trap: "…, and Kabul has said it is ready": named outside the words, it still holds the talks',
    text: 'Khalilzad wants the Taliban to hold talks with the Afghan government, and Kabul has said it is ready.',
    published,
    expect: [
      { party: 'united-states', demand: TALKS, stance: 'supports', quote: 'Khalilzad wants' },
      { party: 'afghan-government', demand: TALKS, stance: 'supports', quote: 'Kabul has said' },
    ],
  },
  {
    name: 'trap: "Kabul wants the Taliban to sit down with the Afghan government (its negotiating team)": the subject holds it',
    text: 'Kabul wants the Taliban to sit down with the Afghan government (its negotiating team) this month.',
    published,
    expect: [{ party: 'afghan-government', demand: TALKS, stance: 'supports', quote: 'Kabul wants' }],
  },
  {
    name: 'trap: "The Afghan government in Kabul wants intra-Afghan talks": a subject with its place holds it',
    text: 'The Afghan government in Kabul wants intra-Afghan talks to start at once.',
    published,
    expect: [{ party: 'afghan-government', demand: TALKS, stance: 'supports', quote: 'wants' }],
  },
];

const dprkCases: ReadingCase[] = [
  {
    name: '"a report on the sanctions against North Korea (the DPRK)": the DPRK asks for no relief here',
    text: 'As the Council met, the American and Russian delegates traded charges over a report on the sanctions against North Korea (the DPRK).',
    published: '2018-10-01',
    expect: [],
    none: [['north-korea', SR]],
  },
  {
    name: '"said the sanctions against North Korea (the DPRK) should be eased": a third party\'s view, not the DPRK\'s',
    text: 'The Chinese envoy said the sanctions against North Korea (the DPRK) should be eased soon.',
    published: '2018-10-01',
    expect: [],
    none: [['north-korea', SR]],
  },
];

describe('a party named again right after the demand words that end on its name holds nothing', () => {
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghanistan));
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
});

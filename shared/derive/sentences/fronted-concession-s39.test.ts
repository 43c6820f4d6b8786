/**
 * A clause of concession or contrast opening the sentence ("Though …,", "Although …,", "Even though …,",
 * "While …,") is a clause of its own: a party named on one side of its comma is not the named proposer of
 * a demand on the other side. Neither does the main clause's speaker take the concession's demand
 * ("Though the Taliban have ruled out a ceasefire, Ghani says …"), nor does the concession's subject
 * take the main clause's ("While Serbia has rejected …, Kurti said new elections … are possible").
 * (The document may still credit a proposer with a demand it states: "noneButStated".) Traps: each
 * clause's own subject keeps its own demand. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const CF = 'ceasefire';
const MR = 'mutual-recognition';
const NDE = 'north-de-escalation';

const afghanCases: ReadingCase[] = [
  {
    name: '"Though the Taliban have ruled out a ceasefire, Ghani says …": the Taliban reject it; Ghani is not named holding it',
    text: 'Though the Taliban have ruled out a ceasefire, Ghani says he will keep talking.',
    published: '2019-10-01',
    expect: [{ party: 'taliban', demand: CF, stance: 'rejects', quote: 'ruled out' }],
    noneButStated: [['afghan-government', CF]],
  },
  {
    name: 'trap: "Though the talks stalled, Washington still wants a ceasefire": the main clause holds its own demand',
    text: 'Though the talks stalled, Washington still wants a ceasefire.',
    published: '2019-10-01',
    expect: [{ party: 'united-states', demand: CF, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: "Even though Kabul wants a ceasefire, the Taliban said …": the concession holds its own demand',
    text: 'Even though Kabul wants a ceasefire, the Taliban said they would fight on.',
    published: '2019-10-01',
    expect: [{ party: 'afghan-government', demand: CF, stance: 'supports', quote: 'wants' }],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: '"While Serbia has rejected any recognition of Kosovo, Kurti said new elections … are possible": Serbia holds no elections demand, Kurti no recognition',
    text: 'While Serbia has rejected any recognition of Kosovo, Kurti said new elections in the north are possible.',
    published: '2023-10-01',
    expect: [{ party: 'serbia', demand: MR, stance: 'rejects', quote: 'rejected' }],
    noneButStated: [
      ['serbia', NDE],
      ['kosovo', MR],
    ],
  },
  {
    name: '"Although the EU has criticised Pristina sharply, the Serb List says new elections … must come first": the EU is not named holding them',
    text: 'Although the EU has criticised Pristina sharply, the Serb List says new elections in the north must come first.',
    published: '2023-10-01',
    expect: [{ party: 'kosovo-serbs', demand: NDE, stance: 'supports', quote: 'must' }],
    noneButStated: [['eu', NDE]],
  },
  {
    name: 'trap: "Although Pristina wants mutual recognition, Vucic said …": the concession\'s subject keeps its demand',
    text: 'Although Pristina wants mutual recognition, Vucic said Belgrade would keep talking.',
    published: '2023-10-01',
    expect: [{ party: 'kosovo', demand: MR, stance: 'supports', quote: 'wants' }],
  },
];

describe('a fronted concession and the main clause lend each other no named proposer', () => {
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghanistan));
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
});

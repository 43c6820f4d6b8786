/**
 * A purpose set off by a comma after a wish or an urging ("China hopes the two sides will resume
 * talks, so as to set up a peace regime", "Beijing urged both sides to keep talking, so as to achieve
 * …"): ", so as to …" serves the clause before it, as ", in order to …" already did, so the one who
 * hopes or urges wishes the purpose too. The comma no longer cuts the purpose off into a clause with no
 * holder. Only after a verb of wishing or urging: after a refusal ("opposes new sanctions, so as to
 * ease the way to …") the purpose is the refuser's aim, and the comma still cuts; a plain "so" of
 * result, "called on" (a visit) and a purpose of keeping something away ("so as to avoid …") still
 * cut. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-07-02';
const EOW = 'end-of-war';
const DN = 'denuclearization';

const cases: ReadingCase[] = [
  {
    name: '"hopes the two sides will …, so as to set up a peace regime": the hoper supports the purpose',
    text: 'China hopes Washington and Pyongyang will return to the table, so as to set up a peace regime on the peninsula.',
    published,
    expect: [{ party: 'china', demand: EOW, stance: 'supports', quote: 'hopes' }],
  },
  {
    name: '"urged the two sides to keep talking, so as to achieve complete denuclearization": the urger supports it',
    text: 'Beijing urged the two sides to keep talking, so as to achieve the complete denuclearization of the peninsula.',
    published,
    expect: [{ party: 'china', demand: DN, stance: 'supports', quote: 'urged' }],
  },
  {
    name: 'a longer wish before the purpose, and a purpose of two items: the hoper supports the one named',
    text: 'Seoul hopes the summit will go ahead as planned and soon, so as to build trust and bring about a declaration ending the Korean War.',
    published,
    expect: [{ party: 'south-korea', demand: EOW, stance: 'supports', quote: 'hopes' }],
  },
  {
    name: 'the same wish without the comma reads as before: the hoper supports the purpose',
    text: 'China hopes Washington and Pyongyang will return to the table so as to set up a peace regime on the peninsula.',
    published,
    expect: [{ party: 'china', demand: EOW, stance: 'supports', quote: 'hopes' }],
  },
  {
    name: 'trap: a refusal before ", so as to": the purpose is the refuser\'s aim, not refused',
    text: 'China opposes new sanctions, so as to make complete denuclearization easier to reach.',
    published,
    expect: [],
    none: [['china', DN]],
  },
  {
    name: 'trap: a refusal to act before ", so as to avoid …": no stance on what is avoided from the comma',
    text: 'China has refused to host the meeting, so as to avoid any declaration ending the Korean War.',
    published,
    expect: [],
    none: [['china', EOW]],
  },
  {
    name: 'trap: a plain "so" of result after a wish still cuts: what may follow is no part of the hope',
    text: 'China hopes the talks will resume soon, so the North may yet agree to complete denuclearization.',
    published,
    expect: [],
    none: [['china', DN]],
  },
  {
    name: 'trap: "called on" as a visit is no urging: the purpose after its comma stays a clause apart',
    text: 'The Chinese envoy called on both Koreas, so as to hear their views on a declaration ending the Korean War.',
    published,
    expect: [],
    none: [['china', EOW]],
  },
  {
    name: '"called for" is asking: the purpose after its comma is the caller\'s too',
    text: 'Seoul called for an early summit, so as to reach a declaration ending the Korean War before the election.',
    published,
    expect: [{ party: 'south-korea', demand: EOW, stance: 'supports', quote: 'called for' }],
  },
];

describe('", so as to …" after a wish or an urging is the purpose the wisher holds', () => {
  for (const c of cases) it(c.name, () => checkReading(c, dprk));
});

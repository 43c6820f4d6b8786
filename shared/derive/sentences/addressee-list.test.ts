/**
 * A list of three or more parties a demand is made of ("demanded that the US, Britain and France agree
 * to …", "wants Washington, London and Paris to accept …", "urged Israel, Hamas, and Qatar to …"): the
 * asking party supports the demand and the listed parties are only named, as with two ("the US and
 * Britain"), with or without the serial comma. Traps: a list that is the subject of its own verb
 * ("The US, Britain, and France agreed to …", serial comma or not) still reads for all of them; a
 * clause opened by ", and" after a single name joins no subjects. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';

const russiaWest: ReadingCase[] = [
  {
    name: '"demanded that A, B and C agree to": the one demanding supports; the three are asked',
    text: 'Russia demanded that the US, Britain and France agree to limits on missile deployments.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Russia demanded that' }],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: 'the serial comma ("the US, Britain, and France agree to") changes nothing',
    text: 'Russia demanded that the US, Britain, and France agree to limits on missile deployments.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Russia demanded that' }],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: '"wants A, B and C to agree to" (capitals for the governments)',
    text: 'Moscow wants Washington, London and Paris to agree to a ban on deploying strike weapons near its borders.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Moscow wants' }],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: 'four addressees, serial comma: "wants the US, Britain, France, and Germany to agree to"',
    text: 'The Kremlin wants the US, Britain, France, and Germany to agree to limits on missile deployments.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'The Kremlin wants' }],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
      ['germany', MD],
    ],
  },
  {
    name: '"called on A, B and C to accept"',
    text: 'Russia called on the US, Britain and France to accept limits on missile deployments.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Russia called on' }],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: 'trap: "pressed A, B, and C to agree to" gives the three no stance',
    text: 'Russian diplomats pressed the US, Britain, and France to agree to limits on missile deployments.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: 'trap: the list as subject of its own verb ("The US, Britain and France rejected …") still reads',
    text: 'The US, Britain and France rejected limits on missile deployments in Europe.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'rejected limits on missile' },
      { party: 'uk', demand: MD, stance: 'rejects', quote: 'rejected limits on missile' },
      { party: 'france', demand: MD, stance: 'rejects', quote: 'rejected limits on missile' },
    ],
  },
  {
    name: 'trap: a list subject with the serial comma ("The US, Britain, and France agreed to discuss") reads open',
    text: 'The US, Britain, and France agreed to discuss limits on missile deployments.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'agreed to discuss' },
      { party: 'uk', demand: MD, stance: 'open', quote: 'agreed to discuss' },
      { party: 'france', demand: MD, stance: 'open', quote: 'agreed to discuss' },
    ],
  },
  {
    name: 'trap: ", and" opening a clause of its own after one name joins no subjects',
    text: 'The US rejected limits on missile deployments, and France agreed to discuss them.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'rejected limits' },
      { party: 'france', demand: MD, stance: 'open', quote: 'agreed to discuss' },
    ],
    none: [['uk', MD]],
  },
  {
    name: 'trap: the list in a relative clause on the addressees reads its own verb ("…, which rejected …")',
    text: 'Russia demanded that the US, Britain and France, which rejected limits on missile deployments, return to talks.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'which rejected limits' },
      { party: 'france', demand: MD, stance: 'rejects', quote: 'which rejected limits' },
    ],
  },
];

const gaza = evalOntology('gaza-ceasefire-2024.json');
const PC = 'permanent-ceasefire';
const gazaCases: ReadingCase[] = [
  {
    name: 'gaza: "urged Israel, Hamas and Qatar to accept": the mediator urging supports; the three are asked',
    text: 'Egypt urged Israel, Hamas and Qatar to accept a permanent ceasefire.',
    published: '2024-05-01',
    expect: [{ party: 'egypt', demand: PC, stance: 'supports', quote: 'Egypt urged' }],
    none: [
      ['israel', PC],
      ['qatar', PC],
    ],
  },
  {
    name: 'gaza: serial comma, "urged Israel, Hamas, and Qatar to accept"',
    text: 'Egypt urged Israel, Hamas, and Qatar to accept a permanent ceasefire.',
    published: '2024-05-01',
    expect: [{ party: 'egypt', demand: PC, stance: 'supports', quote: 'Egypt urged' }],
    none: [
      ['israel', PC],
      ['qatar', PC],
    ],
  },
  {
    name: 'gaza: the proposer "wants Israel, Egypt and the US to agree to" its own demand; they are only asked',
    text: 'Hamas wants Israel, Egypt and the US to agree to a permanent ceasefire.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas wants' }],
    none: [
      ['israel', PC],
      ['egypt', PC],
      ['united-states', PC],
    ],
  },
  {
    name: 'gaza trap: three parties agreeing themselves ("Israel, Egypt and the US agreed to") support',
    text: 'Israel, Egypt and the US agreed to a permanent ceasefire, officials said.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: PC, stance: 'supports', quote: 'agreed to a permanent ceasefire' },
      { party: 'egypt', demand: PC, stance: 'supports', quote: 'agreed to a permanent ceasefire' },
      { party: 'united-states', demand: PC, stance: 'supports', quote: 'agreed to a permanent ceasefire' },
    ],
  },
];

describe('a list of three or more addressees of a demand is not its subject', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});

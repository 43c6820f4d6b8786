/**
 * Two people of two parties in one sentence are two actors, each with its own party and office: a
 * person's name does not run on past a verb into another's title ("Amirabdollahian met Secretary of
 * State Blinken"), nor does a party before a verb lend itself to the office after it ("Tehran told
 * envoy …", "Moscow believes President …"). Lower-case modifiers between a party and its office still
 * join them ("the Polish trade minister", "the Russian negotiating team"). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const GU = 'us-guarantees';
const SL = 'sanctions-lifting';

const iran: ReadingCase[] = [
  {
    name: '"X told Secretary of State Y that …": the teller speaks for his own party',
    text: 'Iranian Foreign Minister Hossein Amirabdollahian told Secretary of State Antony Blinken that legal guarantees were essential.',
    expect: [
      {
        party: 'iran',
        demand: GU,
        stance: 'supports',
        quote: 'were essential',
        kind: 'speaker',
        voice: 'own',
      },
    ],
  },
  {
    name: '"the secretary of state said" after "X met Secretary of State Y": the secretary\'s party, not the one who met him',
    text: 'Hossein Amirabdollahian met Secretary of State Antony Blinken in Vienna. The secretary of state said legal guarantees were out of the question.',
    expect: [{ party: 'united-states', demand: GU, stance: 'rejects', quote: 'out of the question' }],
    noneButStated: [['iran', GU]],
  },
  {
    name: '"X, speaking with Y, said …": the subject speaks, not the one spoken with',
    text: 'Secretary of State Antony Blinken, speaking with Iranian Foreign Minister Hossein Amirabdollahian, said legal guarantees were out of the question.',
    expect: [{ party: 'united-states', demand: GU, stance: 'rejects', quote: 'out of the question' }],
    noneButStated: [['iran', GU]],
  },
  {
    name: '"Tehran told envoy Z that …" and later "Z said …": the envoy is not Tehran\'s',
    text: 'Tehran told envoy Mark Halloran that legal guarantees were essential. Halloran said sanctions relief was out of the question.',
    expect: [{ party: 'iran', demand: GU, stance: 'supports', quote: 'were essential', kind: 'speaker' }],
    noneButStated: [['iran', SL]],
  },
  {
    name: 'trap: "Iran accuses envoy Z of …": a verb in -s between a party and an office; Z is not Iran\'s',
    text: 'Iran accuses envoy Mark Halloran of stalling. Halloran said sanctions relief was out of the question.',
    expect: [],
    noneButStated: [['iran', SL]],
  },
  {
    name: 'trap: "Moscow believes Secretary of State Y wants …" is no Russian demand',
    text: 'Moscow believes Secretary of State Antony Blinken wants legal guarantees.',
    expect: [],
    none: [['russia', GU]],
  },
  {
    name: 'a modifier between party and office still joins them: "Iranian nuclear negotiator Z said …"',
    text: 'Iranian nuclear negotiator Reza Dastani said legal guarantees were essential.',
    expect: [{ party: 'iran', demand: GU, stance: 'supports', quote: 'were essential', kind: 'speaker' }],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: '"Secretary of State X told Foreign Minister Y that …": the secretary of state speaks',
    text: 'Secretary of State Antony Blinken told Foreign Minister Sergei Lavrov that halting NATO expansion was a non-starter.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' }],
    none: [['russia', NX]],
  },
  {
    name: '"Foreign Minister X told Secretary of State Y that …": the foreign minister speaks',
    text: 'Foreign Minister Sergei Lavrov told Secretary of State Antony Blinken that halting NATO expansion was essential.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'was essential', kind: 'speaker' }],
    none: [['united-states', NX]],
  },
  {
    name: '"Prime Minister X told parliament that …": "told" ends the name; the prime minister speaks',
    text: 'Prime Minister Kiril Petkov told parliament that halting NATO expansion was unacceptable.',
    expect: [{ party: 'bulgaria', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"Poland told envoy Z that …": the party speaks; the envoy is not its office',
    text: 'Poland told envoy Ivan Petrov that halting NATO expansion was unacceptable.',
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'unacceptable', kind: 'speaker' }],
  },
  {
    name: '"Britain\'s Minister for Europe X told Deputy Foreign Minister Y that …": the British minister speaks',
    text: "Britain's Minister for Europe James Holloway told Deputy Foreign Minister Sergei Ryabkov that halting NATO expansion was unacceptable.",
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
    none: [['russia', NX]],
  },
  {
    name: '"X and Y said …": two officials of two parties both speak',
    text: 'Blinken and Truss said halting NATO expansion was a non-starter.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'non-starter' },
    ],
  },
  {
    name: 'trap: "Kyiv believes President Y wants …" is no Ukrainian demand',
    text: 'Kyiv believes President Vladimir Putin wants a guarantee that NATO will stop expanding.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: "Ukraine spoke with Minister Y about …": the minister is not Ukraine\'s',
    text: 'Ukraine spoke with Minister Sergei Lavrov about halting NATO expansion, which it called a must.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'modifiers still join party and office: "the Polish trade minister", "the Russian negotiating team"',
    text: 'The Polish trade minister said halting NATO expansion was unacceptable. The Russian negotiating team said a halt to NATO expansion was essential.',
    expect: [
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'was essential' },
    ],
  },
  {
    name: 'a two-word modifier joins them too: "Kremlin foreign policy aide X said …"',
    text: 'Kremlin foreign policy aide Yuri Ushakov said halting NATO expansion was essential.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'was essential' }],
  },
];

const gaza: ReadingCase[] = [
  {
    name: '"Hamas told envoy Z that …": Hamas speaks, in its own words',
    text: 'Hamas told envoy William Burns that a permanent ceasefire was essential.',
    expect: [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'was essential',
        kind: 'speaker',
      },
    ],
  },
  {
    name: '"…," Israeli Prime Minister X told Secretary of State Y.: the teller speaks',
    text: '"A permanent ceasefire is a non-starter," Israeli Prime Minister Benjamin Netanyahu told Secretary of State Antony Blinken.',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'non-starter' }],
    none: [['united-states', 'permanent-ceasefire']],
  },
  {
    name: 'trap: "Egypt believes Prime Minister Y rejects …" is no Egyptian rejection',
    text: 'Egypt believes Prime Minister Benjamin Netanyahu rejects a permanent ceasefire.',
    expect: [],
    none: [['egypt', 'permanent-ceasefire']],
  },
];

const afghanistan: ReadingCase[] = [
  {
    name: '"Afghan President X told Secretary of State Y that …": the Afghan president speaks',
    text: 'Afghan President Ashraf Ghani told Secretary of State Mike Pompeo that a prisoner release was unacceptable.',
    expect: [
      { party: 'afghan-government', demand: 'prisoner-release', stance: 'rejects', quote: 'unacceptable' },
    ],
    none: [['united-states', 'prisoner-release']],
  },
  {
    name: '"Kabul told envoy Z that …": Kabul speaks; the Russian envoy does not',
    text: 'Kabul told envoy Zamir Kabulov that a ceasefire was essential.',
    expect: [
      {
        party: 'afghan-government',
        demand: 'ceasefire',
        stance: 'supports',
        quote: 'was essential',
        kind: 'speaker',
      },
    ],
    none: [['russia', 'ceasefire']],
  },
];

const dprk: ReadingCase[] = [
  {
    name: '"Pyongyang told envoy Z that …": Pyongyang speaks, in its own words',
    text: 'Pyongyang told envoy Stephen Biegun that sanctions relief was essential.',
    expect: [
      {
        party: 'north-korea',
        demand: 'sanctions-relief',
        stance: 'supports',
        quote: 'was essential',
        kind: 'speaker',
      },
    ],
  },
  {
    name: 'trap: "China believes Secretary of State Y rejects …" is no Chinese rejection',
    text: 'China believes Secretary of State Mike Pompeo rejects sanctions relief.',
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
];

describe('two officials of two parties in one sentence are two actors', () => {
  const iranOnt = evalOntology('iran-nuclear-2021.json');
  for (const c of iran) it(c.name, () => checkReading({ published: '2021-10-01', ...c }, iranOnt));
  for (const c of russiaWest)
    it(c.name, () => checkReading({ published: '2022-01-20', ...c }, seedOntology()));
  const gazaOnt = evalOntology('gaza-ceasefire-2024.json');
  for (const c of gaza) it(c.name, () => checkReading({ published: '2024-05-01', ...c }, gazaOnt));
  const afOnt = evalOntology('afghanistan-doha-2020.json');
  for (const c of afghanistan) it(c.name, () => checkReading({ published: '2020-03-01', ...c }, afOnt));
  const nkOnt = evalOntology('us-dprk-2018.json');
  for (const c of dprk) it(c.name, () => checkReading({ published: '2018-08-01', ...c }, nkOnt));
});

/**
 * Hostages said to "go free", be "set free" or "walk free" (eval ontology
 * gaza-ceasefire-2024), also with a place that is one of the demand's anchors between them ("the
 * captives in Gaza go free", "held in Gaza set free"); Israel's "military hold" or "military control" of
 * Gaza kept, the opposite of its withdrawal. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const HR = 'hostage-release';
const WD = 'israeli-withdrawal';
const at = '2024-06-01';

const cases: ReadingCase[] = [
  {
    name: 'hostages in Gaza who would go free under the lull a party holds out for: its demand',
    text: 'Israel is holding out only for a lull in the fighting that would let the captives in Gaza go free.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'captives in Gaza go free' }],
  },
  {
    name: 'captives held in Gaza a party wants to see set free',
    text: 'The prime minister said Israel wants to see every captive held in Gaza set free.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'wants to see' }],
  },
  {
    name: 'the hostages in Gaza set free, wanted',
    text: 'Israel wants the hostages in Gaza set free.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'the remaining hostages to go free, wanted',
    text: 'Israel wants the remaining hostages to go free.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'a deal under which hostages would walk free, welcomed',
    text: 'Biden welcomed the deal under which dozens of hostages would walk free.',
    expect: [{ party: 'united-states', demand: HR, stance: 'supports', quote: 'welcomed' }],
  },
  {
    name: 'trap: prisoners going free are not the hostages',
    text: 'Hamas said Palestinian prisoners would go free in exchange.',
    expect: [],
    none: [
      ['hamas', HR],
      ['israel', HR],
    ],
  },
  {
    name: 'trap: soldiers going home say nothing of the hostages',
    text: 'The soldiers went home after the ceasefire began, Israel said.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: 'trap: troops in Gaza going home on leave are not hostages',
    text: 'The troops in Gaza go home on leave next week, the army said.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: 'trap: hostages held in Gaza who "set" the agenda are not set free',
    text: 'The hostages held in Gaza set the agenda for the talks, Qatar said.',
    expect: [],
    none: [['qatar', HR]],
  },
  {
    name: 'military control of the Strip kept: the withdrawal refused',
    text: 'Netanyahu said Israel would keep military control of the Strip for the foreseeable future.',
    expect: [{ party: 'israel', demand: WD, stance: 'rejects', quote: 'would keep' }],
  },
  {
    name: 'an end to the military presence in Gaza demanded: the withdrawal backed',
    text: 'Hamas demanded an end to the Israeli military presence in Gaza.',
    expect: [{ party: 'hamas', demand: WD, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: 'any military presence in Gaza rejected: the withdrawal backed',
    text: 'Egypt said it rejects any Israeli military presence in Gaza along its border.',
    expect: [{ party: 'egypt', demand: WD, stance: 'supports', quote: 'rejects' }],
  },
  {
    name: "trap: a military hold tightened, told by a report, is no party's stance",
    text: 'The army has tightened its military hold on northern Gaza, the report said.',
    expect: [],
    none: [['israel', WD]],
  },
];

describe('hostages said to go free, be set free or walk free', () => {
  for (const c of cases) it(c.name, () => checkReading({ published: at, ...c }, gaza));
});

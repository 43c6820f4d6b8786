/**
 * A verb of wanting or urging whose object is to do what follows "to" (eval ontologies
 * gaza-ceasefire-2024, afghanistan-doha-2020): "Israel wants the hostages to come home", "Hamas wants
 * the troops to leave Gaza". The words after "to" are a restriction the frame reads only after a
 * subject; the object of the wanting verb is that subject, whoever owns it, so what it is to do is the
 * demand the verb's subject wants. Not the subject's own wish ("the hostages want to come home"), nor a
 * proposer's own fighters. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const HR = 'hostage-release';
const WD = 'israeli-withdrawal';

const cases: ReadingCase[] = [
  {
    name: 'the hostages, object of "wants", to come home: the demand wanted',
    text: 'Israel wants the hostages to come home.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'every hostage to come home, wanted',
    text: 'The prime minister said Israel wants every hostage to come home.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'the troops, object of "wants", to leave Gaza: the withdrawal wanted',
    text: 'Hamas wants the troops to leave Gaza before any talks.',
    expect: [{ party: 'hamas', demand: WD, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: the hostages wanting to come home themselves are no party',
    text: 'The hostages want to come home, their families said.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: "trap: the proposer's own fighters wanted out of Gaza are not Israel's troops",
    text: 'Hamas wants its fighters to leave Gaza.',
    expect: [],
    none: [['hamas', WD]],
  },
  {
    name: 'trap: not wanting the hostages home in coffins is no refusal of their release',
    text: 'Israel does not want the hostages to come home in coffins.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: 'trap: soldiers urged to leave a border area are no withdrawal from Gaza',
    text: 'Israel urged the soldiers to leave the border area.',
    expect: [],
    none: [
      ['israel', WD],
      ['hamas', WD],
    ],
  },
  {
    name: 'trap: hostages who came home, told as news, are no stance',
    text: 'The hostages came home on Sunday.',
    expect: [],
    none: [['israel', HR]],
  },
];

describe('a verb of wanting whose object is to do what follows "to"', () => {
  for (const c of cases) it(c.name, () => checkReading({ published: '2024-06-24', ...c }, gaza));
});

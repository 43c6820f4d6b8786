/**
 * A threat made before "unless" with the demand itself after it ("warned there would be hell to pay
 * unless the hostages are freed", "would take countermeasures unless NATO stops expanding"): whoever
 * threatens wants the demand, whichever side put it forward, now (no conditional acceptance). So does
 * a denied "if" ("would quit the deal if the bank is not reconnected to SWIFT"). Not a
 * threat denied, not the demand under a verb of its own ("unless Russia withdraws its demand for …"),
 * not a threat by someone who is no party. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const grain = evalOntology('grain-deal-2022.json');
const SW = 'swift-reconnection';
const PC = 'permanent-ceasefire';
const HR = 'hostage-release';
const NE = 'non-expansion';

const gazaCases: ReadingCase[] = [
  {
    name: 'hell to pay unless the hostages are freed: the one warning wants their release',
    text: 'Trump warned there would be hell to pay unless the hostages are freed by January 20.',
    expect: [{ party: 'united-states', demand: HR, stance: 'supports', quote: 'warned' }],
  },
  {
    name: 'severe consequences threatened unless the hostages are released: wanted, not refused',
    text: 'Trump threatened severe consequences unless the hostages were released before he took office.',
    expect: [{ party: 'united-states', demand: HR, stance: 'supports', quote: 'threatened' }],
  },
  {
    name: 'a warning to a party that the army would press on unless every hostage is released',
    text: 'Netanyahu warned Hamas that the army would press on unless every hostage is released.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'warned' }],
  },
  {
    name: 'trap: a release denied unless the war ends is no threat for the release',
    text: 'Hamas said the hostages will not be released unless Israel ends the war.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: 'trap: talks said to collapse unless hostages are freed, a mediator warning after: no threat by a party opening it',
    text: 'The talks would collapse unless the hostages are freed, Qatar warned.',
    expect: [],
    none: [['qatar', HR]],
  },
];

// "if … not …": a denied condition is an "unless".
const deniedIfGazaCases: ReadingCase[] = [
  {
    name: 'a threat if the hostages are not released by a date: their release wanted',
    text: 'Israel threatened to widen the offensive if the hostages are not released by Friday.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'threatened' }],
  },
  {
    name: 'a threat to break off the talks if the other side does not end the war: the end wanted',
    text: 'Hamas threatened to stop all talks if Israel does not end the war.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'threatened' }],
  },
  {
    name: 'trap: "even if" the hostages are not released, under a denied threat: no reading for it',
    text: 'Israel warned it would not stop even if the hostages are not released.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: 'trap: the denial falls on another act before the demand words: no threat for the release',
    text: 'Israel threatened to widen the offensive if Hamas does not present a list of hostages to be released.',
    expect: [],
    none: [['israel', HR]],
  },
];

const deniedIfGrainCases: ReadingCase[] = [
  {
    name: 'a warning to quit the deal if the bank is not reconnected to SWIFT: the reconnection wanted',
    text: 'Moscow has warned that it will quit the Black Sea grain deal if Rosselkhozbank is not reconnected to SWIFT.',
    expect: [{ party: 'russia', demand: SW, stance: 'supports', quote: 'warned' }],
  },
  {
    name: 'trap: analysts warning the corridor could collapse if the bank is not reconnected: no party threatens',
    text: 'Analysts warned the grain corridor could collapse if Rosselkhozbank is not reconnected to SWIFT.',
    expect: [],
    none: [['russia', SW]],
  },
];

const russiaCases: ReadingCase[] = [
  {
    name: 'countermeasures unless NATO stops expanding: the halt wanted',
    text: 'Lavrov warned that Moscow would take countermeasures unless NATO stops expanding eastward.',
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'warned' }],
  },
  {
    name: 'trap: sanctions threatened unless Moscow stops insisting on the halt: the threatener does not want it',
    text: 'Biden threatened sanctions unless Moscow stops insisting on an end to NATO enlargement.',
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a warning by an analyst is no party threatening',
    text: 'The analyst warned the talks would fail unless NATO offers guarantees on non-expansion.',
    expect: [],
    none: [['nato', NE]],
  },
];

describe('a threat made unless the demand is met', () => {
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-12-05', ...c }, gaza));
  for (const c of deniedIfGazaCases) it(c.name, () => checkReading({ published: '2024-05-06', ...c }, gaza));
  for (const c of deniedIfGrainCases)
    it(c.name, () => checkReading({ published: '2023-05-26', ...c }, grain));
  for (const c of russiaCases) it(c.name, () => checkReading({ published: '2022-01-20', ...c }));
});

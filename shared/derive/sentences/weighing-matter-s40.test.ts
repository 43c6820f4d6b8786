/**
 * Construction: "weigh" with the demand itself as its object is its subject deliberating on it, as
 * "consider" and "mull" are ("Washington is weighing sanctions relief", "Britain weighs up a moratorium"):
 * open, and rejects when a party says another should not be weighing it (weighed-matter.ts). Traps: the
 * other senses of "weigh", marked by the word after it ("weighed in on", "weighs heavily on", "weighed
 * down", "weighed into", "weigh more with"); "weigh" as another's verb's complement ("urged Washington to
 * weigh …"); the demand's opposite weighed ("weighed growing eastward"), a response readied for it
 * ("countermeasures in the event of …"), and another party's proposal weighed ("weighing the American
 * proposal for …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';
const SR = 'sanctions-relief';

const russiaWest: ReadingCase[] = [
  {
    name: '"The White House weighs limits on …": the United States is open',
    text: 'The White House weighs limits on missile deployments in Europe as talks with Moscow near.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'weighs' }],
    none: [['russia', MD]],
  },
  {
    name: '"is weighing up a moratorium on …" (British "weigh up") is open',
    text: 'Britain is weighing up a moratorium on missile deployments, a government source said.',
    published,
    expect: [{ party: 'uk', demand: MD, stance: 'open', quote: 'weighing' }],
  },
  {
    name: 'trap: "weighed into the row over …" joins a quarrel, no deliberation',
    text: 'The White House weighed into the row over missile deployments in Europe on Tuesday.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "other aims weigh more with Moscow" is mattering: the listed aim is asked for, not weighed',
    text: 'A Russian diplomat said other aims weigh more with Moscow: a halt to missile deployments in Europe first of all.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'a halt to missile deployments' }],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "urged Washington to weigh limits on …" is Germany\'s push, not US deliberation',
    text: 'Germany urged Washington to weigh limits on missile deployments in Europe.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "weighed growing eastward" weighs the opposite of a halt to enlargement',
    text: 'When the alliance weighed growing eastward in the 1990s, both camps made strong cases.',
    published,
    expect: [],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'trap: "weighing countermeasures in the event of the deployment of missiles" is no openness',
    text: 'Warsaw is weighing countermeasures in the event of the deployment of missiles in Belarus.',
    published,
    expect: [],
    none: [['poland', MD]],
  },
  {
    name: 'trap: "weighing the American proposal for limits on …": the proposal\'s owner holds it, not Moscow',
    text: 'Moscow is weighing the American proposal for limits on missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'American proposal' }],
    none: [['russia', MD]],
  },
];

const dprk = evalOntology('us-dprk-2018.json');

const dprkCases: ReadingCase[] = [
  {
    name: '"Washington is weighing sanctions relief": open',
    text: 'Washington is weighing sanctions relief for Pyongyang ahead of a second summit, officials said.',
    published: '2019-01-20',
    expect: [{ party: 'united-states', demand: SR, stance: 'open', quote: 'weighing' }],
  },
  {
    name: '"should not be weighing sanctions relief" said by a US official: rejects',
    text: 'A State Department official said the Security Council should not be weighing sanctions relief for the North.',
    published: '2019-12-16',
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'should' }],
  },
  {
    name: 'trap: "Seoul has urged the Americans to weigh sanctions relief": Seoul asks for it',
    text: 'Seoul has urged the Americans to weigh sanctions relief for Pyongyang.',
    published: '2019-01-10',
    expect: [{ party: 'south-korea', demand: SR, stance: 'supports', quote: 'urged' }],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "weighed in on the debate over sanctions relief" gives a view, not openness',
    text: 'Washington weighed in on the debate over sanctions relief for the North.',
    published: '2019-12-16',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "weighs heavily on" is a burden, not deliberation',
    text: 'The question of sanctions relief weighs heavily on Washington before the summit.',
    published: '2019-12-16',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "weighed down" the summit',
    text: 'Talk of sanctions relief weighed down the summit, Washington said.',
    published: '2019-12-16',
    expect: [],
    none: [['united-states', SR]],
  },
];

describe('"weigh" with the demand as its object is openness; its other senses and objects are not', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
});

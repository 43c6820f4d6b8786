/**
 * Words that look like a proposer's demand but are not its position: another party's forecast of what
 * meeting the demand would bring ("Lifting sanctions … will bankroll its militias", "it would … pull the
 * army out"), the proposer bearing what its demand would remove ("can ride out US sanctions"), a duty the
 * proposer owes ("Iran's safeguards obligations"), the proposer's own weapons ("where it places its own
 * weapons"), hostilities that "left" land under occupation, and a cue whose object is something else
 * before "what X called …", and a party the demand is put to denying it does so ("There are no American
 * missiles there") where the text names no demands of the proposer's. Each with cases where the demand is still read. Sentences written for these
 * tests, read with the ontologies of eval/ and the shipped one.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const armenia = evalOntology('armenia-azerbaijan-2025.json');

const iranCases: ReadingCase[] = [
  {
    name: 'trap: a third party’s forecast of what lifting sanctions would bring is no statement of Iran’s demand',
    text: 'Bennett spoke in Paris on Monday. He said: "Removing the sanctions and pouring billions of dollars into Iran will bankroll its militias across the region."',
    published: '2022-09-10',
    expect: [],
    none: [['iran', 'sanctions-lifting']],
  },
  {
    name: 'the proposer’s own forecast still holds its demand ("Lifting the sanctions will open the way …", Iran speaking)',
    text: '"Lifting the sanctions will open the way to a lasting deal," the Iranian foreign minister Amirabdollahian said.',
    published: '2022-09-10',
    expect: [
      { party: 'iran', demand: 'sanctions-lifting', stance: 'supports', quote: 'Lifting the sanctions' },
    ],
  },
  {
    name: 'trap: the proposer weathering sanctions ("can weather the Western sanctions") calls for no relief',
    text: 'Tehran says it can weather the Western sanctions for years.',
    published: '2022-09-10',
    expect: [],
    none: [['iran', 'sanctions-lifting']],
  },
  {
    name: 'trap: "believe they can ride out US sanctions" is the same',
    text: "Iran's leaders believe they can ride out US sanctions, the report says.",
    published: '2022-09-10',
    expect: [],
    none: [['iran', 'sanctions-lifting']],
  },
  {
    name: 'relief wanted from sanctions ridden out is still wanted',
    text: 'Iran wants relief from the US sanctions it has had to ride out.',
    published: '2022-09-10',
    expect: [{ party: 'iran', demand: 'sanctions-lifting', stance: 'supports', quote: 'wants relief' }],
  },
  {
    name: 'trap: "Iran’s compliance with its safeguards obligations": a duty Iran owes, no grievance of Iran’s',
    text: "Inspectors check Iran's compliance with its safeguards obligations.",
    published: '2022-09-10',
    expect: [],
    none: [['iran', 'iaea-probe-closure']],
  },
  {
    name: 'Iran asking for the probe to be closed is still read',
    text: 'Iran says the safeguards probe must be closed before the deal is restored.',
    published: '2022-09-10',
    expect: [{ party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'must be closed' }],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: 'trap: a minister of the side asked to withdraw, telling what the deal "would" do, states no demand of Hamas',
    text: 'Smotrich, the Israeli finance minister, called the emerging deal a disgrace: it would release hundreds of convicts, pull the army out of the corridor and leave Hamas in power.',
    published: '2025-01-14',
    expect: [],
    none: [['hamas', 'israeli-withdrawal']],
  },
  {
    name: 'Hamas insisting the deal pull the army out is read',
    text: 'Hamas insists that any deal pull the army out of Gaza.',
    published: '2025-01-14',
    expect: [{ party: 'hamas', demand: 'israeli-withdrawal', stance: 'supports', quote: 'insists' }],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: 'trap: "alarmed at the unrest in what it called …": the cue’s object is the unrest; the name is the namer’s own term',
    text: "Moscow said it was alarmed at the new unrest in what it called Serbia's autonomous province.",
    published: '2023-07-08',
    expect: [{ party: 'russia', demand: 'mutual-recognition', stance: 'rejects', quote: 'what it called' }],
  },
  {
    name: 'a cue right before "what X calls …" takes the thing so named as its object',
    text: "Russia rejected what Washington calls recognition of Kosovo's independence.",
    published: '2023-07-08',
    expect: [{ party: 'russia', demand: 'mutual-recognition', stance: 'rejects', quote: 'rejected' }],
  },
];

const armeniaCases: ReadingCase[] = [
  {
    name: 'trap: incursions that "left" land under occupation are no forces leaving, and tell what happened, not what Yerevan asked',
    text: "The mission was set up at Yerevan's request after repeated Azerbaijani incursions left large parts of Armenian territory under occupation.",
    published: '2024-09-05',
    expect: [],
    none: [['armenia', 'border-delimitation']],
  },
  {
    name: 'troops asked to leave are still read',
    text: 'Yerevan demands that Azerbaijani troops leave Armenian territory.',
    published: '2024-09-05',
    expect: [{ party: 'armenia', demand: 'border-delimitation', stance: 'supports', quote: 'demands' }],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: 'trap: where Russia places "its own weapons" is not the deployment its demand is about',
    text: 'Peskov replied that Russia has no plans to talk with anyone about where it places its own weapons.',
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'trap: the same, "no plans to discuss"',
    text: 'The spokesman replied that Russia had no plans to discuss with anybody where it places its own weapons in the exclave.',
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'trap: the US denying it keeps missiles there, in a text naming no Russian demands, states none of Russia’s',
    text: 'Biden spoke to the nation on Tuesday. "Moscow has nothing to fear from Washington or from the alliance. There are no American or NATO missiles in Ukraine, and we do not intend to put any there," Biden said.',
    published: '2022-02-15',
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'the same denial in a text naming Moscow’s proposals answers them: Russia’s demand, stated',
    text: 'Biden spoke to the nation on Tuesday. "Moscow has nothing to fear from Washington or from the alliance. There are no American or NATO missiles in Ukraine, and we do not intend to put any there," Biden said. Lavrov said Moscow\'s proposals on security guarantees had been answered in the negative.',
    published: '2022-02-15',
    expect: [
      {
        party: 'russia',
        demand: 'missile-deployment',
        stance: 'supports',
        quote: 'There are no American or NATO missiles',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: 'NATO’s "own weapons" in Russia’s demand are still read',
    text: "Russia insists that NATO must not place its own weapons near Russia's borders.",
    expect: [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'insists' }],
  },
];

describe('another party’s forecast and the proposer’s own things, Iran talks', () => {
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
describe('another party’s forecast, Gaza talks', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});
describe('a name in "what X called …", Kosovo talks', () => {
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
});
describe('hostilities that leave land occupied, Armenia–Azerbaijan talks', () => {
  for (const c of armeniaCases) it(c.name, () => checkReading(c, armenia));
});
describe('the proposer’s own weapons, Russia–West', () => {
  for (const c of russiaWestCases) it(c.name, () => checkReading(c));
});

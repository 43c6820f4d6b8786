/**
 * "remain"/"stay" as a copula before a verdict on a party's demand: "Hamas's demand for a permanent
 * ceasefire remains unacceptable, Netanyahu said" is the speaker's refusal, as "… is unacceptable" is.
 * Traps: "remain" with no verdict after it ("remains unchanged", "remains on the agenda", "troops remain
 * in Poland despite …"), and a verdict given to another party ("remains unacceptable to Israel", said by
 * mediators: Israel's, not the mediators'). Sentences written for these tests, read with the Gaza and
 * Russia–West ontologies.
 * Also "remains open to talks on …": the cue "remains open" (a door kept open) gave way to the readiness
 * cue "open to talks" it overlapped; a door open to a country keeps "remains open".
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const PC = 'permanent-ceasefire';
const NE = 'non-expansion';
const G = '2024-05-01';
const R = '2022-01-20';

const gazaCases: ReadingCase[] = [
  {
    name: '"Hamas\'s demand for … remains unacceptable, Netanyahu said": the speaker\'s refusal, as with "is"',
    text: "Hamas's demand for a permanent ceasefire remains unacceptable, Netanyahu said.",
    published: G,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"Netanyahu said Hamas\'s demand … remained unacceptable": the past, the tag first',
    text: "Netanyahu said Hamas's demand for a permanent ceasefire remained unacceptable.",
    published: G,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"… stays off the table": "stay" as the copula',
    text: "Hamas's demand for a permanent ceasefire stays off the table, Netanyahu said.",
    published: G,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'off the table' }],
  },
  {
    name: 'trap: "… remains unchanged" is no verdict of the speaker',
    text: "Hamas's demand for a permanent ceasefire remains unchanged, Netanyahu said.",
    published: G,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "… remains central to the talks" is no verdict',
    text: "Hamas's demand for a permanent ceasefire remains central to the talks, Netanyahu said.",
    published: G,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "Israeli troops remain in Gaza despite Hamas\'s demand …": "remain" of troops, no verdict',
    text: "Israeli troops remain in Gaza despite Hamas's demand for a permanent ceasefire, Netanyahu said.",
    published: G,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "… remains unacceptable to Israel, the mediators said": Israel\'s verdict, not the mediators\'',
    text: "Hamas's demand for a permanent ceasefire remains unacceptable to Israel, the mediators said.",
    published: G,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'unacceptable' }],
    none: [
      ['qatar', PC],
      ['egypt', PC],
    ],
  },
  {
    name: '"Israel remains open to talks on a permanent ceasefire": readiness to negotiate, as "is open to talks"',
    text: 'Israel remains open to talks on a permanent ceasefire, Netanyahu said.',
    published: G,
    expect: [{ party: 'israel', demand: PC, stance: 'open', quote: 'open to talks' }],
  },
  {
    name: '"… remained open to discussing …": the same with a gerund',
    text: 'Netanyahu said Israel remained open to discussing a permanent ceasefire.',
    published: G,
    expect: [{ party: 'israel', demand: PC, stance: 'open', quote: 'open to discussing' }],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: '"Moscow\'s demand that NATO halt its expansion remains unacceptable, Stoltenberg said"',
    text: "Moscow's demand that NATO halt its expansion remains unacceptable, Stoltenberg said.",
    published: R,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"… remained a non-starter, Blinken said": a verdict noun after "remained"',
    text: "Russia's demand for a ban on Ukraine joining NATO remained a non-starter, Blinken said.",
    published: R,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'non-starter' }],
  },
  {
    name: 'trap: "… remains on the agenda, Stoltenberg said" is no refusal',
    text: "Russia's demand that NATO halt its expansion remains on the agenda, Stoltenberg said.",
    published: R,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "American troops remain in Poland despite Russia\'s demand …" is no verdict of the speaker',
    text: "American troops remain in Poland despite Russia's demand that NATO halt its expansion, Blinken said.",
    published: R,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "NATO\'s door remains open to Ukraine": the open door kept, no readiness to talk',
    text: "NATO's door remains open to Ukraine, Stoltenberg said.",
    published: R,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'remains open' }],
  },
];

describe('"remain"/"stay" before a verdict on a party\'s demand links it as "is" does', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of russiaWestCases) it(c.name, () => checkReading(c, seedOntology()));
});

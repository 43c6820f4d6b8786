/**
 * A reported clause whose own subject is an unnamed body ("Blinken said the government rejected …",
 * "… said the authorities had refused …", "… said the other side had demanded …"): the speaker reports
 * what that body holds and holds nothing of it (other-actor-subject.ts). Kept: the speaker's own party
 * named, its own government head (government-heads.ts), "the alliance" in the words of NATO's chief,
 * an obligation put on the body ("the government must …", the speaker's demand), a verdict with no
 * subject of its own ("… was unacceptable"), and a denial in the speaker's own words ("the government had
 * no right to …"). Eval ontologies gaza-ceasefire-2024, afghanistan-doha-2020, ni-protocol-2021 and the
 * shipped Russia–West one. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const afghanistan = evalOntology('afghanistan-doha-2020.json');
const ni = evalOntology('ni-protocol-2021.json');
const PC = 'permanent-ceasefire';
const PR = 'prisoner-release';
const FI = 'full-implementation';
const NX = 'non-expansion';

const gazaCases: ReadingCase[] = [
  {
    name: 'trap: "X said the government rejected …" is not X\'s refusal',
    text: 'Blinken said the government rejected a permanent ceasefire.',
    expect: [],
    none: [['united-states', PC]],
  },
  {
    name: 'trap: "the authorities had refused …" reported, not held',
    text: 'Blinken told reporters that the authorities had refused a permanent ceasefire.',
    expect: [],
    none: [['united-states', PC]],
  },
  {
    name: 'trap: "the other side" is not the speaker',
    text: 'Blinken said the other side had rejected a permanent ceasefire.',
    expect: [],
    none: [['united-states', PC]],
  },
  {
    name: "the speaker's own party named: its own position",
    text: 'Blinken said Washington supported a permanent ceasefire.',
    expect: [{ party: 'united-states', demand: PC, stance: 'supports', quote: 'supported' }],
  },
  {
    name: "another party named as the subject: that party's position",
    text: 'Blinken said the Israeli government rejected a permanent ceasefire.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'rejected' }],
    none: [['united-states', PC]],
  },
  {
    name: "an obligation put on the body is the speaker's demand",
    text: 'Blinken said the government must accept a permanent ceasefire.',
    expect: [{ party: 'united-states', demand: PC, stance: 'supports', quote: 'must accept' }],
  },
  {
    name: "a verdict with no subject of its own is the speaker's",
    text: 'Blinken said a permanent ceasefire was unacceptable.',
    expect: [{ party: 'united-states', demand: PC, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: "the speaker's own government head: its own position",
    text: 'Netanyahu said the government rejected a permanent ceasefire.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'rejected' }],
  },
];

const afghanCases: ReadingCase[] = [
  {
    name: "trap: another state's government, named before, refusing: not the speaker's refusal",
    text: 'Talks with the Afghan government stalled in March. Pompeo said the government had refused to release the prisoners.',
    expect: [],
    none: [['united-states', PR]],
  },
  {
    name: 'trap: "the authorities would free …" is no undertaking of the speaker',
    text: 'Talks with the Afghan government stalled in March. Pompeo said the authorities would free the prisoners.',
    expect: [],
    none: [['united-states', PR]],
  },
  {
    name: "the speaker's own government refusing is its own refusal",
    text: 'Talks with the Taliban stalled in March. Ghani said the government had refused to release the prisoners.',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'rejects', quote: 'refused to release' }],
  },
  {
    name: "an obligation put on the government is the speaker's demand",
    text: 'Talks with the Afghan government stalled in March. Pompeo said the government must release the prisoners.',
    expect: [{ party: 'united-states', demand: PR, stance: 'supports', quote: 'must' }],
  },
];

const niCases: ReadingCase[] = [
  {
    name: 'trap: "X said the government would trigger Article 16" tells the government\'s act',
    text: 'Mary Lou McDonald said the government would trigger Article 16.',
    expect: [],
    none: [['sinn-fein', FI]],
  },
  {
    name: 'trap: "the government was threatening to trigger …" past a verb of setting out',
    text: 'Mary Lou McDonald said the government was threatening to trigger Article 16.',
    expect: [],
    none: [['sinn-fein', FI]],
  },
  {
    name: "the speaker's own party named opposing the opposite: its support",
    text: 'Mary Lou McDonald said Sinn Féin opposed any move to trigger Article 16.',
    expect: [{ party: 'sinn-fein', demand: FI, stance: 'supports', quote: 'opposed' }],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: '"the alliance" in the words of NATO\'s chief is its own',
    text: 'Stoltenberg said the alliance would not close its door.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'would' }],
  },
  {
    name: 'trap: "the other side had demanded …" is not the speaker\'s demand',
    text: 'Stoltenberg said the other side had demanded an end to NATO enlargement.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "the regime had demanded …" is not the speaker\'s demand',
    text: 'Blinken said the regime had demanded an end to NATO enlargement.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'an obligation put on "the alliance" by Moscow\'s minister is Moscow\'s demand',
    text: 'Lavrov said the alliance must stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must' }],
  },
];

describe('unnamed body as the reported subject (gaza)', () => {
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-05-01', ...c }, gaza));
});
describe('unnamed body as the reported subject (afghanistan)', () => {
  for (const c of afghanCases) it(c.name, () => checkReading({ published: '2020-05-01', ...c }, afghanistan));
});
describe('unnamed body as the reported subject (ni)', () => {
  for (const c of niCases) it(c.name, () => checkReading({ published: '2021-10-01', ...c }, ni));
});
describe('unnamed body as the reported subject (Russia–West)', () => {
  for (const c of russiaWestCases) it(c.name, () => checkReading(c));
});

/**
 * "threat" judges something a threat ("sees the tariffs as a threat to its economy"): a refusal of it.
 * A threat the subject wields ("will use the threat of tariffs", "hold the threat of duties over …") is
 * its own instrument, held out: no judgment of anything, so the cue reads nothing of its own there.
 * Sentences written for these tests, read with the US–China trade ontology of eval/ and the shipped one.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-05-11';

const cases: ReadingCase[] = [
  {
    name: 'a threat used as leverage, with the lifting put off to a condition, is no refusal of the lifting (changed in session 29: "only when" is a condition, so the lifting offered is openness, where it was no reading)',
    text: 'Washington will use the threat of tariffs to make sure China does not renege, and will lift the duties on Chinese goods only when it complies.',
    published,
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'open', quote: 'only when' }],
  },
  {
    name: 'nor is a threat held over the other side until it complies',
    text: 'The US means to hold the threat of duties over Beijing until it complies, lifting the tariffs on Chinese goods step by step.',
    published,
    expect: [],
    none: [['united-states', 'tariff-removal']],
  },
  {
    name: 'trap: seeing the tariffs as a threat still refuses them',
    text: 'China sees the tariffs on Chinese goods as a threat to its economy.',
    published,
    expect: [{ party: 'china', demand: 'tariff-removal', stance: 'supports', quote: 'threat' }],
  },
  {
    name: 'trap: seeing the removal as a threat to its leverage still refuses the removal',
    text: 'The US sees the removal of tariffs on Chinese goods as a threat to its leverage.',
    published,
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'rejects', quote: 'threat' }],
  },
  {
    name: 'trap: warning of a threat is no wielding of it',
    text: 'Beijing warned that the tariffs on Chinese goods were a threat to global growth.',
    published,
    expect: [{ party: 'china', demand: 'tariff-removal', stance: 'supports', quote: 'threat' }],
  },
];

const shipped: ReadingCase[] = [
  {
    name: 'trap: the threat of expansion warned of is still refused',
    text: 'Russia warned of the threat of NATO expansion.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'threat' }],
  },
];

describe('a threat wielded is no judgment', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
  for (const c of shipped) it(c.name, () => checkReading(c));
});

/**
 * A measure's noun followed by a relative clause naming who imposed or placed it, then the restriction
 * read after the noun: "insisted that the sanctions Washington has placed on it be removed", "demanded
 * that the tariffs the US imposed be lifted", "the battalions that NATO stationed in Poland must be
 * pulled back". The clause (with or without "that"/"which", its subject a party or a pronoun, its verb one
 * of imposing, placing or sending, a short object phrase after it) sits between the subject and its
 * restriction; the reading looks past it as it does past "on Chinese goods".
 * Traps: a clause with a verb of another kind ("the sanctions Iran faces"); the measure's noun with the
 * clause and no restriction after it (the matter only); a clause whose subject is a possessive
 * ("Washington's allies"); a restriction past a comma that opens another clause. Sentences written for
 * these tests. The bare participle reads the same way ("the sanctions imposed on it by the UN be eased").
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const trade = evalOntology('us-china-trade-2019.json');
const SR = 'sanctions-relief';
const TR = 'tariff-removal';

const korea: ReadingCase[] = [
  {
    name: '"insisted that the sanctions Washington has placed on it be removed": the North asks for relief',
    text: 'The North insisted that the sanctions Washington has placed on it be removed.',
    published: '2019-03-01',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'placed on it be removed' }],
  },
  {
    name: 'the clause opened by "which", the party with its article: "which the US imposed"',
    text: 'Pyongyang demanded that the sanctions which the US imposed in 2017 be eased.',
    published: '2019-03-01',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'imposed in 2017 be eased' }],
  },
  {
    name: 'a pronoun subject and an adverb: "the sanctions it has already imposed on the country"',
    text: 'Kim Jong Un wants the sanctions it has already imposed on the country lifted.',
    published: '2019-04-12',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'Kim Jong Un wants' }],
  },
  {
    name: 'the bare participle with its agent: "the sanctions imposed on it by the UN since 2016 be eased"',
    text: 'The North insisted that the sanctions imposed on it by the UN since 2016 be eased.',
    published: '2019-03-01',
    expect: [
      { party: 'north-korea', demand: SR, stance: 'supports', quote: 'by the UN since 2016 be eased' },
    ],
  },
  {
    name: 'the bare participle after "wants": "wants the sanctions imposed on it lifted"',
    text: 'The North wants the sanctions imposed on it lifted.',
    published: '2019-03-01',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'imposed on it lifted' }],
  },
  {
    name: 'trap: the participle phrase with a verb of another kind after it ("were working") reads nothing',
    text: 'Pompeo said the sanctions imposed on the North were working.',
    published: '2019-03-01',
    expect: [],
    none: [
      ['united-states', SR],
      ['north-korea', SR],
    ],
  },
  {
    name: 'trap: a verb of another kind in the clause ("the sanctions Iran faces") is no imposer clause',
    text: 'North Korea said the sanctions the country faces would be discussed later.',
    published: '2019-03-01',
    expect: [],
    none: [['north-korea', SR]],
  },
  {
    name: 'trap: the clause with no restriction after it names the matter only',
    text: 'The sanctions the US imposed in 2017 hit the North Korean coal trade hardest.',
    published: '2019-03-01',
    expect: [],
    none: [
      ['north-korea', SR],
      ['united-states', SR],
    ],
  },
  {
    name: 'trap: a comma and a new clause come between the clause and a later restriction',
    text: 'Pompeo said the sanctions Washington imposed worked, and that talks could ease tensions.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
];

const china: ReadingCase[] = [
  {
    name: '"demanded that the tariffs the US imposed be lifted": China asks for their removal',
    text: 'Beijing demanded that the tariffs the US imposed on Chinese goods be lifted.',
    published: '2019-05-14',
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'Beijing demanded' }],
  },
  {
    name: 'a contact clause with "has put" and the removal asked in a quote',
    text: '"The duties Washington has put on Chinese exports must be removed," China said.',
    published: '2019-05-14',
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'must be removed' }],
  },
  {
    name: 'trap: the clause\'s subject is a possessive ("Washington\'s allies imposed"): no reading',
    text: "Beijing said the tariffs Washington's allies imposed be lifted.",
    published: '2019-05-14',
    expect: [],
    none: [['united-states', TR]],
  },
];

describe('a relative clause naming who imposed a measure, before its restriction', () => {
  for (const c of korea) it(c.name, () => checkReading(c, dprk));
  for (const c of china) it(c.name, () => checkReading(c, trade));
});

/**
 * Session 34 (precision): a class with its example as the object of a preventing verb.
 * - "stop groups like al-Qaeda from …", "bar groups such as ISIS from …", "deny militants including
 *   al-Qaeda a haven", "keep the likes of al-Qaeda from …": the example ("al-Qaeda") is what the verb
 *   prevents; "groups like" sits inside the verb's object and does not cut the restriction off from it,
 *   so the pledge is the demand, not its opposite (before, the bare name read as the opposite: a pledge
 *   about al-Qaeda with no restriction, so a rejection).
 * - "keep … from" is a restriction of the counterterrorism demand (Doha ontology), as "stop" and
 *   "prevent" are.
 * Traps: the same class phrase after a verb that does not prevent ("protect groups like …"), a refusal
 * to stop them, and the class with no restriction at all.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const doha = evalOntology('afghanistan-doha-2020.json');
const CT = 'counterterrorism-guarantees';
const D = '2020-03-01';

const cases: ReadingCase[] = [
  {
    name: 'pledged to stop groups like al-Qaeda from using Afghan territory: the pledge is the demand',
    text: 'The Taliban pledged to stop groups like al-Qaeda from using Afghan territory as a base against American targets.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'supports', quote: 'The Taliban pledged' }],
  },
  {
    name: 'vowed to bar groups such as al-Qaeda from plotting: the class with "such as"',
    text: 'The insurgent leadership vowed that the Taliban would bar groups such as al-Qaeda from plotting attacks abroad.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'supports', quote: 'vowed' }],
  },
  {
    name: 'promised to deny militants including al-Qaeda a haven: the class with "including"',
    text: 'The Taliban promised to deny militants including al-Qaeda any safe haven in the country.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'supports', quote: 'The Taliban promised' }],
  },
  {
    name: 'agreed to keep groups like al-Qaeda from plotting attacks: "keep … from" prevents',
    text: 'Under the deal the Taliban agreed to keep groups like al-Qaeda from plotting attacks on America.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'supports', quote: 'the Taliban agreed' }],
  },
  {
    name: 'agreed to keep al-Qaeda from plotting: "keep … from" with the bare name',
    text: 'The Taliban agreed to keep al-Qaeda from plotting attacks on the United States.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'supports', quote: 'The Taliban agreed' }],
  },
  {
    name: 'trap: pledged to protect groups like al-Qaeda (no preventing verb): the opposite, a rejection',
    text: 'The Taliban pledged to protect groups like al-Qaeda.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'rejects', quote: 'The Taliban pledged' }],
  },
  {
    name: 'trap: refused to stop groups like al-Qaeda: a refusal of the demand',
    text: 'The Taliban refused to stop groups like al-Qaeda from using Afghan soil.',
    published: D,
    expect: [{ party: 'taliban', demand: CT, stance: 'rejects', quote: 'The Taliban refused' }],
  },
  {
    name: 'trap: the class with no restriction, only reported ties: no Taliban stance',
    text: 'The Taliban has links to groups like al-Qaeda, the report said.',
    published: D,
    expect: [],
    none: [['taliban', CT]],
  },
  {
    name: 'trap: "kept al-Qaeda close, far from …" is no "keep … from" restriction',
    text: 'The Taliban kept al-Qaeda close, far from the eyes of the world, the report said.',
    published: D,
    expect: [],
    none: [['taliban', CT]],
  },
];

describe('a class with its example as the object of a preventing verb', () => {
  for (const c of cases) it(c.name, () => checkReading(c, doha));
});

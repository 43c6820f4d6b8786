/**
 * A bare pronoun pointing back at the demand the sentence before named, as the object of a verb that
 * frames a verdict ("considers it unrealistic", "regards this as unacceptable", "saw that as a
 * provocation", "found it a non-starter"): the verdict is the subject's refusal of that demand, as
 * "called it absurd" already is. Unlike "call" or "describe", these verbs judge only when the refusing
 * verdict follows the pronoun. Traps: the verb bare ("will consider it", "saw it coming"), a verdict
 * that is a placeholder for what follows ("considers it unacceptable that …", "finds it unrealistic to
 * …"), the noun "view" ("shares the view that a …"), and a verdict that is not a refusal ("considers it
 * a matter for NATO"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const ASKED = 'Moscow demanded a written promise that Ukraine would never join NATO. ';
const refused = (party: string, quote: string) => ({ party, demand: NE, stance: 'rejects' as const, quote });

const russiaWest: ReadingCase[] = [
  {
    name: '"Washington considers it unrealistic": the pronoun is the demand before, refused',
    text: `${ASKED}Washington considers it unrealistic.`,
    published,
    expect: [refused('united-states', 'Washington considers it unrealistic')],
  },
  {
    name: '"Berlin regards this as unacceptable": "as" opens the verdict',
    text: `${ASKED}Berlin regards this as unacceptable, the chancellor said.`,
    published,
    expect: [refused('germany', 'regards this as unacceptable')],
  },
  {
    name: '"Paris saw that as a provocation": an article and a noun verdict',
    text: `${ASKED}Paris saw that as a provocation.`,
    published,
    expect: [refused('france', 'Paris saw that as a provocation')],
  },
  {
    name: '"the Americans found it a non-starter": the hyphenated verdict',
    text: `${ASKED}The Americans found it a non-starter.`,
    published,
    expect: [refused('united-states', 'found it a non-starter')],
  },
  {
    name: '"London considers it to be wholly unreasonable": "to be" and an adverb before the verdict',
    text: `${ASKED}London considers it to be wholly unreasonable.`,
    published,
    expect: [refused('uk', 'considers it to be wholly unreasonable')],
  },
  {
    name: 'trap: "Washington will consider it" — no verdict follows',
    text: `${ASKED}Washington will consider it.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "Blinken saw it coming" — seeing, not judging',
    text: `${ASKED}Blinken saw it coming.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "considers it unacceptable that …" — "it" stands for the clause after the verdict',
    text: `${ASKED}Washington considers it unacceptable that Moscow massed troops on the border.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "finds it unrealistic to expect …" — "it" stands for the infinitive',
    text: `${ASKED}Washington finds it unrealistic to expect a quick deal.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "shares the view that a …" — "view" is a noun',
    text: `${ASKED}Blinken shares the view that a war would be absurd.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "considers it a matter for NATO" — no refusing verdict',
    text: `${ASKED}Washington considers it a matter for NATO.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

const iran = evalOntology('iran-nuclear-2021.json');
const SL = 'sanctions-lifting';

const iranCases: ReadingCase[] = [
  {
    name: 'iran: "Britain, France and Germany consider it unrealistic": the lifting asked before, refused',
    text: 'Tehran said Washington had to remove all the sanctions it had imposed. Britain, France and Germany consider it unrealistic.',
    published: '2021-11-09',
    expect: [{ party: 'e3', demand: SL, stance: 'rejects', quote: 'consider it unrealistic' }],
  },
  {
    name: 'iran trap: "The Europeans found it hard" — no refusing verdict',
    text: 'Tehran said Washington had to remove all the sanctions it had imposed. The Europeans found it hard to judge.',
    published: '2021-11-09',
    expect: [],
    none: [['e3', SL]],
  },
];

describe('a pronoun for the demand before, object of a verb framing a refusing verdict', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});

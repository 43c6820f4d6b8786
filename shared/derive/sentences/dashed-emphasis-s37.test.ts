/**
 * A negation stressed by an aside in dashes, as speakers do in quoted remarks: "we have no — none at all
 * — intention of …", "will not — I repeat, not — accept …", "will never — ever — give up …". The aside
 * only repeats the negation, so the negation reads on to its noun or verb as if the aside were not
 * there, and a repeated "not" inside it is no second negation. Traps: an aside in dashes that says
 * something of its own ("— as Moscow likes to claim —", "— whatever Moscow says —"), a stressed negation
 * of something other than a stance ("no — none at all — doubt that …"), and a stressed refusal whose
 * verb is no stance on the demand ("will not — I repeat, not — rush"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-15';
const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"no — none at all — intention of putting missiles" reads as "no intention of putting missiles"',
    text: '"We have no — none at all — intention of putting missiles in Ukraine," the US president said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'intention' }],
  },
  {
    name: '"will not — I repeat, not — accept" a halt: one negation, the speaker refuses',
    text: '"We will not — I repeat, not — accept any halt to NATO enlargement," Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'accept' }],
  },
  {
    name: '"will never — ever — give up its path to membership": the candidate refuses the halt',
    text: '"Ukraine will never — ever — give up its path to NATO membership," Kuleba said.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'give up' }],
  },
  {
    name: 'hyphens for dashes: "will not - absolutely not - close its open door"',
    text: '"The alliance will not - absolutely not - close its open door," Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'close its open door' }],
  },
  {
    name: 'trap: an aside naming a source ("no — as Moscow likes to claim — missiles") stays and reads nothing',
    text: '"We have no — as Moscow likes to claim — missiles in Ukraine," the US president said.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "will not — whatever Moscow says — close" in the Kremlin\'s mocking words is no alliance stance',
    text: '"The alliance will not — whatever Moscow says — close its open door," the Kremlin mocked, adding that it expected a halt to NATO enlargement.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "no — none at all — doubt that Russia wants a halt" denies a doubt, not the demand',
    text: '"There is no — none at all — doubt that Russia wants a halt to NATO enlargement," Blinken said.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "will not — I repeat, not — rush" refuses haste, not the demand the speaker talks of',
    text: '"We will not — I repeat, not — rush," Blinken said of Russia\'s demand for a halt to NATO enlargement.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('a negation stressed by an aside in dashes reads on to its verb', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

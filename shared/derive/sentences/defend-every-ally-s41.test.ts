/**
 * The alliance's ability to defend every one of its members, the opposite of pulling its forces back
 * from the eastern allies, named with "every" or "all" ("defend every member", "defend every ally",
 * "defend all members", "protect all allies"), as the ontology already reads "defend all allies": a
 * party refusing to give it up, or standing by it, refuses the rollback. Traps: another bloc defending
 * its own allies or the members of its own union, and a question whether the alliance would. (As with
 * "defend all allies", a speaker describing it is read as holding it.) Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"would not give ground on its ability to defend every member": the alliance refuses the rollback',
    text: 'Stoltenberg said the alliance would not give ground on its ability to defend every member.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'not give ground on' }],
  },
  {
    name: '"would not compromise on its right to protect all allies"',
    text: 'Stoltenberg said NATO would not compromise on its right to protect all allies.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'not compromise' }],
  },
  {
    name: '"will always defend every ally": standing by it',
    text: 'Stoltenberg said the alliance will always defend every ally.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'defend every ally' }],
  },
  {
    name: 'trap: another bloc defending its own allies holds nothing on the rollback',
    text: 'Putin said Russia would defend every ally in the CSTO.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: a question whether the alliance would defend every member reads nothing',
    text: 'Zelensky asked whether NATO would defend every member.\nReporters asked Stoltenberg whether the alliance could really defend every member.',
    published,
    expect: [],
    none: [
      ['ukraine', RB],
      ['nato', RB],
    ],
  },
  {
    name: 'trap: two other states pledging to defend all members of their own union is not about the alliance',
    text: 'The Kremlin said Minsk and Moscow would defend all members of their union state.',
    published,
    expect: [],
    none: [
      ['russia', RB],
      ['belarus', RB],
    ],
  },
];

describe('the ability to defend every ally is the rollback refused', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

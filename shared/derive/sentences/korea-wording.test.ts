/**
 * How positions in the US–North Korea talks are worded, read with the US–North Korea ontology of eval/
 * (its full copy): the noun "denuclearization" as the topic of talks or a process states nothing (the
 * bare noun is no phrase of the demand: tried, it read more misreadings than cells); ending "the hostile relationship"
 * is the security demand; drills "put off" are a halt asked for, a decision put off is not; a deal sought
 * by the demand's proposer whose infinitive is the demand ("strike a deal with him to dismantle …") is the
 * demand pressed, not openness (a deal on the matter, or one offered by the side the demand is put to,
 * stays open); a view "held that" a clause is said, as "maintained that" is ("held a parade" holds a
 * thing). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2019-09-20';

const cases: ReadingCase[] = [
  {
    name: 'trap: the demand noun naming the talks states no stance of the addressee',
    text: 'North Korea said denuclearization talks would resume next month in Geneva.\nPyongyang said the denuclearization negotiations were going nowhere.',
    published,
    expect: [],
    none: [['north-korea', 'denuclearization']],
  },
  {
    name: 'trap: hoping the denuclearization process moves faster is no stance of the addressee',
    text: 'Kim told Moon that he hoped the denuclearization process would move faster.',
    published,
    expect: [],
    none: [['north-korea', 'denuclearization']],
  },
  {
    name: 'asking the other side to end "the hostile relationship" is the security demand',
    text: 'Pyongyang called on Washington to end the hostile relationship between the two countries.',
    published,
    expect: [{ party: 'north-korea', demand: 'security-guarantees', stance: 'supports', quote: 'called on' }],
  },
  {
    name: 'trap: the hostile relationship told as history states nothing',
    text: 'The hostile relationship between the two countries dates back to the war.',
    published,
    expect: [],
    none: [
      ['north-korea', 'security-guarantees'],
      ['united-states', 'security-guarantees'],
    ],
  },
  {
    name: 'drills to be "put off", asked for, are the halt demanded',
    text: 'North Korea demanded that the allies put off the autumn drills.',
    published,
    expect: [{ party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: 'demanded' }],
  },
  {
    name: 'trap: a decision about the drills put off is no halt of them',
    text: 'The allies put off a decision on the autumn drills until next week.',
    published,
    expect: [],
    none: [
      ['united-states', 'exercises-halt'],
      ['south-korea', 'exercises-halt'],
      ['north-korea', 'exercises-halt'],
    ],
  },
  {
    name: 'the proposer telling the other side to strike a deal to do its demand supports it (was: open)',
    text: 'On Sunday Trump told the North’s leader to hurry up and strike a deal with him to dismantle the nuclear weapons programme.',
    published,
    expect: [
      { party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'strike a deal' },
    ],
  },
  {
    name: 'the proposer urging a deal to do its demand supports it (was: open)',
    text: 'Trump urged Kim to strike a deal with him to dismantle the North’s nuclear weapons programme.\nKim wants to strike a deal to lift the sanctions.',
    published,
    expect: [
      { party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'urged Kim' },
      { party: 'north-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'wants to strike' },
    ],
  },
  {
    name: 'trap: a deal on the matter, from the proposer, stays openness',
    text: 'Trump said he could strike a deal with Kim on the nuclear programme.',
    published,
    expect: [{ party: 'united-states', demand: 'denuclearization', stance: 'open', quote: 'strike a deal' }],
  },
  {
    name: 'trap: a deal to do the demand, offered by the side it is put to, stays openness',
    text: 'Washington is ready to strike a deal to ease the sanctions.',
    published,
    expect: [{ party: 'united-states', demand: 'sanctions-relief', stance: 'open', quote: 'strike a deal' }],
  },
  {
    name: 'a position "held that" a clause: the holder speaks it, the condition after "until" its demand',
    text: 'Until now the administration had held that the sanctions would stay in place until the North gives up its nuclear weapons.',
    published,
    expect: [
      { party: 'united-states', demand: 'sanctions-relief', stance: 'rejects', quote: 'had held that' },
      { party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'had held that' },
    ],
  },
  {
    name: 'trap: holding a parade is no view held of the clause that follows',
    text: 'Pyongyang held a military parade as Washington insisted it must give up its nuclear weapons.',
    published,
    expect: [{ party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'insisted' }],
    none: [['north-korea', 'denuclearization']],
  },
];

describe('wordings of the US–North Korea talks', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});

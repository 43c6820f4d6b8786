/**
 * "the draft", "these drafts", "Moscow's drafts": the paper a party tabled, pointed at by its noun,
 * resolved to the demands the document attached to the party that tabled it (the citation says
 * which sentence). Traps: "draft" as a modifier of another noun ("the draft resolution", "the draft
 * law"), "the draft of …" with its own object, a draft with no demand named anywhere, the military
 * draft. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const kosovo = evalOntology('kosovo-serbia-2022.json');

const drafts: ReadingCase[] = [
  {
    name: '"turned down the drafts" after a sentence naming the demands: a pointer to them',
    text: 'Moscow wants the alliance to stop expanding and to pull its troops back to where they stood in 1997. Washington turned down the drafts on Thursday.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'turned down' },
    ],
  },
  {
    name: '"this draft" in a refusal by the alliance',
    text: 'The Kremlin is asking for a pledge that the alliance will never admit Ukraine. NATO said this draft was unacceptable.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"Moscow\'s drafts": a possessed plural points to the demands attached to Moscow',
    text: 'Russia is insisting that NATO take in no new members. Britain dismissed Moscow’s drafts out of hand.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'trap: "the draft resolution", "the draft law on …": the draft of something else',
    text: 'Moscow wants the alliance to stop expanding. Washington rejected the draft resolution at the UN.\nMoscow wants the alliance to stop expanding. Britain opposed the draft law on foreign agents.',
    expect: [],
    none: [
      ['united-states', NX],
      ['uk', NX],
    ],
  },
  {
    name: 'trap: "the draft of the communiqué" has its own object',
    text: 'Moscow wants the alliance to stop expanding. Washington rejected the draft of the joint communiqué.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a draft with no demand named anywhere reads nothing',
    text: 'Washington rejected the draft on Friday. Britain said these drafts were unacceptable.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
      ['uk', NX],
      ['uk', RB],
    ],
  },
  {
    name: 'trap: the military draft is no paper',
    text: 'Moscow wants the alliance to stop expanding. Thousands of young Russians are fleeing the draft.',
    expect: [],
    none: [['russia', RB]],
  },
];

const kosovoDrafts: ReadingCase[] = [
  {
    name: 'a mediator tables a draft statute; the other side "rejected the draft"',
    text: 'The EU has put forward a draft statute for an association of Serb-majority municipalities. Kurti rejected the draft on Tuesday.',
    published: '2023-05-01',
    expect: [{ party: 'kosovo', demand: 'serb-association', stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: "the draft law on …" after the statute is another paper',
    text: 'The EU has put forward a draft statute for an association of Serb-majority municipalities. Kurti opposed the draft law on vehicle registration.',
    published: '2023-05-01',
    expect: [],
    none: [['kosovo', 'serb-association']],
  },
];

describe('a demand referred to as "the draft"', () => {
  for (const c of drafts) it(c.name, () => checkReading(c));
  for (const c of kosovoDrafts) it(c.name, () => checkReading(c, kosovo));
  it('trap: the proposer refusing "the draft" (the other side\'s reply) does not reject its own demand', () => {
    const m = derive(
      'Moscow wants the alliance to stop expanding. Washington sent Moscow a written reply on Wednesday. Lavrov rejected the draft.',
    );
    const stances = m.cells
      .filter((c) => c.party === 'russia' && c.demand === NX)
      .flatMap((c) => c.citations.map((x) => x.stance));
    expect(stances).not.toContain('rejects');
  });
  it('the citation says which sentence it resolved to', () => {
    const text = drafts[0]?.text as string;
    const m = derive(text, '2022-01-20');
    const cite = m.cells
      .flatMap((c) => c.citations)
      .find((c) => c.party === 'united-states' && c.demand === RB);
    expect(cite?.resolvedFrom).toBeTruthy();
    const from = cite?.resolvedFrom as { start: number; end: number };
    expect(text.slice(from.start, from.end)).toContain('1997');
  });
});

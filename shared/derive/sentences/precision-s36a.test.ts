/**
 * Three wrong readings left by session 35, each fixed by its general cause. Sentences written for
 * these tests.
 * - A cue of the first clause linked across ", and <party>" to the next clause's verb: "Washington is
 *   willing to talk, and Britain refuses any limits on missiles" read Washington open on missiles
 *   (joined-clause-subject.ts).
 * - A "whether" clause opening the sentence, its predicate leaving it open ("… remains to be seen",
 *   "… is an open question", "… depends on …"), and "has yet to say whether": no position
 *   (whether-subject.ts, phrase-helpers.ts).
 * - "the drafts" right after a party that made no demand put forward papers of its own is that party's
 *   paper, not the demands attached to another side (third-party-paper.ts).
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';

const seed = seedOntology();
const gaza = evalOntology('gaza-ceasefire-2024.json');
const MD = 'missile-deployment';
const NX = 'non-expansion';
const PC = 'permanent-ceasefire';
const published = '2024-05-01';

const joinedClauses: ReadingCase[] = [
  {
    name: '", and Britain refuses …": the refusal is the second clause\'s subject\'s, no openness of the first',
    text: 'Washington is willing to talk, and Britain refuses any limits on missiles.',
    expect: [{ party: 'uk', demand: MD, stance: 'rejects', quote: 'Britain refuses' }],
    none: [['united-states', MD]],
  },
  {
    name: '", and the allies refuse …": the same party named again reads the second clause, not open',
    text: 'NATO is ready to negotiate, and the allies refuse any curbs on missiles.',
    expect: [{ party: 'nato', demand: MD, stance: 'rejects', quote: 'allies refuse' }],
  },
  {
    name: '", but France and Germany reject …": two joined subjects of the new clause',
    text: 'The allies are ready to negotiate, but France and Germany reject any curbs on missiles.',
    expect: [
      { party: 'france', demand: MD, stance: 'rejects', quote: 'France and Germany reject' },
      { party: 'germany', demand: MD, stance: 'rejects', quote: 'France and Germany reject' },
    ],
    none: [['nato', MD]],
  },
  {
    name: 'trap: a second clause whose own verb is a cue of openness still reads',
    text: 'NATO is willing to talk, and the alliance is ready to discuss limits on missiles.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'ready to discuss' }],
  },
  {
    name: 'trap: one demand put to several addressees (no comma before the verb) stays one chain',
    text: 'Moscow demanded that Washington and the alliance stop admitting new members.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Moscow demanded' }],
  },
];

const openWhether: ReadingCase[] = [
  {
    name: '"Whether Israel accepts … remains to be seen": no position of Israel\'s',
    text: "Whether Israel accepts Hamas's demand for a permanent ceasefire remains to be seen.",
    published,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: '"Whether Israel will agree to … is an open question": no position',
    text: 'Whether Israel will agree to a permanent end to the war is an open question.',
    published,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: '"Whether … was far from certain": no position',
    text: 'Whether Israel would accept a lasting ceasefire was far from certain.',
    published,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: '"Whether … depends on …": the answer waits on something else',
    text: 'Whether Israel agrees to a permanent ceasefire depends on the talks in Cairo.',
    published,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: '"has yet to say whether it accepts …": no position (was unclear)',
    text: 'Israel has yet to say whether it accepts the call for a permanent ceasefire.',
    published,
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "Whether or not Israel agrees, Hamas insists on …": the main clause still reads',
    text: 'Whether or not Israel agrees, Hamas insists on a permanent ceasefire.',
    published,
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas insists' }],
    none: [['israel', PC]],
  },
  {
    name: 'trap: a stance stated before an open "whether" clause still reads',
    text: "Israel rejected Hamas's demand for a permanent ceasefire, and whether talks resume remains to be seen.",
    published,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'Israel rejected' }],
  },
  {
    name: 'trap: "Whether … is for X to decide" answers who decides and leaves Israel without a position',
    text: 'Whether the war ends is for Israel to decide, Hamas said, repeating its call for a permanent ceasefire.',
    published,
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'repeating its call' }],
  },
];

const thirdPartyPapers: ReadingCase[] = [
  {
    name: '"the drafts" after a mediator put forward its own proposals: the mediator\'s paper, no reading',
    text: 'Hamas wants a permanent ceasefire. Egypt put forward its own proposals on Monday. Israel rejected the drafts.',
    published,
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas wants' }],
    none: [['israel', PC]],
  },
  {
    name: '"the drafts" after a third country tabled proposals, Russia–West: no reading',
    text: 'Moscow wants the alliance to stop expanding. Turkey tabled a set of proposals on Monday. Britain said the drafts were unacceptable.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Moscow wants' }],
    none: [['uk', NX]],
  },
  {
    name: 'trap: "the drafts" right after the proposer tabled its own still point at its demands',
    text: 'Moscow wants the alliance to stop expanding. Russia tabled its drafts on Tuesday. Washington turned down the drafts.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down the drafts' }],
  },
  {
    name: 'trap: "the drafts" with no third party between still point at the demands',
    text: 'Hamas wants a permanent ceasefire. Israel rejected the drafts.',
    published,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'rejected the drafts' }],
  },
];

describe('precision s36 A: clauses joined, open "whether" subjects, third parties\' papers', () => {
  for (const c of joinedClauses) it(c.name, () => checkReading(c, seed));
  for (const c of openWhether) it(c.name, () => checkReading(c, gaza));
  for (const c of thirdPartyPapers) it(c.name, () => checkReading(c, c.published ? gaza : seed));
});

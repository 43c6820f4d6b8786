/**
 * Three precision cases where a "not" or a "no" was read on the wrong side.
 *
 * An agreement refused that "does not include" a demand makes the demand the refuser's condition: the
 * two negations cancel, so the relative's "not" is never the refuser rejecting it ("the rebels would not
 * sign any accord that did not include a truce"); a proposer supports it, anyone else reads nothing here.
 * A "not" in a relative clause on a thing ("a deal that does not include a truce") has that thing as
 * its subject, not the party of the main clause.
 *
 * A subject no one of a party is ("no NATO member", "nobody in Washington") after a speech verb
 * ("Russia says no NATO member will accept …") denies the verb for that party: it rejects, reported;
 * the speaker is not the one accepting.
 *
 * A paper named again right after a party was said to deliver its reply ("Washington delivered its
 * answer. The document contains no promise that …") is that reply, not the demands' draft: the sender
 * withholds the pledge, and the demand's words inside the withheld pledge are no statement of the
 * proposer's demand. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const af = evalOntology('afghanistan-doha-2020.json');
const west = seedOntology();
const NX = 'non-expansion';

const afCases: ReadingCase[] = [
  {
    name: '"would not sign any accord that did not include a ceasefire": never the refuser rejecting the ceasefire',
    text: 'The insurgents said the Taliban would not sign any accord that did not include a ceasefire.',
    published: '2020-02-01',
    expect: [],
    none: [['taliban', 'ceasefire']],
  },
  {
    name: 'the same with an adjective on the demand ("a lasting, complete ceasefire")',
    text: 'The Taliban will not sign any deal that does not include a complete ceasefire, a negotiator said.',
    published: '2020-02-01',
    expect: [],
    none: [['taliban', 'ceasefire']],
  },
  {
    name: '"refused to sign any agreement that did not include …": a refusal verb, the proposer supports',
    text: 'The Taliban refused to sign any agreement that did not include a withdrawal of foreign troops.',
    published: '2020-02-01',
    expect: [{ party: 'taliban', demand: 'troop-withdrawal', stance: 'supports', quote: 'include' }],
  },
  {
    name: '"refused to sign any agreement that did not include a ceasefire": no rejection by the non-proposer',
    text: 'Taliban negotiators refused to sign any agreement that did not include a ceasefire.',
    published: '2020-02-01',
    expect: [],
    none: [['taliban', 'ceasefire']],
  },
  {
    name: '"would sign a deal that did not include a ceasefire": the deal\'s "not", not the Taliban\'s',
    text: 'The Taliban would sign a deal that did not include a ceasefire, the envoy believed.',
    published: '2020-02-01',
    expect: [],
    none: [['taliban', 'ceasefire']],
  },
  {
    name: 'trap: the party itself refusing to discuss the demand still rejects it',
    text: 'The Taliban refused to discuss a ceasefire with the government.',
    published: '2020-02-01',
    expect: [{ party: 'taliban', demand: 'ceasefire', stance: 'rejects', quote: 'refused to discuss' }],
  },
  {
    name: 'trap: a relative clause on the party ("the Taliban, which did not accept a ceasefire") is the party\'s',
    text: 'The Taliban, which did not accept a ceasefire, kept up its attacks.',
    published: '2020-02-01',
    expect: [{ party: 'taliban', demand: 'ceasefire', stance: 'rejects', quote: 'accept' }],
  },
];

const westCases: ReadingCase[] = [
  {
    name: '"Russia says no NATO member will accept a halt to enlargement": NATO rejects, reported',
    text: 'Russia says no NATO member will accept a halt to enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'accept', voice: 'reported' }],
  },
  {
    name: '"Moscow says nobody in Washington would accept a halt to NATO enlargement": the US rejects',
    text: 'Moscow says nobody in Washington would accept a halt to NATO enlargement.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'accept', voice: 'reported' }],
  },
  {
    name: 'trap: "Russia says NATO will accept a halt to enlargement": no "no", NATO supports',
    text: 'Russia says NATO will accept a halt to enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'supports', quote: 'accept' }],
  },
  {
    name: '"Washington delivered its answer. The document contains no promise that NATO will halt …": the US reply',
    text: 'Russia set out its demands in December.\nWashington delivered its answer on Wednesday. The document contains no promise that NATO will halt its enlargement.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'promise' }],
    none: [['russia', NX]],
  },
  {
    name: 'the same after the drafts were named earlier: the reply sent in the sentence before is the paper',
    text: 'Moscow sent two draft treaties in December.\nWashington delivered its answer. The document contains no promise that NATO will halt its enlargement.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'promise' }],
  },
  {
    name: 'trap: a proposer\'s own proposals named again ("Russia delivered its proposals. The document calls for …")',
    text: 'Russia delivered its proposals in December. The document calls for a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'calls for' }],
  },
];

describe('two negations, and a subject that is no one of a party', () => {
  for (const c of afCases) it(c.name, () => checkReading(c, af));
  for (const c of westCases) it(c.name, () => checkReading(c, west));
});

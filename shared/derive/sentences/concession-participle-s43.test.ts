/**
 * A fronted concession before a clause whose speaking participle carries the position ("Though Israel
 * firmly opposes any new deal, Scholz repeated his call for diplomacy, saying that …"): what the
 * participle says is the main clause subject's, never the concession's subject, which is a clause of
 * its own (fronted-concession.ts). Without the concession, the participle keeps the sentence subject
 * as before. Traps: the concession's subject gets nothing from the participle, whichever way the
 * concession opens ("Though", "Although", "While"), nor from unnamed speakers after it; the main
 * clause subject gets nothing from a participle inside the concession. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-09-12';
const NL = 'nuclear-limits';
const SL = 'sanctions-lifting';

const cases: ReadingCase[] = [
  {
    name: '"Though Israel opposes …, Scholz repeated …, saying that …": Scholz holds what he says',
    text: 'Though Israel firmly opposes any new deal, Scholz repeated his call for a diplomatic way out, saying that a return to full compliance was vital.',
    published,
    expect: [{ party: 'germany', demand: NL, stance: 'supports', quote: 'vital' }],
    none: [['israel', NL]],
  },
  {
    name: '"Although Russia voted against …, Blinken spoke …, saying …": the participle is Blinken\'s',
    text: 'Although Russia voted against the resolution, Blinken spoke to reporters in Brussels, saying Iran must return to full compliance.',
    published,
    expect: [{ party: 'united-states', demand: NL, stance: 'supports', quote: 'must' }],
    none: [['russia', NL]],
  },
  {
    name: '"While Israel warns …, China\'s envoy addressed …, insisting that …": the envoy insists',
    text: "While Israel warns against any deal, China's envoy addressed the board, insisting that Washington should lift all sanctions on Iran.",
    published,
    expect: [{ party: 'china', demand: SL, stance: 'supports', quote: 'insisting' }],
    none: [['israel', SL]],
  },
  {
    name: 'without a concession the participle keeps the sentence subject',
    text: 'Scholz repeated his call for a diplomatic way out, saying that a return to full compliance was vital.',
    published,
    expect: [{ party: 'germany', demand: NL, stance: 'supports', quote: 'vital' }],
  },
  {
    name: "trap: a participle inside the concession is not the main clause subject's",
    text: 'Though Israel opposes any deal, saying a return to full compliance is pointless, Scholz backed more talks.',
    published,
    expect: [],
    none: [['germany', NL]],
  },
  {
    name: 'trap: a participle of unnamed diplomats after the concession gives its subject nothing',
    text: 'Though Israel opposes any deal, the talks resumed in Vienna, with diplomats saying a return to full compliance was vital.',
    published,
    expect: [],
    none: [['israel', NL]],
  },
  {
    name: 'trap: "While Russia backs …, the session ended early, officials saying …" is not Russia\'s',
    text: 'While Russia backs the talks, the session ended early, officials saying a return to full compliance was still far off.',
    published,
    expect: [],
    none: [['russia', NL]],
  },
];

describe("a fronted concession's subject holds nothing a later speaking participle says", () => {
  for (const c of cases) it(c.name, () => checkReading(c, iran));
});

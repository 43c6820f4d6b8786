/**
 * A demand written as one verb ("denuclearize") is named by its noun of action with its "of" object
 * too ("advance the denuclearization of the Korean Peninsula"), read near one of the demand's anchors.
 * A short ontology keeps the verb and drops "denuclearization of the Korean Peninsula". Cases with the
 * modest US–North Korea ontology, sentences written for these tests. Traps: the noun of another
 * country's disarming (no anchor), the noun as a modifier ("denuclearization talks", no "of"), and the
 * bare noun with no object.
 */
import { describe, it } from 'vitest';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const read = readerFor(evalOntology('modest/us-dprk-2018.json'), '2019-03-01');
const DN = 'denuclearization';

describe('"denuclearize" read as "the denuclearization of" the peninsula', () => {
  it('hoped for: "advance the denuclearization of the Korean Peninsula"', () =>
    read(
      'hopes',
      'China hopes both sides will work to advance the denuclearization of the Korean Peninsula, a spokesman said.',
      [{ party: 'china', demand: DN, stance: 'supports', quote: 'denuclearization of' }],
    ));
  it('called for: "called for the denuclearization of the peninsula"', () =>
    read('called for', 'Seoul called for the denuclearization of the peninsula at the talks.', [
      { party: 'south-korea', demand: DN, stance: 'supports', quote: 'denuclearization of' },
    ]));
  it('urged, with adjectives before the noun', () =>
    read('urged', 'Abe urged the complete and verified denuclearization of the Korean peninsula.', [
      { party: 'japan', demand: DN, stance: 'supports', quote: 'denuclearization of' },
    ]));
});

describe('traps', () => {
  it("another country's disarming, no anchor of the demand", () => {
    read('Ukraine', 'Russia recalled the denuclearization of Ukraine in the 1990s.', [], [['russia', DN]]);
    read(
      'Kazakhstan',
      'China praised the denuclearization of Kazakhstan as a model for Central Asia.',
      [],
      [['china', DN]],
    );
  });
  it('the noun as a modifier: "the denuclearization talks"', () =>
    read('talks', 'Japan wants the denuclearization talks to resume soon.', [], [['japan', DN]]));
  it('the bare noun with no object', () =>
    read('bare', 'Moscow says denuclearization is a long way off.', [], [['russia', DN]]));
});

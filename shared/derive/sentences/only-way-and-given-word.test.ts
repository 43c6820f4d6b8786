/**
 * Wordings that hold for any negotiation, met in coverage of talks other than Russia–West:
 * - "the only way/path/route (forward) is X", "X is the only way to …", "can only be achieved through X":
 *   the speaker backs X, the means; what the only way leads to ("the only way to get prisoners freed",
 *   "the only way we will lift sanctions") is the goal argued from, not endorsed by the cue.
 * - a relative clause of a party giving its word on the demand named before it ("the truce that the
 *   Taliban promised", "a swap that Kabul and the Taliban had agreed"): that party's support, also from a
 *   party the demand is put to; claimed only by the side that makes the demand, it is openness (as "said
 *   the Taliban had accepted …" is).
 * - "appealed to X to …", "appeal for …": asking, as "called on X to …" is.
 * - "X's decision to …" carries what it decides for X; "should not be X's decision", "a decision on
 *   whether to …" decide nothing.
 * - "without agreeing on whether to …", "without deciding whether to …": the side that could not decide
 *   is unclear (as "yet to decide whether" is).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const afghan = readerFor(evalOntology('afghanistan-doha-2020.json'), '2020-06-01');
const afghanModest = readerFor(evalOntology('modest/afghanistan-doha-2020.json'), '2020-06-01');
const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-01');
const korea = readerFor(evalOntology('us-dprk-2018.json'), '2019-11-01');

describe('"the only way" names the means the speaker backs', () => {
  it('"X is the only way to …": X backed', () =>
    afghan('only way to', 'Islamabad said a political settlement was the only way to end the fighting.', [
      { party: 'pakistan', demand: 'intra-afghan-talks', stance: 'supports', quote: 'only way' },
    ]));
  it('"the only way forward is X"', () =>
    afghan('only way forward', 'The State Department said the only way forward is a ceasefire.', [
      { party: 'united-states', demand: 'ceasefire', stance: 'supports', quote: 'only way' },
    ]));
  it('"the only path ahead is X" (modest ontology too)', () =>
    afghanModest('only path', 'Beijing said the only path ahead was a lasting ceasefire.', [
      { party: 'china', demand: 'ceasefire', stance: 'supports', quote: 'only path' },
    ]));
  it('"can only be achieved through X"', () =>
    afghan(
      'only be achieved through',
      'The UN envoy said stability can only be achieved through a political settlement.',
      [{ party: 'un', demand: 'intra-afghan-talks', stance: 'supports', quote: 'only be achieved through' }],
    ));
  it('another negotiation: "X offers the only route to …"', () =>
    gaza('only route', 'Cairo said a permanent ceasefire offered the only route to calm in the region.', [
      { party: 'egypt', demand: 'permanent-ceasefire', stance: 'supports', quote: 'only route' },
    ]));
  it('trap: the goal the only way leads to ("… the only way to get prisoners freed") is not backed by it', () =>
    afghan(
      'goal after only way',
      'Washington said a ceasefire is the only way to get prisoners freed.',
      [{ party: 'united-states', demand: 'ceasefire', stance: 'supports', quote: 'only way' }],
      [['united-states', 'prisoner-release']],
    ));
  it('trap: "the only way we will …" is the goal too', () =>
    afghan(
      'only way we will',
      'A State Department official said the only way Kabul would free the prisoners was a ceasefire.',
      [],
      [
        ['united-states', 'prisoner-release'],
        ['afghan-government', 'prisoner-release'],
      ],
    ));
  it('trap: "can only be temporary" is no "only way"', () =>
    gaza(
      'only temporary',
      'Israel said any ceasefire can only be temporary.',
      [],
      [['israel', 'permanent-ceasefire']],
    ));
});

describe('a relative clause of a party giving its word on the demand before it', () => {
  it('"the ceasefire that the Taliban promised"', () =>
    afghan('that X promised', 'The ceasefire that the Taliban promised will begin on Friday.', [
      {
        party: 'taliban',
        demand: 'ceasefire',
        stance: 'supports',
        quote: 'that the Taliban promised',
        kind: 'subject',
      },
    ]));
  it('two parties as its subject: "a prisoner swap that Kabul and the Taliban had agreed"', () =>
    afghan(
      'that X and Y had agreed',
      'Talks stalled over a prisoner swap that Kabul and the Taliban had agreed.',
      [
        { party: 'taliban', demand: 'prisoner-release', stance: 'supports', quote: 'had agreed' },
        { party: 'afghan-government', demand: 'prisoner-release', stance: 'supports', quote: 'had agreed' },
      ],
    ));
  it('"agreed to" ends the clause with its particle', () =>
    afghan('that X agreed to', 'The ceasefire that the Taliban agreed to has held for a week.', [
      { party: 'taliban', demand: 'ceasefire', stance: 'supports', quote: 'that the Taliban agreed to' },
    ]));
  it('in quotes: \'a "reduction in violence" that the Taliban accepted\'', () =>
    afghan('quoted demand', 'A "reduction in violence" that the Taliban accepted is due to start tonight.', [
      { party: 'taliban', demand: 'ceasefire', stance: 'supports', quote: 'that the Taliban accepted' },
    ]));
  it('claimed only by the side making the demand: openness', () =>
    afghan(
      'claimed by the demanding side',
      'A reduction in violence that the Taliban have agreed on will begin within days, the Afghan interior ministry said.',
      [{ party: 'taliban', demand: 'ceasefire', stance: 'open', quote: 'that the Taliban have agreed on' }],
    ));
  it('trap: "the truce that the Taliban promised to break" gives no word on the truce', () =>
    afghan(
      'promised to break',
      'The truce that the Taliban promised to break never began.',
      [],
      [['taliban', 'ceasefire']],
    ));
});

describe('"appealed to X to", "appeal for"', () => {
  it('"appealed to both sides to agree on a ceasefire"', () =>
    afghan('appealed to', 'Islamabad appealed to both sides to agree on a ceasefire.', [
      { party: 'pakistan', demand: 'ceasefire', stance: 'supports', quote: 'appealed to both sides to' },
    ]));
  it('"appealed for an immediate ceasefire"', () =>
    afghan('appealed for', 'Beijing appealed for an immediate ceasefire.', [
      { party: 'china', demand: 'ceasefire', stance: 'supports', quote: 'appealed for' },
    ]));
});

describe('"X\'s decision to …"', () => {
  it('"condemned Washington\'s decision to resume the drills": its decision against the halt', () =>
    korea(
      'decision to resume',
      "Pyongyang condemned Washington's decision to resume joint military exercises.",
      [
        { party: 'united-states', demand: 'exercises-halt', stance: 'rejects', quote: 'decision' },
        { party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: 'condemned' },
      ],
    ));
  it('trap: "should not be Washington\'s decision" decides nothing', () =>
    korea(
      "not X's decision",
      "Whether joint military exercises resume should not be Washington's decision, Seoul said.",
      [],
      [['united-states', 'exercises-halt']],
    ));
  it('trap: "a decision on whether to …" decides nothing yet', () =>
    korea(
      'decision on whether',
      "Seoul's decision on whether to suspend the joint military exercises is due next week.",
      [],
      [['south-korea', 'exercises-halt']],
    ));
});

describe('"without agreeing on / deciding whether to …": undecided', () => {
  it('"adjourned without deciding whether to withdraw"', () =>
    gaza(
      'without deciding whether',
      "Israel's war cabinet adjourned without deciding whether to withdraw its forces from Gaza.",
      [
        {
          party: 'israel',
          demand: 'israeli-withdrawal',
          stance: 'unclear',
          quote: 'without deciding whether',
        },
      ],
    ));
  it('trap: "without hesitation" is no question left open', () =>
    gaza('without hesitation', 'Hamas agreed to a permanent ceasefire without hesitation, Qatar said.', [
      { party: 'hamas', demand: 'permanent-ceasefire', stance: 'supports', quote: 'agreed to' },
    ]));
});

/**
 * Ontology wording added in session 33 for the grain deal (eval/ontologies/grain-deal-2022.json) and
 * the Northern Ireland Protocol (eval/ontologies/ni-protocol-2021.json). Sentences written for these
 * tests; each wording has traps.
 *
 * - Grain: the deal "kept in force"; the deal "brought back" or "back to life"; the memorandum "on
 *   normalizing … farm exports"; the accord / agreement "that concerns Russia" or "that has to do with
 *   Russia"; the "flow of ammonia" resumed.
 * - NI: "pulling the Article 16 trigger" is the use of Article 16 (an opposite of full implementation),
 *   not a restriction of it ("pull" restricts a bill: "pull the bill"); "go back on" a treaty or an
 *   agreement; a "fresh balance"; "trade that flows smoothly" / "smoothly flowing trade".
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const grain = readerFor(evalOntology('grain-deal-2022.json'), '2023-07-10');
const ni = readerFor(evalOntology('ni-protocol-2021.json'), '2021-11-10');

describe('grain deal wording', () => {
  it('"no reason to keep the grain deal in force" refuses the extension', () =>
    grain(
      'keep in force',
      'The Kremlin said on Friday it saw no reason to keep the grain deal in force after it expires.',
      [
        {
          party: 'russia',
          demand: 'deal-extension',
          stance: 'rejects',
          quote: 'keep the grain deal in force',
        },
      ],
    ));
  it('trap: sanctions "kept in force" are no grain-deal extension', () =>
    grain(
      'sanctions in force',
      'Brussels said it would keep the sanctions in force for another six months.',
      [],
      [
        ['eu', 'deal-extension'],
        ['russia', 'deal-extension'],
      ],
    ));
  it('"try to bring back the grain export arrangement": the mediators want the deal revived', () =>
    grain(
      'bring back the grain',
      'The United Nations is trying to bring back the grain export arrangement after Moscow walked out.',
      [{ party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'bring back the grain' }],
    ));
  it('"wants the deal back to life"', () =>
    grain('back to life', 'Ankara wants the deal brought back to life before the harvest.', [
      { party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'back to life' },
    ]));
  it('trap: a port "brought back to life" is not the deal', () =>
    grain(
      'port back to life',
      'Kyiv hopes the port of Izmail can be brought back to life after the strikes.',
      [],
      [['ukraine', 'deal-extension']],
    ));
  it('"the memorandum on normalizing Russian farm exports must be carried out"', () =>
    grain(
      'normalizing farm exports',
      'Lavrov said the memorandum on normalizing Russian farm exports must be carried out in full.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'normalizing Russian farm exports',
        },
      ],
    ));
  it('"the bit of the agreement that concerns Russia has to be honoured"', () =>
    grain(
      'agreement that concerns Russia',
      'Lavrov said the bit of the Istanbul agreement that concerns Russia has to be honoured first.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'agreement that concerns Russia',
        },
      ],
    ));
  it('trap: a farm-exports figure with no one normalizing anything reads nothing', () =>
    grain(
      'farm exports figure',
      'Russian farm exports rose by a tenth last year, the customs service said.',
      [],
      [['russia', 'export-restrictions-lifted']],
    ));
  it('"made resuming the flow of ammonia a condition": the flow resumed is asked', () =>
    grain(
      'flow of ammonia',
      'Moscow has made resuming the flow of ammonia across Ukraine a condition for staying in the deal.',
      [{ party: 'russia', demand: 'ammonia-pipeline', stance: 'supports', quote: 'flow of ammonia' }],
    ));
  it('trap: the flow of grain is no ammonia', () =>
    grain(
      'flow of grain',
      'Moscow has made resuming the flow of grain to Africa a priority, Lavrov said.',
      [],
      [['russia', 'ammonia-pipeline']],
    ));
  it('"wants Rosselkhozbank put back on the SWIFT network"', () =>
    grain(
      'back on the SWIFT',
      'Moscow wants Rosselkhozbank put back on the SWIFT messaging network before it talks again.',
      [{ party: 'russia', demand: 'swift-reconnection', stance: 'supports', quote: 'back on the SWIFT' }],
    ));
  it('"offered to let a subsidiary onto SWIFT": an offer (open, as "offered to" reads) of part of the reconnection', () =>
    grain('onto SWIFT', 'Guterres offered to let a subsidiary of the Russian farm bank onto SWIFT.', [
      { party: 'un', demand: 'swift-reconnection', stance: 'open', quote: 'onto SWIFT' },
    ]));
  it('trap: a bank that was on SWIFT all along reads no reconnection', () =>
    grain(
      'was on SWIFT',
      'The Turkish lender has been on SWIFT for decades, the central bank said.',
      [],
      [['turkey', 'swift-reconnection']],
    ));
  it('"demands that Russian grain exports be unblocked"', () =>
    grain(
      'exports be unblocked',
      'Putin demanded that Russian grain exports be unblocked before any talks.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'Russian grain exports be unblocked',
        },
      ],
    ));
  it('"wants more ports added to the agreement and cargo other than grain"', () =>
    grain(
      'ports added',
      'Kyiv wants more ports added to the agreement and cargo other than grain allowed through.',
      [{ party: 'ukraine', demand: 'deal-expansion', stance: 'supports', quote: 'ports added to the' }],
    ));
  it('"prolonged for a year at the very least" is the longer term asked', () =>
    grain(
      'a year at the very least',
      'Kubrakov said the deal must be prolonged for a year at the very least.',
      [{ party: 'ukraine', demand: 'deal-expansion', stance: 'supports', quote: 'a year at the very least' }],
    ));
  it('trap: a ship that waited for a year at least is no demand', () =>
    grain(
      'waited a year',
      'One bulk carrier has sat in Odesa for a year at least, its owner told reporters.',
      [],
      [['ukraine', 'deal-expansion']],
    ));
  it('"keeping the port out of the corridor" is the widening refused', () =>
    grain('out of the corridor', 'Kyiv said Moscow was keeping Pivdennyi out of the corridor on purpose.', [
      { party: 'russia', demand: 'deal-expansion', stance: 'rejects', quote: 'out of the corridor' },
    ]));
});

describe('Northern Ireland wording', () => {
  it('"moving closer to pulling the Article 16 trigger": the use of Article 16, a refusal, not support', () =>
    ni(
      'pulling the trigger',
      'Frost said Britain was moving closer to pulling the Article 16 trigger.',
      [
        {
          party: 'uk',
          demand: 'full-implementation',
          stance: 'rejects',
          quote: 'pulling the Article 16 trigger',
        },
      ],
      [['eu', 'full-implementation']],
    ));
  it('"refused to rule out pulling the Article 16 trigger" keeps the threat: a refusal', () =>
    ni('rule out pulling', 'Johnson refused to rule out pulling the Article 16 trigger.', [
      { party: 'uk', demand: 'full-implementation', stance: 'rejects', quote: 'refused' },
    ]));
  it('"must not pull the Article 16 trigger" asks for the protocol to be kept', () =>
    ni('must not pull', 'Dublin said Britain must not pull the Article 16 trigger.', [
      { party: 'ireland', demand: 'full-implementation', stance: 'supports', quote: 'must not pull' },
    ]));
  it('trap: "pull the bill" still restricts the bill (drops it)', () =>
    ni('pull the bill', 'Coveney urged London to pull the Protocol Bill.', [
      {
        party: 'ireland',
        demand: 'full-implementation',
        stance: 'supports',
        quote: 'pull the Protocol Bill',
      },
    ]));
  it('"to go back on an international treaty is a new low": the treaty honoured is asked', () =>
    ni(
      'go back on',
      'Coveney said that for Britain to go back on an international treaty would be a new low.',
      [{ party: 'ireland', demand: 'full-implementation', stance: 'supports', quote: 'go back on' }],
    ));
  it('trap: going back on a plan to visit is no treaty', () =>
    ni(
      'go back on a plan',
      'Coveney said he would not go back on his plan to visit Belfast.',
      [],
      [['ireland', 'full-implementation']],
    ));
  it('"seek a fresh balance" asks for the arrangements to be renegotiated', () =>
    ni(
      'fresh balance',
      'Frost said London would seek a fresh balance in the Northern Ireland arrangements.',
      [{ party: 'uk', demand: 'protocol-renegotiation', stance: 'supports', quote: 'fresh balance' }],
    ));
  it('"trade that flows smoothly" within the UK is fewer checks', () =>
    ni(
      'flows smoothly',
      'Sunak said the agreement would give businesses across the UK trade that flows smoothly.',
      [{ party: 'uk', demand: 'checks-reduction', stance: 'supports', quote: 'trade that flows smoothly' }],
    ));
  it('trap: traffic that flows smoothly is no trade', () =>
    ni(
      'traffic flows',
      'Sunak said the new bypass would keep traffic flowing smoothly around Belfast.',
      [],
      [['uk', 'checks-reduction']],
    ));
  it('"goods must move far more freely inside the UK" is fewer checks', () =>
    ni('more freely', 'Frost said goods must move far more freely between Britain and Northern Ireland.', [
      { party: 'uk', demand: 'checks-reduction', stance: 'supports', quote: 'more freely' },
    ]));
  it('trap: people speaking more freely is no trade', () =>
    ni(
      'speak more freely',
      'Frost said ministers could speak more freely once the talks ended.',
      [],
      [['uk', 'checks-reduction']],
    ));
  it('"the protocol cannot last as it stands" asks for it to be rewritten', () =>
    ni('cannot last', 'London warned that, as it stands, the protocol cannot last.', [
      { party: 'uk', demand: 'protocol-renegotiation', stance: 'supports', quote: 'protocol cannot last' },
    ]));
  it('trap: a truce that cannot last is no protocol', () =>
    ni(
      'truce cannot last',
      'Frost said the calm at Stormont cannot last for long.',
      [],
      [['uk', 'protocol-renegotiation']],
    ));
});

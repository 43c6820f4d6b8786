/**
 * How the grain-deal positions are phrased in news copy, read with the grain ontology
 * (eval/ontologies/grain-deal-2022.json) and the shared cue lists. Sentences written for these tests.
 *
 * - Past participles coordinated after a subject ("should be renewed and broadened", "must be both
 *   prolonged and enlarged") each say what the subject is to become: the later one is read too
 *   (demand-mentions.ts, afterAt).
 * - A part of a named body between a restriction and it ("connect a unit of Rosselkhozbank", "a
 *   subsidiary of …") is still that body.
 * - Deliberating "whether" is openness ("is weighing whether to …", "mulling …"); not having decided
 *   is unclear ("has yet to decide whether …", "had not made up its mind on …").
 * - Ontology wording: the bank "freed from sanctions" or "hooked up" to SWIFT; the ammonia exports
 *   "got going again"; the part of the package "that concerns Russia" / the section "relating to
 *   Russia"; the deal "carrying on", "brought back", or a party's participation "put on hold"; the
 *   widening named with the deal's full name ("expanding the Black Sea Grain Initiative").
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const read = readerFor(evalOntology('grain-deal-2022.json'), '2023-07-10');

describe('coordinated participles after the subject', () => {
  it('"should be renewed and broadened" reads both the renewal and the widening', () =>
    read(
      'renewed and broadened',
      "Ukraine's envoy said the grain agreement should be renewed and broadened next month.",
      [
        { party: 'ukraine', demand: 'deal-extension', stance: 'supports', quote: 'renewed and broadened' },
        { party: 'ukraine', demand: 'deal-expansion', stance: 'supports', quote: 'renewed and broadened' },
      ],
    ));
  it('"must be both prolonged and enlarged": "both" opens the pair', () =>
    read('both … and', 'Kyiv insists the initiative must be both prolonged and enlarged.', [
      {
        party: 'ukraine',
        demand: 'deal-extension',
        stance: 'supports',
        quote: 'both prolonged and enlarged',
      },
      {
        party: 'ukraine',
        demand: 'deal-expansion',
        stance: 'supports',
        quote: 'both prolonged and enlarged',
      },
    ]));
  it('trap: participles that restrict nothing ("studied and debated") read nothing', () =>
    read(
      'studied and debated',
      'The grain agreement should be studied and debated, the Turkish minister said.',
      [],
      [
        ['turkey', 'deal-extension'],
        ['turkey', 'deal-expansion'],
      ],
    ));
  it('trap: a second clause with its own subject ("and the talks widened") is no widening of the deal', () =>
    read(
      'own subject',
      'Kyiv said the deal should be renewed and the talks widened.',
      [{ party: 'ukraine', demand: 'deal-extension', stance: 'supports', quote: 'renewed' }],
      [['ukraine', 'deal-expansion']],
    ));
});

describe('a long object between "keep" and the state it keeps the deal in', () => {
  it('"keep the Black Sea Grain Initiative alive": the whole name fits between them', () =>
    read('keep … alive', 'The UN said it would do everything to keep the Black Sea Grain Initiative alive.', [
      {
        party: 'un',
        demand: 'deal-extension',
        stance: 'supports',
        quote: 'keep the Black Sea Grain Initiative',
      },
    ]));
  it('"keep the Black Sea grain deal going"', () =>
    read('keep … going', 'Erdogan wants to keep the Black Sea grain deal going.', [
      { party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'wants' },
    ]));
  it('trap: engines kept running in the Black Sea are no deal kept running', () =>
    read(
      'engines',
      "The Turkish captain kept the ship's engines running all night in the Black Sea.",
      [],
      [['turkey', 'deal-extension']],
    ));
  it('trap: another agreement kept going ("on shipping insurance", beyond the reach of the split verb) is not the deal', () =>
    read(
      'too far',
      'Kyiv wants to keep its agreement with Ankara and the UN on shipping insurance going.',
      [],
      [['ukraine', 'deal-extension']],
    ));
});

describe('a part of the bank, and the bank freed or hooked up', () => {
  it('"connect a unit of Rosselkhozbank to SWIFT", proposed, supports the reconnection', () =>
    read('unit of', 'Guterres proposed that the EU connect a unit of Rosselkhozbank to SWIFT.', [
      {
        party: 'un',
        demand: 'swift-reconnection',
        stance: 'supports',
        quote: 'connect a unit of Rosselkhozbank',
      },
    ]));
  it('"the bank must be freed from sanctions"', () =>
    read('freed from', 'Lavrov insisted that the Russian Agricultural Bank must be freed from sanctions.', [
      { party: 'russia', demand: 'swift-reconnection', stance: 'supports', quote: 'freed from sanctions' },
    ]));
  it('"hook up Rosselkhozbank to SWIFT"', () =>
    read('hook up', 'Moscow wants the EU to hook up Rosselkhozbank to SWIFT again.', [
      { party: 'russia', demand: 'swift-reconnection', stance: 'supports', quote: 'hook up Rosselkhozbank' },
    ]));
});

describe('"join SWIFT" and "Russia\'s farm" trade', () => {
  it('"wants Rosselkhozbank to join SWIFT again" supports the reconnection', () =>
    read('join', 'Lavrov said Moscow wants Rosselkhozbank to join SWIFT again.', [
      { party: 'russia', demand: 'swift-reconnection', stance: 'supports', quote: 'wants' },
    ]));
  it('"remove the obstacles facing Russia\'s farm sector": the farm sector names what the obstacles are to', () =>
    read('farm sector', "Lavrov demanded that the West remove the obstacles facing Russia's farm sector.", [
      { party: 'russia', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'demanded' },
    ]));
  it("trap: Ukraine's own farm sector needing help is no Russian export", () =>
    read(
      'own farm sector',
      "Ukraine's farm minister said the country's farm sector needs Western help to rebuild.",
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
});

describe('deliberating and undecided', () => {
  it('"is weighing whether to reconnect" is openness', () =>
    read(
      'weighing whether',
      'Brussels is weighing whether to reconnect a subsidiary of Rosselkhozbank to SWIFT.',
      [{ party: 'eu', demand: 'swift-reconnection', stance: 'open', quote: 'weighing whether' }],
    ));
  it('"is mulling a return of the bank to SWIFT" is openness', () =>
    read('mulling', 'The bloc is mulling a return of Rosselkhozbank to SWIFT, diplomats said.', [
      { party: 'eu', demand: 'swift-reconnection', stance: 'open', quote: 'mulling' },
    ]));
  it('trap: sanctions that "weigh heavily" are no weighing of anything', () =>
    read(
      'weigh heavily',
      "The sanctions on Rosselkhozbank weigh heavily on Russia's grain trade, Moscow said.",
      [],
      [['eu', 'swift-reconnection']],
    ));
  it('"has yet to decide whether Russia will stay in the deal" is unclear', () =>
    read('yet to decide', 'The Kremlin has yet to decide whether Russia will stay in the grain deal.', [
      { party: 'russia', demand: 'deal-extension', stance: 'unclear', quote: 'yet to decide' },
    ]));
  it('"had not made up its mind on renewing the deal" is unclear', () =>
    read('made up its mind', 'Peskov said Moscow had not made up its mind on renewing the grain deal.', [
      { party: 'russia', demand: 'deal-extension', stance: 'unclear', quote: 'not made up its mind' },
    ]));
  it('trap: undecided about a venue is no position on the deal', () =>
    read(
      'venue',
      'Turkey said it had yet to decide where the next round of grain talks would be held.',
      [],
      [['turkey', 'deal-extension']],
    ));
});

describe('grain-deal wording in the ontology', () => {
  it('"get the ammonia pipeline going again"', () =>
    read('going again', 'Moscow says it wants to get the ammonia pipeline going again.', [
      { party: 'russia', demand: 'ammonia-pipeline', stance: 'supports', quote: 'going again' },
    ]));
  it('trap: grain ships got going again are no ammonia', () =>
    read(
      'ships going',
      'Ukraine said it would get its grain ships going again through the Danube.',
      [],
      [['ukraine', 'ammonia-pipeline']],
    ));
  it('"the part of the package that concerns Russia had never been honoured"', () =>
    read(
      'part that concerns',
      'Zakharova said the part of the package that concerns Russia had never been honoured.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'concerns Russia',
        },
      ],
    ));
  it('"the section relating to Russia was still not carried out"', () =>
    read(
      'section relating',
      'Peskov complained that the section relating to Russia was still not carried out.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'section relating to Russia',
        },
      ],
    ));
  it('trap: Kyiv naming that part is no Ukrainian support for it', () =>
    read(
      'named by Kyiv',
      'Kyiv said the part of the deal that concerns Russia was being used as blackmail.',
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
  it('"let the grain initiative carry on", asked of Moscow', () =>
    read('carry on', 'Guterres asked Moscow to let the grain initiative carry on through the winter.', [
      { party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'carry on' },
    ]));
  it('"bring the grain deal back", hoped for', () =>
    read('bring back', 'Erdogan said he hoped the talks would bring the grain deal back.', [
      { party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'bring the grain deal back' },
    ]));
  it('"put its participation in the grain deal on hold" is a walk-out', () =>
    read('on hold', 'Russia put its participation in the grain deal on hold on Saturday.', [
      { party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'on hold' },
    ]));
  it('trap: loading that "carried on" and plans "put on hold" are no deal', () =>
    read(
      'carried on',
      'The shipping company carried on loading grain at Odesa, and the ministry put its plans for a new grain terminal on hold.',
      [],
      [
        ['ukraine', 'deal-extension'],
        ['russia', 'deal-extension'],
      ],
    ));
});

describe("the widening named with the initiative's full name", () => {
  it('"broadening of the Black Sea Initiative … ruled out" reads a refusal', () =>
    read(
      'expansion of the Black Sea Initiative',
      'Moscow said an expansion of the Black Sea Initiative was out of the question for now.',
      [{ party: 'russia', demand: 'deal-expansion', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('"wants to expand the Black Sea Grain Initiative" reads the widening wanted', () =>
    read(
      'expand the Black Sea Grain Initiative',
      'Kyiv wants to expand the Black Sea Grain Initiative to more of its southern ports.',
      [{ party: 'ukraine', demand: 'deal-expansion', stance: 'supports', quote: 'wants' }],
    ));
  it("trap: the initiative's extension under its full name is no widening", () =>
    read(
      'extension of the Black Sea Initiative',
      'Guterres said the extension of the Black Sea Initiative was vital for poorer countries.',
      [{ party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'vital' }],
      [['un', 'deal-expansion']],
    ));
});

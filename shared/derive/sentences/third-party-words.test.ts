/**
 * A demand stated in a third party's words: a party that neither put the demand forward nor is asked to
 * meet it speaks the sentence, or opens it as its subject ("China backs what it calls a 'suspension for
 * suspension' bargain"). The document's stated demand is then that party's position, no report of the
 * proposer's, unless the sentence names the proposer outside the demand's own words or the document names
 * the proposer with the demand in a sentence of its own; a later sentence stating the demand otherwise may
 * credit the proposer instead. Likewise a proposer named only inside the demand's own words ("the
 * Association of Serbian Municipalities") where another proposer stands before them, and one named only
 * by an adjective where another proposer speaks. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const korea = evalOntology('us-dprk-2018.json');
const SR = 'sanctions-relief';
const koreaCases: ReadingCase[] = [
  {
    name: 'trap: "China backs what it calls a suspension for suspension bargain" is China\'s, no word of the North',
    text: 'Pyongyang\'s envoy arrived in Beijing on Monday. China backs what it calls a "suspension for suspension" bargain.',
    expect: [{ party: 'china', demand: 'exercises-halt', stance: 'supports', quote: 'China backs' }],
    none: [['north-korea', 'exercises-halt']],
  },
  {
    name: "China backing the North's call names the North: the North's demand stands",
    text: 'Pyongyang\'s envoy arrived in Beijing on Monday. China backs the North\'s call for a "suspension for suspension" bargain.',
    expect: [
      { party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: "the North's call" },
    ],
  },
  {
    name: "trap: Russia and China urging that sanctions be eased is their word, not the North's",
    text: "Pyongyang's envoy arrived in Beijing on Monday. Russia and China urged that the sanctions be eased.",
    expect: [
      { party: 'russia', demand: SR, stance: 'supports', quote: 'urged' },
      { party: 'china', demand: SR, stance: 'supports', quote: 'urged' },
    ],
    none: [['north-korea', SR]],
  },
  {
    name: "trap: a third party's leader, in apposition, urging Washington to ease the sanctions: no word of the North",
    text: "Pyongyang's envoy arrived in Beijing on Monday. Xi Jinping, the Chinese president, has urged Washington to ease the sanctions.",
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'urged' }],
    none: [['north-korea', SR]],
  },
  {
    name: 'the document names the North with the demand in a sentence of its own: still stated for the North',
    text: 'The North has warned more than once that it may take a different road if the sanctions stay. Russia and China urged that the sanctions be eased.',
    expect: [
      {
        party: 'north-korea',
        demand: SR,
        stance: 'supports',
        quote: 'sanctions be eased',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: 'the proposer opening the sentence as its subject: still stated for it',
    text: "Kim Jong Un's government keeps returning to the question of sanctions relief. Russia and China urged that the sanctions be eased.",
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'sanctions relief' }],
  },
];
describe("the Korea ontology: a demand in a third party's words", () => {
  for (const c of koreaCases) it(c.name, () => checkReading({ published: '2019-07-01', ...c }, korea));
});

const gaza = evalOntology('gaza-ceasefire-2024.json');
const PC = 'permanent-ceasefire';
describe("the Gaza ontology: a mediator's aim, and the proposer's own words later", () => {
  it("a later sentence stating the demand otherwise credits the proposer, not the mediator's", () =>
    checkReading(
      {
        name: 'later sentence',
        text: "Hamas sent its reply on Tuesday. Qatar's foreign ministry spokesman said the talks go on. Qatar, he added, is pressing for a permanent ceasefire rather than a short pause. The group says it will free the captives only under an accord that brings the war to an end.",
        published: '2024-03-12',
        expect: [
          { party: 'qatar', demand: PC, stance: 'supports', quote: 'is pressing for' },
          { party: 'hamas', demand: PC, stance: 'supports', quote: 'brings the war to an end' },
        ],
      },
      gaza,
    ));
  it("trap: the mediator's aim alone, Hamas named only elsewhere: no word of Hamas", () =>
    checkReading(
      {
        name: 'mediator only',
        text: "Hamas sent its reply on Tuesday. Qatar's foreign ministry spokesman said the talks go on. Qatar, he added, is pressing for a permanent ceasefire rather than a short pause.",
        published: '2024-03-12',
        expect: [{ party: 'qatar', demand: PC, stance: 'supports', quote: 'is pressing for' }],
        none: [['hamas', PC]],
      },
      gaza,
    ));
});

const afghan = evalOntology('afghanistan-doha-2020.json');
describe("the Afghanistan ontology: the UN chief's appeal", () => {
  it('trap: the UN chief, in apposition, appealing to the Taliban to stop their offensive: no word of Kabul', () =>
    checkReading(
      {
        name: 'UN appeal',
        text: 'The Afghan government did not comment. Antonio Guterres, the head of the United Nations, has appealed to the Taliban to stop their offensive.',
        published: '2021-08-14',
        expect: [],
        none: [['afghan-government', 'ceasefire']],
      },
      afghan,
    ));
  it('the Afghan government named in the appeal it makes: its demand stands', () =>
    checkReading(
      {
        name: 'Kabul appeal',
        text: 'The Afghan government has appealed to the Taliban to stop their offensive.',
        published: '2021-08-14',
        expect: [
          {
            party: 'afghan-government',
            demand: 'ceasefire',
            stance: 'supports',
            quote: 'stop their offensive',
          },
        ],
      },
      afghan,
    ));
});

const iran = evalOntology('iran-nuclear-2021.json');
describe('the Iran ontology: "He …" after a third party\'s envoy was named', () => {
  it("trap: the Chinese envoy's list of open questions is no word of Iran", () =>
    checkReading(
      {
        name: 'envoy',
        text: "Iran's negotiators left Vienna on Friday. China's envoy Wang Qun spoke to reporters after the session. He asked every delegation to focus on the open questions, such as economic guarantees.",
        published: '2022-02-08',
        expect: [],
        none: [['iran', 'us-guarantees']],
      },
      iran,
    ));
});

const kosovo = evalOntology('kosovo-serbia-2022.json');
describe("the Kosovo ontology: a proposer named only inside the demand's own words", () => {
  it('trap: "The Serb List demanded that the Association of Serbian Municipalities be set up": no word of Serbia', () =>
    checkReading(
      {
        name: 'Serb List',
        text: "Serbia's president spoke on Monday. The Serb List demanded that the Association of Serbian Municipalities be set up before any vote.",
        published: '2023-06-01',
        expect: [
          { party: 'kosovo-serbs', demand: 'serb-association', stance: 'supports', quote: 'demanded' },
        ],
        none: [['serbia', 'serb-association']],
      },
      kosovo,
    ));
});

describe("the Kosovo ontology: a party's own denial in a relative clause, told as a fact", () => {
  it('trap: "Serbia, which does not recognise Kosovo\'s independence, …" states no demand of Kosovo\'s', () =>
    checkReading(
      {
        name: 'which does not',
        text: "Kosovo applied to join the Council of Europe last year. Serbia, which does not recognise Kosovo's independence, has voiced worries about the bid.",
        published: '2024-04-17',
        expect: [],
        none: [['kosovo', 'mutual-recognition']],
      },
      kosovo,
    ));
  it("Kosovo's own call, a relative clause of Serbia's after it: Kosovo's demand stands", () =>
    checkReading(
      {
        name: 'Kosovo wants',
        text: 'Kosovo wants Serbia, which has long refused, to recognise its independence.',
        published: '2024-04-17',
        expect: [{ party: 'kosovo', demand: 'mutual-recognition', stance: 'supports', quote: 'wants' }],
      },
      kosovo,
    ));
});

describe("Russia–West: measures named for both sides after the demand's words", () => {
  it('trap: "curbing the missiles of Russia and of NATO" is a measure for both, no stated demand of Russia\'s', () =>
    checkReading({
      name: 'of both',
      text: 'Russia has been waiting for a reply for weeks. The NATO chief said that options for curbing the missiles of Russia and of NATO ought not to be aired in public.',
      expect: [],
      none: [['russia', 'missile-deployment']],
    }));
  it('"curbing the missiles of NATO" alone, Russia named: still stated for Russia', () =>
    checkReading({
      name: 'of one',
      text: "Russia has been waiting for a reply for weeks. Curbing the missiles of NATO near Russia's borders is at the heart of the dispute.",
      expect: [
        { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'Curbing the missiles' },
      ],
    }));
});

const grain = evalOntology('grain-deal-2022.json');
describe('the grain ontology: a proposer named only by an adjective where another proposer speaks', () => {
  it('trap: the UN chief on a renewal "so that Ukrainian grain keeps moving": no word of Ukraine', () =>
    checkReading(
      {
        name: 'UN chief',
        text: 'The UN secretary-general spoke in New York. "These contacts are meant to secure a renewal of the initiative, so that Ukrainian grain keeps moving," he added.',
        published: '2022-10-30',
        expect: [],
        none: [['ukraine', 'deal-extension']],
      },
      grain,
    ));
});

/**
 * Wordings of the Gaza truce talks (eval ontology gaza-ceasefire-2024): a truce called "full" or
 * "complete" unless set for a span of time; forces "on" a corridor placed there, not a topic; the
 * proposer named only as the one a war is to destroy, as the owner of a thing of its own or inside
 * another's label; a name inside an opening participial phrase ("Meeting X, the delegation insisted");
 * an agreement or deal a party lays out or puts forward, its own plan;
 * an idea dismissed by "he" after the speaker was named; a demand's words in a clause of time about
 * another party. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const PC = 'permanent-ceasefire';
const WD = 'israeli-withdrawal';
const at = '2024-06-01';

const cases: ReadingCase[] = [
  {
    name: 'a complete truce and the pull-out of Israeli troops, insisted on: both demands',
    text: 'The movement insisted that any accord would have to deliver a complete truce and the pull-out of Israeli troops, Hamas said.',
    expect: [
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'complete truce' },
      { party: 'hamas', demand: WD, stance: 'supports', quote: 'pull-out of Israeli troops' },
    ],
  },
  {
    name: 'a full truce demanded',
    text: 'Hamas demanded a full truce before any further exchange of prisoners.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'full truce' }],
  },
  {
    name: 'trap: a six-week full ceasefire is a pause, not the lasting end',
    text: 'Israel signed up to a six-week full ceasefire.',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: a complete truce lasting a few days is a pause',
    text: 'Qatar said a complete truce lasting a few days could begin on Friday.',
    expect: [],
    none: [['qatar', PC]],
  },
  {
    name: 'trap: a full cease-fire for 42 days, agreed, grants no lasting end',
    text: 'Israel agreed to a full cease-fire for 42 days in the first stage.',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'Israeli soldiers "on" the corridor, not accepted: the withdrawal backed',
    text: 'Cairo said it would never accept Israeli soldiers on the Philadelphi corridor.',
    expect: [{ party: 'egypt', demand: WD, stance: 'supports', quote: 'accept' }],
  },
  {
    name: 'forces at the crossing or on the corridor, refused: the withdrawal backed',
    text: 'Egypt refuses Israeli troops at the Rafah crossing or on the Philadelphi corridor, its foreign minister said.',
    expect: [{ party: 'egypt', demand: WD, stance: 'supports', quote: 'refuses' }],
  },
  {
    name: 'trap: troops kept "on" the corridor are still kept there',
    text: 'Netanyahu insisted on keeping troops on the Philadelphi corridor.',
    expect: [{ party: 'israel', demand: WD, stance: 'rejects', quote: 'insisted' }],
  },
  {
    name: 'trap: the proposer as the one a war is to eliminate holds no demand',
    text: 'Netanyahu said Israel would keep fighting until the Islamist movement Hamas has been eliminated.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'keep fighting' }],
    none: [['hamas', PC]],
  },
  {
    name: 'trap: the proposer inside the label another gives a place holds no demand',
    text: "Netanyahu stressed that Israel must keep control of the corridor, which he called Hamas's lifeline.",
    expect: [{ party: 'israel', demand: WD, stance: 'rejects', quote: 'keep control of' }],
    none: [['hamas', WD]],
  },
  {
    name: 'trap: Hamas\'s "military capabilities", to be destroyed before Israel ends its offensive: no Hamas demand',
    text: 'Netanyahu insisted that Hamas\'s "military capabilities" must be destroyed before Israel brings its offensive to a close.',
    expect: [],
    none: [['hamas', PC]],
  },
  {
    name: 'trap: the one met in an opening participle is not who insisted',
    text: "Meeting Qatar's prime minister in Doha, the delegation insisted that any accord must bring the war to an end.",
    expect: [],
    none: [['qatar', PC]],
  },
  {
    name: 'the subject after an opening participle with its own party name still holds',
    text: 'Meeting Blinken in Cairo, the Egyptian foreign minister demanded a full Israeli withdrawal from Gaza.',
    expect: [{ party: 'egypt', demand: WD, stance: 'supports', quote: 'demanded' }],
    none: [['united-states', WD]],
  },
  {
    name: 'a speaker named, then an opening "Speaking …" and his own words: his',
    text: "Speaking in Doha on Monday, Qatar's prime minister called for a permanent ceasefire.",
    expect: [{ party: 'qatar', demand: PC, stance: 'supports', quote: 'called for' }],
  },
  {
    name: 'an idea of his own side dismissed, said by "he": his side refuses',
    text: 'Netanyahu spoke to the Knesset on Monday. "The notion that Israel would agree to a permanent ceasefire now is absurd," he added.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'agree to' }],
  },
  {
    name: 'trap: an idea of the other side dismissed, said by "he": the other side\'s position is nobody\'s',
    text: 'Haniyeh spoke on Tuesday. "The idea that Israel would accept a lasting ceasefire is a fantasy," he said.',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'a lasting end to the fire, sought: the permanent ceasefire backed',
    text: 'Doha is seeking a lasting end to the fire in Gaza, not a pause of a few days, its spokesman said.',
    expect: [{ party: 'qatar', demand: PC, stance: 'supports', quote: 'seeking' }],
  },
  {
    name: 'the war that will go on, said by a minister: the permanent ceasefire refused',
    text: 'Gallant said the war will go on until Hamas is defeated.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'war will go on' }],
    none: [['hamas', PC]],
  },
  {
    name: 'keeping troops inside a corridor, demanded: the withdrawal refused',
    text: 'Israeli demands to keep troops inside the Netzarim corridor held up the deal.',
    expect: [{ party: 'israel', demand: WD, stance: 'rejects', quote: 'keep troops inside' }],
  },
  {
    name: 'trap: the speaker\'s message to the proposer, "bring this war to an end", is not the proposer\'s demand',
    text: '"We gave Hamas a clear message: accept the deal and bring this war to an end," the American envoy said.',
    expect: [],
    none: [['hamas', PC]],
  },
  {
    name: 'trap: the end of the war in a time clause about Israel, said by Israel, is no Hamas demand',
    text: 'Netanyahu said the hostages must come home before Israel brings the war to an end.',
    expect: [],
    none: [['hamas', PC]],
  },
  {
    name: 'the proposer setting the time clause as its condition still states its demand',
    text: 'Hamas will not free more hostages until Israel brings the war to an end.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'brings the war to an end' }],
  },
  {
    name: 'an agreement a party lays out is its plan: it backs what the plan lays down',
    text: 'Biden laid out a three-stage agreement to end the fighting under which Israel would pull its troops out of Gaza.',
    expect: [{ party: 'united-states', demand: WD, stance: 'supports', quote: 'agreement' }],
  },
  {
    name: 'a deal a mediator puts forward: its plan',
    text: 'Egypt put forward a deal under which all the hostages would be released.',
    expect: [{ party: 'egypt', demand: 'hostage-release', stance: 'supports', quote: 'deal' }],
  },
  {
    name: 'trap: an agreement reached by both sides is no one side’s plan',
    text: 'Israel and Hamas reached an agreement under which Israel would withdraw from Gaza.',
    expect: [],
    none: [['israel', WD]],
  },
  {
    name: 'trap: an agreement rejected is refused, not presented',
    text: 'Netanyahu rejected an agreement under which Israel would withdraw from Gaza.',
    expect: [{ party: 'israel', demand: WD, stance: 'rejects', quote: 'rejected' }],
  },
];

describe('wordings of the Gaza truce talks', () => {
  for (const c of cases) it(c.name, () => checkReading({ published: at, ...c }, gaza));
});

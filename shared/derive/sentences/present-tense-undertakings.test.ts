/**
 * Undertakings and drafts told in the present tense, as headlines and running reports tell them
 * (eval ontologies afghanistan-doha-2020, us-dprk-2018, gaza-ceasefire-2024, us-china-trade-2019):
 * - the side a demand is put to that "pledges", "promises" or "vows" it, right after its name or
 *   pronoun, concedes it, as "pledged" already did ("Ghani pledges release of prisoners");
 * - a party's undertaking noun with one adjective after its possessive ("China's reported pledges");
 * - "table" and "unveil" in the present, like "tabled", put forward a draft ("Moscow and Beijing table
 *   UN draft to lift sanctions");
 * - a noun cue with its own object ("cooperation on railways") heading a clause whose modal stands
 *   before the demand's words governs nothing in that clause's predicate.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const doha = evalOntology('afghanistan-doha-2020.json');
const dprk = evalOntology('us-dprk-2018.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const trade = evalOntology('us-china-trade-2019.json');

const PR = 'prisoner-release';
const HR = 'hostage-release';
const SR = 'sanctions-relief';
const DN = 'denuclearization';
const SREF = 'structural-reform';

const dohaCases: ReadingCase[] = [
  {
    name: 'a headline: the government the demand is put to pledges freedom for the prisoners',
    text: 'Kabul pledges freedom for Taliban prisoners as talks near',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'pledges' }],
  },
  {
    name: "a headline: the president's office pledges the prisoners' release: conceded",
    text: 'Afghan president pledges release of Taliban prisoners to unblock talks',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'pledges' }],
  },
  {
    name: 'a running report: the president promises the release in the present tense',
    text: 'Ghani promises the release of Taliban prisoners within a week.',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'promises' }],
  },
  {
    name: 'trap: pledges as a noun after an adjective are nobody concession',
    text: 'Earlier pledges of a release of Taliban prisoners came to nothing.',
    expect: [],
    none: [['afghan-government', PR]],
  },
  {
    name: 'trap: the pledges the government made, as a noun, are no present-tense promise',
    text: 'The Taliban doubted the pledges the Afghan government made on the release of Taliban prisoners.',
    expect: [],
    none: [['afghan-government', PR]],
  },
];

const dprkCases: ReadingCase[] = [
  {
    name: 'a headline: the North vows to give up its nuclear arms: conceded',
    text: 'North Korea vows to give up its nuclear weapons',
    expect: [{ party: 'north-korea', demand: DN, stance: 'supports', quote: 'vows' }],
  },
  {
    name: 'the same vow under a condition keeps the matter open',
    text: 'North Korea vows to give up its nuclear weapons if the US lifts its threats',
    expect: [{ party: 'north-korea', demand: DN, stance: 'open', quote: 'vows' }],
  },
  {
    name: 'a headline: two powers table a UN draft to lift sanctions: both put it forward',
    text: 'Moscow and Beijing table UN draft to lift sanctions on North Korea',
    expect: [
      { party: 'russia', demand: SR, stance: 'supports', quote: 'draft' },
      { party: 'china', demand: SR, stance: 'supports', quote: 'draft' },
    ],
  },
  {
    name: 'a headline: one power unveils a draft to lift sanctions',
    text: 'Russia unveils draft to lift sanctions on North Korea',
    expect: [{ party: 'russia', demand: SR, stance: 'supports', quote: 'draft' }],
    none: [['north-korea', SR]],
  },
  {
    name: 'trap: proposals "on the table" are no draft tabled by anyone',
    text: 'Trump said the proposals on the table would lift sanctions.',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'a noun cue with its own object, heading the clause, does not govern the predicate',
    text: 'Under the plan, cooperation on railways and roads between the Koreas would be exempted from UN sanctions, Moscow and Beijing said.',
    expect: [],
    none: [
      ['russia', SR],
      ['china', SR],
    ],
  },
  {
    name: 'the same noun cue whose object is the demand itself still governs it',
    text: 'Pyongyang offered cooperation on lifting sanctions.',
    expect: [{ party: 'north-korea', demand: SR, stance: 'open', quote: 'cooperation on' }],
  },
  {
    name: 'the same noun cue with a clause as its object still governs it',
    text: 'The North said cooperation on sanctions relief would be welcome.',
    expect: [{ party: 'north-korea', demand: SR, stance: 'open', quote: 'cooperation on' }],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: 'a headline: Hamas, to whom the demand is put, pledges the hostages release',
    text: 'Hamas pledges the release of the hostages held in Gaza',
    expect: [{ party: 'hamas', demand: HR, stance: 'supports', quote: 'pledges' }],
  },
  {
    name: 'trap: backing in the present is still no concession by the side the demand is put to',
    text: 'Hamas backs the release of the hostages, a mediator claimed.',
    expect: [],
    none: [['hamas', HR]],
  },
];

const tradeCases: ReadingCase[] = [
  {
    name: "a party's reported pledges (one adjective after the possessive): its own undertaking",
    text: "China's reported pledges to open its market wider were welcomed by business groups.",
    expect: [{ party: 'china', demand: SREF, stance: 'supports', quote: 'pledges' }],
  },
  {
    name: "trap: a party's pledges with two words between are left alone",
    text: "China's much doubted pledges to open its market were mocked by business groups.",
    expect: [],
    none: [['china', SREF]],
  },
];

describe('undertakings and drafts told in the present tense', () => {
  for (const c of dohaCases) it(c.name, () => checkReading({ published: '2020-03-10', ...c }, doha));
  for (const c of dprkCases) it(c.name, () => checkReading({ published: '2019-12-17', ...c }, dprk));
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-03-10', ...c }, gaza));
  for (const c of tradeCases) it(c.name, () => checkReading({ published: '2019-12-13', ...c }, trade));
});

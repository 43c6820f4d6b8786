/**
 * The places a demand's forces are to leave, written once in the frame ("withdrawalPlaces") and read
 * after every word of leaving a place its withdrawal restrictions stand for (withdrawal-places.ts):
 * "withdraw from Poland", "a pullout from Romania and Bulgaria", "pulling out of the former Warsaw Pact
 * countries", "had withdrawn from Eastern Europe", in any tense and as a noun of action. Traps: leaving
 * something that is no place of the demand (talks, a deal, a treaty, the Ukrainian border), a troop
 * movement told as a fact, and the places named with no word of leaving. Sentences written for these
 * tests, read with the shipped Russia–West ontology and the Gaza and Afghanistan ontologies of eval/.
 */
import { describe, expect, it } from 'vitest';
import type { Demand } from '../../model/ontology';
import { withWithdrawalPlaces } from '../withdrawal-places';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const R = 'rollback-1997';

const rollback: ReadingCase[] = [
  {
    name: 'one country of the region after "withdraw from", the demand told by the speaker',
    text: 'Russia wants NATO to withdraw from Poland, Ryabkov said.',
    expect: [{ party: 'russia', demand: R, stance: 'supports', quote: 'withdraw from Poland' }],
  },
  {
    name: 'the first place of a list after "withdraw from" in a reported demand',
    text: 'Moscow demanded that NATO withdraw from Poland and the Baltic states.',
    expect: [{ party: 'russia', demand: R, stance: 'supports', quote: 'withdraw from Poland' }],
  },
  {
    name: 'the past participle: "should have withdrawn from Eastern Europe"',
    text: 'Peskov said NATO should have withdrawn from Eastern Europe long ago.',
    expect: [{ party: 'russia', demand: R, stance: 'supports', quote: 'withdrawn from Eastern Europe' }],
  },
  {
    name: 'the noun of action: "a NATO withdrawal from Central Europe"',
    text: 'Russia has called for a NATO withdrawal from Central Europe.',
    expect: [{ party: 'russia', demand: R, stance: 'supports', quote: 'withdrawal from Central Europe' }],
  },
  {
    name: 'the gerund of "pull out of" before a wording of the region ("the former Warsaw Pact countries")',
    text: 'Moscow keeps insisting on NATO pulling out of the former Warsaw Pact countries.',
    expect: [
      {
        party: 'russia',
        demand: R,
        stance: 'supports',
        quote: 'pulling out of the former Warsaw Pact countries',
      },
    ],
  },
  {
    name: 'the region named by when its members joined ("the countries that joined NATO after 1997")',
    text: 'Lavrov said the alliance must withdraw from the countries that joined NATO after 1997.',
    expect: [
      {
        party: 'russia',
        demand: R,
        stance: 'supports',
        quote: 'withdraw from the countries that joined NATO after 1997',
      },
    ],
  },
  {
    name: 'fronted: "a pullout from Romania and Bulgaria is what Moscow wants"',
    text: 'A pullout from Romania and Bulgaria is what Moscow wants, Peskov said.',
    expect: [{ party: 'russia', demand: R, stance: 'supports', quote: 'pullout from Romania and Bulgaria' }],
  },
  {
    name: 'the Baltic countries named one by one, the demand refused by the side it is put to',
    text: "The United States rejected Russia's call for NATO to withdraw from Estonia, Latvia and Lithuania.",
    expect: [
      { party: 'russia', demand: R, stance: 'supports', quote: 'withdraw from Estonia' },
      { party: 'united-states', demand: R, stance: 'rejects', quote: 'withdraw from Estonia' },
    ],
  },
  {
    name: 'refused with "never pull back from the Baltic states"',
    text: 'NATO said it would never pull back from the Baltic states.',
    expect: [{ party: 'nato', demand: R, stance: 'rejects', quote: 'pull back from the Baltic states' }],
  },
  {
    name: 'refused as a noun of action: "rejected any withdrawal from the eastern flank"',
    text: 'Stoltenberg rejected any withdrawal from the eastern flank.',
    expect: [{ party: 'nato', demand: R, stance: 'rejects', quote: 'withdrawal from the eastern flank' }],
  },
  {
    name: 'trap: withdrawing from talks is no withdrawal from a place of the demand',
    text: 'Russia threatened to withdraw from the talks with NATO.',
    expect: [],
    none: [
      ['russia', R],
      ['nato', R],
    ],
  },
  {
    name: 'trap: pulling out of a deal',
    text: 'Russia said it could pull out of the deal with the United States.',
    expect: [],
    none: [
      ['russia', R],
      ['united-states', R],
    ],
  },
  {
    name: 'trap: leaving a treaty',
    text: 'Russia pulled out of the Conventional Forces in Europe treaty in 2007.',
    expect: [],
    none: [['russia', R]],
  },
  {
    name: 'trap: a troop movement back from another border, told as a fact',
    text: 'Russian troops pulled back from the Ukrainian border after drills, the Pentagon said.',
    expect: [],
    none: [
      ['russia', R],
      ['united-states', R],
    ],
  },
  {
    name: 'trap: troops leaving a place of the region after an exercise, told as a fact',
    text: 'NATO troops withdrew from Romania after the exercise ended, the alliance said.',
    expect: [],
    none: [['nato', R]],
  },
  {
    name: 'trap: the places named with no word of leaving',
    text: 'Lavrov met his Polish counterpart to discuss trade with Poland and the Baltic states.',
    expect: [],
    none: [['russia', R]],
  },
];

const gaza = evalOntology('gaza-ceasefire-2024.json');
const W = 'israeli-withdrawal';
const gazaCases: ReadingCase[] = [
  {
    name: 'Gaza: a corridor after "withdraw from"',
    text: 'Hamas insisted that Israeli forces withdraw from the Netzarim corridor.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: W, stance: 'supports', quote: 'withdraw from the Netzarim corridor' }],
  },
  {
    name: 'Gaza: "pull out of" a corridor, refused',
    text: 'Israel will not pull out of the Philadelphi corridor, Netanyahu said.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: W, stance: 'rejects', quote: 'pull out of the Philadelphi corridor' },
    ],
  },
  {
    name: 'Gaza trap: withdrawing from talks held somewhere',
    text: 'Israel withdrew from the talks in Doha, Hamas said.',
    published: '2024-05-01',
    expect: [],
    none: [
      ['israel', W],
      ['hamas', W],
    ],
  },
  {
    name: 'Gaza trap: people leaving Gaza are no forces withdrawing',
    text: 'Thousands of people tried to leave Gaza through the Rafah crossing, a Hamas official said.',
    published: '2024-05-01',
    expect: [],
    none: [['hamas', W]],
  },
];

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const afghanCases: ReadingCase[] = [
  {
    name: 'Afghanistan: "withdrawal from Afghanistan" as the noun of action',
    text: 'The Taliban said a full withdrawal from Afghanistan must come first.',
    published: '2020-03-01',
    expect: [
      {
        party: 'taliban',
        demand: 'troop-withdrawal',
        stance: 'supports',
        quote: 'withdrawal from Afghanistan',
      },
    ],
  },
];

describe('the places a withdrawal applies to, after every word of leaving a place', () => {
  for (const c of rollback) it(c.name, () => checkReading(c));
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghanistan));
});

describe('withWithdrawalPlaces', () => {
  const demand = (restrictions: string[]): Demand => ({
    id: 'd',
    title: 'd',
    description: '',
    phrases: ['withdraw from the valley'],
    frame: {
      subjects: ['troops'],
      restrictions,
      opposites: [],
      withdrawalPlaces: ['the valley', 'the pass'],
    },
  });
  it('makes one phrase per word of leaving a place and per place, the written ones once', () => {
    const phrases = withWithdrawalPlaces(demand(['withdraw'])).phrases;
    expect(phrases).toContain('pull out of the pass');
    expect(phrases).toContain('pullout from the valley');
    expect(phrases.filter((p) => p === 'withdraw from the valley')).toHaveLength(1);
  });
  it('adds nothing where no restriction of the frame is a word of withdrawing', () => {
    const d = demand(['limit', 'leave']);
    expect(withWithdrawalPlaces(d)).toBe(d);
  });
});

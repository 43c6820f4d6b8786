/**
 * "it" as the subject of a refusing verdict on the one demand the sentence before asked: "Blinken said it
 * was a non-starter", "“It is absurd,” the minister said", 'Blinken said: "It would be unacceptable."'
 * — read as "that was a non-starter" already is, opening the sentence, the words after a colon or a verb
 * of speech. "it" stands for so much else that only a refusing verdict closing its clause counts. Traps:
 * the verdict a placeholder for what follows ("said it was impossible to say", "“It is unacceptable
 * that …”", "it would be premature to comment"), no verdict ("said it was late"), and a sentence before
 * that asked two demands ("it" cannot say which). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const ASKED = 'Moscow demanded a written promise that Ukraine would never join NATO. ';
const refused = (party: string, quote: string) => ({ party, demand: NE, stance: 'rejects' as const, quote });

const russiaWest: ReadingCase[] = [
  {
    name: '"Blinken said it was a non-starter": "it" after a verb of speech',
    text: `${ASKED}Blinken said it was a non-starter.`,
    published,
    expect: [refused('united-states', 'Blinken said it was a non-starter')],
  },
  {
    name: '"“It is absurd,” the German chancellor said": "it" opening a quotation',
    text: `${ASKED}"It is absurd," the German chancellor said.`,
    published,
    expect: [refused('germany', 'It is absurd')],
  },
  {
    name: '"Le Drian said: “It would be unacceptable.”": after a colon, with a modal',
    text: `${ASKED}Le Drian said: "It would be unacceptable."`,
    published,
    expect: [refused('france', 'It would be unacceptable')],
  },
  {
    name: 'trap: "said it was impossible to say" — "it" stands for the infinitive',
    text: `${ASKED}Blinken said it was impossible to say.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "“It is unacceptable that …”" — "it" stands for the clause after',
    text: `${ASKED}"It is unacceptable that Moscow threatens Kyiv," Blinken said.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "said it was late" — no verdict',
    text: `${ASKED}Blinken said it was late.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "said it would be premature to comment"',
    text: `${ASKED}Blinken said it would be premature to comment.`,
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

const iran = evalOntology('iran-nuclear-2021.json');
const ID = 'irgc-delisting';

const iranCases: ReadingCase[] = [
  {
    name: 'iran: "Tehran wants the Guards off the terror list. Bennett said it was unacceptable"',
    text: 'Tehran wants Washington to remove the IRGC from its terrorism blacklist. Bennett said it was unacceptable.',
    published: '2022-05-25',
    expect: [{ party: 'israel', demand: ID, stance: 'rejects', quote: 'Bennett said it was unacceptable' }],
  },
  {
    name: 'iran trap: two demands asked before — "it" cannot say which',
    text: 'Tehran wants Washington to remove the IRGC from its terrorism blacklist and to lift all sanctions. Bennett said it was unacceptable.',
    published: '2022-05-25',
    expect: [],
    none: [
      ['israel', ID],
      ['israel', 'sanctions-lifting'],
    ],
  },
];

describe('"it" as the subject of a refusing verdict on the one demand asked before', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});

/**
 * A demand named by the short definite form of its title-case name (title-heads.ts): coverage writes
 * "the Association of Serb-majority Municipalities" once, or not at all, and then "the Association".
 * The head noun, capitalised, with "the" before it and neither "of" nor another capitalised word after
 * it, names the demand; another body's longer name ("the Association of Journalists") is no such
 * form, and once a document has used the head for another body, its later "the Association" names
 * nothing. Sentences written for these tests, read with the Kosovo–Serbia ontology of eval/ (and
 * made-up demand lists for the compile step).
 */
import { describe, expect, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { titleHeadsOf } from '../title-heads';
import type { Demand, Party } from '../../model/ontology';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const published = '2023-03-01';
const SA = 'serb-association';

const cases: ReadingCase[] = [
  {
    name: 'opposed to "the Association", the demand never spelled out',
    text: 'The prime minister of Kosovo, Albin Kurti, said he was against the Association because it would divide the state.',
    published,
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'against the Association' }],
  },
  {
    name: 'a side that wants "the Association", named after the full name in an earlier sentence',
    text: 'Belgrade has long pressed for the Association of Serb-majority Municipalities. Vucic said on Friday that Serbia still insists on the Association.',
    published,
    expect: [{ party: 'serbia', demand: SA, stance: 'supports', quote: 'still insists on the Association' }],
  },
  {
    name: 'a refusal of "the Association" in a later sentence',
    text: 'The envoys discussed the Community of Serb-majority Municipalities with both leaders. Kurti told them Kosovo would never accept the Association.',
    published,
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'never accept the Association' }],
  },
  {
    name: 'trap: another body’s longer name ("the Association of Journalists of Kosovo")',
    text: 'Kurti said he rejected the criticism from the Association of Journalists of Kosovo.',
    published,
    expect: [],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: the document used the head for another body first, so its later "the Association" is that body',
    text: 'The Association of Journalists of Kosovo condemned the attack on a reporter. Kurti said Kosovo fully backs the Association.',
    published,
    expect: [],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: the head followed by another capitalised word is another name ("the Association Council")',
    text: 'Kurti said Kosovo rejects the Association Council ruling on the fees.',
    published,
    expect: [],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: lower-case "the association of" another trade is no short form',
    text: 'Kurti said Kosovo rejects the demands of the association of hauliers.',
    published,
    expect: [],
    none: [['kosovo', SA]],
  },
  {
    name: 'trap: a lower-case "the association" with no demand phrase is not read as the capitalised name',
    text: 'Kurti said Kosovo supports the association that the farmers set up last year.',
    published,
    expect: [],
    none: [['kosovo', SA]],
  },
];

describe('a demand named by the short definite form of its title-case name', () => {
  for (const c of cases) it(c.name, () => checkReading(c, kosovo));
});

const demand = (id: string, phrases: string[]): Demand => ({ id, title: id, phrases }) as unknown as Demand;
const party = (name: string): Party => ({ id: name, name, aliases: [] }) as unknown as Party;

describe('title-case heads read off the demand phrases', () => {
  it('takes the word before "of", or the last word of a name without one', () => {
    const heads = titleHeadsOf(
      [
        demand('asm', ['Association of Serb-majority Municipalities']),
        demand('act', ['NATO-Russia Founding Act']),
      ],
      [],
    );
    expect([...heads]).toEqual([
      ['Association', 'asm'],
      ['Act', 'act'],
    ]);
  });
  it('trap: a phrase not written in title case gives no head ("association of Serb municipalities")', () => {
    expect(
      titleHeadsOf([demand('asm', ['association of Serb municipalities', 'Minsk agreements'])], []).size,
    ).toBe(0);
  });
  it('trap: a head two demands share names neither', () => {
    const heads = titleHeadsOf(
      [demand('a', ['Washington Declaration']), demand('b', ['Almaty Declaration'])],
      [],
    );
    expect(heads.size).toBe(0);
  });
  it('trap: a head a party’s name uses ("the Union") names no demand', () => {
    const heads = titleHeadsOf([demand('u', ['Union of Serbian Municipalities'])], [party('European Union')]);
    expect(heads.size).toBe(0);
  });
  it('trap: an acronym is no head ("the ASM" is the ontology’s own phrase)', () => {
    expect(titleHeadsOf([demand('a', ['Serb ASM'])], []).size).toBe(0);
  });
});

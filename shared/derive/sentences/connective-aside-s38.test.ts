/**
 * A connective set off in commas between a subject and its verb ("Changes to troop levels, by
 * contrast, are not up for discussion", "…, however, are …", "…, for its part, are …", "…, on the
 * other hand, are …") only ties the clause to the one before it: the subject reads on to its verb as
 * if the aside were not there (tokens.ts, hideConnectiveAsides). Only a connective from a closed list,
 * only right after a word and right before a finite verb or auxiliary. Traps: no party speaking
 * ("analysts said"), the demand's own proposer complaining, and a connective after a fronted topic
 * before a name ("On troop levels …, however, Blinken said nothing"), which keeps its commas.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-22';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"…, by contrast, are not up for discussion": the subject reads on to its verb, a refusal',
    text: 'Changes to troop levels on allied soil, by contrast, are not up for discussion, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'by contrast' }],
    none: [['russia', RB]],
  },
  {
    name: '"…, however, are not up for discussion" reads the same',
    text: 'Changes to troop levels on allied soil, however, are not up for discussion, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'however' }],
  },
  {
    name: 'a connective of several words, "for its part", reads the same',
    text: 'Changes to force posture in Eastern Europe, for its part, are not up for discussion, the White House said.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'for its part' }],
  },
  {
    name: '"…, by contrast, could be discussed": openness reads on past the aside too',
    text: 'Limits on missile deployments in Europe, by contrast, could be discussed, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'could be discussed' }],
  },
  {
    name: 'trap: no party speaking ("analysts said") gives no one the refusal',
    text: 'Changes to troop levels on allied soil, by contrast, are not up for discussion, analysts said.',
    published,
    expect: [],
    none: [
      ['united-states', RB],
      ['nato', RB],
    ],
  },
  {
    name: 'trap: the proposer saying it ("Lavrov complained") neither refuses nor backs its own demand here',
    text: 'Changes to troop levels on allied soil, by contrast, are not up for discussion, Lavrov complained.',
    published,
    expect: [],
    none: [
      ['russia', RB],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: a connective after a fronted topic, before a name, keeps its commas ("Blinken said nothing")',
    text: 'On troop levels in Eastern Europe, however, Blinken said nothing.',
    published,
    expect: [],
    none: [['united-states', RB]],
  },
];

describe('a connective in commas between a subject and its verb is read through', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

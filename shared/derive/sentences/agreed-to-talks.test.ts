/**
 * Agreeing to talks on a demand is openness, not acceptance: "the US agreed to talks on missile
 * limits", "Washington has agreed to negotiations on limiting …" (ontology open cues "agree to talks",
 * "agree to negotiations", "agree to negotiate", "agree to a dialogue", …; the longer cue wins over
 * the supports cue "agree to"). Traps: agreeing to the demand itself still supports it; a refusal to
 * agree to talks is a refusal. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"agreed to talks on missile limits" is open, not support',
    text: 'The US agreed to talks on missile limits.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'agreed to talks' }],
  },
  {
    name: '"has agreed to negotiations on limiting missile deployments" is open',
    text: 'Washington has agreed to negotiations on limiting missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'agreed to negotiations' }],
  },
  {
    name: '"agreed to negotiate over" intermediate-range missiles is open',
    text: 'The alliance agreed to negotiate over intermediate-range missiles in Europe, a NATO diplomat said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'agreed to negotiate' }],
  },
  {
    name: 'trap: agreeing to the limits themselves still supports them',
    text: 'The US agreed to limits on missile deployments.',
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'agreed to' }],
  },
  {
    name: 'trap: refusing to agree to talks on the limits is a refusal',
    text: 'Washington refused to agree to talks on missile limits.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'refused to agree to talks' }],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"Israel agreed to talks on a permanent ceasefire" is open (Gaza)',
    text: 'Israel agreed to talks on a permanent ceasefire, an Egyptian official said.',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'open', quote: 'agreed to talks' }],
  },
];

describe('agreeing to talks is openness', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
  const gaza = evalOntology('gaza-ceasefire-2024.json');
  it.each(gazaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, gaza));
});

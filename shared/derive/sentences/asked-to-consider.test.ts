/**
 * Asking another party to consider something ("urged Washington to consider …", "proposed that the
 * council consider …") is pressing for it: support, not the asker's own openness. Considering it oneself
 * ("wants to consider …") stays openness. Sentences written for these tests, read with the US–North
 * Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2018-06-20';

const cases: ReadingCase[] = [
  {
    name: '"urged Washington to consider", "proposed that the council consider": support',
    text: 'Seoul has urged Washington to consider a declaration formally ending the Korean War. Moscow and Beijing have proposed that the council consider easing sanctions.',
    published,
    expect: [
      {
        party: 'south-korea',
        demand: 'end-of-war',
        stance: 'supports',
        quote: 'to consider a declaration',
      },
      { party: 'russia', demand: 'sanctions-relief', stance: 'supports', quote: 'consider easing' },
      { party: 'china', demand: 'sanctions-relief', stance: 'supports', quote: 'consider easing' },
    ],
  },
  {
    name: 'trap: considering it oneself stays open; asking another not to consider it refuses it',
    text: 'Washington wants to consider a declaration formally ending the Korean War. Tokyo urged Washington not to consider easing sanctions.',
    published,
    expect: [
      { party: 'united-states', demand: 'end-of-war', stance: 'open', quote: 'wants to consider' },
      { party: 'japan', demand: 'sanctions-relief', stance: 'rejects', quote: 'not to consider' },
    ],
  },
];

describe('asking another to consider a demand supports it', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});

/**
 * Cue words of session 34 for attitudes that went unread:
 * - "(would) not hesitate to", "not think twice about" (supports): readiness for a step of one's own, the
 *   usual wording of a threat ("Britain would not hesitate to trigger Article 16"). A demand named in an
 *   "if" clause whose subject is another party is the occasion of the step, not its object
 *   (other-party-condition.ts): "the EU would not hesitate to retaliate if Britain triggered Article 16".
 * - "refuse to / decline to / (would) not be drawn on" (unclear): declining to say where one stands on a
 *   matter ("Šefčovič refused to be drawn on the ECJ's role"); not "drawn into" a fight.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const ni = evalOntology('ni-protocol-2021.json');
const FULL = 'full-implementation';
const ECJ = 'ecj-role-removal';

const cases: ReadingCase[] = [
  {
    name: '"would not hesitate to trigger Article 16": the threat rejects implementing the protocol in full',
    text: 'Frost said Britain would not hesitate to trigger Article 16.',
    expect: [{ party: 'uk', demand: FULL, stance: 'rejects', quote: 'not hesitate' }],
  },
  {
    name: '"would not think twice about suspending parts of the protocol", warned',
    text: 'Johnson warned that Britain would not think twice about suspending parts of the protocol.',
    expect: [{ party: 'uk', demand: FULL, stance: 'rejects', quote: 'think twice' }],
  },
  {
    name: 'trap: the other party in the condition ("… if Britain triggered Article 16") is no object of the threat',
    text: 'Šefčovič said the EU would not hesitate to retaliate if Britain triggered Article 16.',
    expect: [],
    none: [
      ['eu', FULL],
      ['uk', FULL],
    ],
  },
  {
    name: 'trap: "… take legal action if London tore up the protocol" reads no openness of the EU',
    text: 'Šefčovič said the EU would not hesitate to take legal action if London tore up the protocol.',
    expect: [],
    none: [
      ['eu', 'protocol-renegotiation'],
      ['eu', FULL],
    ],
  },
  {
    name: 'trap: readiness for a step no demand covers reads nothing',
    text: "Frost said Britain would not hesitate to defend its farmers, and he praised the protocol's aims.",
    expect: [],
    none: [
      ['uk', FULL],
      ['uk', 'protocol-renegotiation'],
    ],
  },
  {
    name: 'trap: a question about the threat is no position',
    text: 'Asked whether Britain would not hesitate to trigger Article 16, Frost gave no answer.',
    expect: [],
    none: [['uk', FULL]],
  },
  {
    name: '"refused to be drawn on the ECJ\'s role": unclear',
    text: "Šefčovič refused to be drawn on the ECJ's role.",
    expect: [{ party: 'eu', demand: ECJ, stance: 'unclear', quote: 'drawn on' }],
  },
  {
    name: '"would not be drawn on whether the court\'s role could be reduced": unclear',
    text: "Šefčovič would not be drawn on whether the court's role could be reduced.",
    expect: [{ party: 'eu', demand: ECJ, stance: 'unclear', quote: 'drawn on' }],
  },
  {
    name: 'trap: "not be drawn into a trade war" over the protocol is no answer on it',
    text: 'Frost said Britain will not be drawn into a trade war over the protocol.',
    expect: [],
    none: [
      ['uk', 'protocol-renegotiation'],
      ['uk', FULL],
    ],
  },
  {
    name: 'trap: not drawn on another matter, firm on the court: the firm answer holds',
    text: "Šefčovič would not be drawn on the date of the next meeting, but said the ECJ's role was not up for negotiation.",
    expect: [{ party: 'eu', demand: ECJ, stance: 'rejects', quote: 'not up for negotiation' }],
  },
];

describe('threat and non-answer cue words', () => {
  for (const c of cases) it(c.name, () => checkReading({ published: '2021-11-01', ...c }, ni));
});

/**
 * "The Secretary-General said …", "The Taoiseach told reporters …": an office the document never ties to a
 * party or a name speaks for the one party whose officials hold it on the date, once the document has
 * named that party. Not an office two parties hold ("the President"), nor one whose only holder in the
 * ontology the document never named ("the Secretary of State" in a piece on Belfast). Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');
const ni = evalOntology('ni-protocol-2021.json');

const unText = (office: string, before = 'The United Nations brokered the pact last year. ') =>
  `${before}Lavrov spoke to reporters on Monday. ${office} said he deeply regretted Moscow’s choice to walk away from the grain deal.`;

describe('an office only one party holds, named bare', () => {
  it('"The Secretary-General … regretted" in a piece that has named the UN', () =>
    checkReading(
      {
        name: 'secretary-general',
        text: unText('The Secretary-General'),
        published: '2023-07-18',
        expect: [{ party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'regretted' }],
      },
      grain,
    ));
  it('trap: the same office in a piece that never named the UN speaks for no one', () =>
    checkReading(
      {
        name: 'UN never named',
        text: unText('The Secretary-General', ''),
        published: '2023-07-18',
        expect: [],
        none: [['un', 'deal-extension']],
      },
      grain,
    ));
  it('trap: a one-word office in lower case is no title ("the secretary-general")', () =>
    checkReading(
      {
        name: 'lower-case office',
        text: unText('The secretary-general'),
        published: '2023-07-18',
        expect: [],
        none: [['un', 'deal-extension']],
      },
      grain,
    ));
  it('"The Taoiseach said …" in a piece that has named Dublin', () =>
    checkReading(
      {
        name: 'taoiseach',
        text: 'Dublin has kept a close eye on the row. The Taoiseach said the protocol must be implemented in full.',
        published: '2022-06-14',
        expect: [{ party: 'ireland', demand: 'full-implementation', stance: 'supports', quote: 'Taoiseach' }],
      },
      ni,
    ));
  it('trap: an office two parties hold names neither ("The President said …")', () =>
    checkReading(
      {
        name: 'president',
        text: 'Washington and Brussels both sent envoys. The President said the protocol must be implemented in full.',
        published: '2022-06-14',
        expect: [],
        none: [['united-states', 'full-implementation']],
        noneButStated: [['eu', 'full-implementation']],
      },
      ni,
    ));
  it('trap: the only holder’s party never named in the piece gets nothing ("the Secretary of State" in Belfast)', () =>
    checkReading(
      {
        name: 'secretary of state',
        text: 'The DUP leader met the Secretary of State at Hillsborough. The Secretary of State said the protocol must be implemented in full.',
        published: '2023-03-20',
        expect: [],
        none: [['united-states', 'full-implementation']],
      },
      ni,
    ));
});

/**
 * A clause after a semicolon with a verb of its own is a statement of its own: "the two sides agreed to
 * open talks next month; on the pullback they remain far apart", "Israel agreed to resume talks; a
 * permanent ceasefire is still far off". The cue before the semicolon ("agreed to") no longer reaches the
 * demand named after it, as if the clause were one more item of what was agreed.
 * Traps (still read): a cue whose own object is the demand before the semicolon ("agreed to a permanent
 * ceasefire; …"), items of a list after a colon set off by semicolons, and a bare list of items after a
 * verb of demanding, with no verb of their own. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { readerFor } from '../test-support/reading';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';

const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-06');
const rw = readerFor(seedOntology(), '2022-01-20');
const PC = 'permanent-ceasefire';
const WD = 'israeli-withdrawal';

describe('a clause of its own after a semicolon', () => {
  it('"agreed to hold … talks next month; on the withdrawal … they remain far apart": no stance', () =>
    gaza(
      'fronted topic',
      'Israel and Hamas agreed to hold a fresh round of talks next month; on the withdrawal of Israeli forces they remain far apart.',
      [],
      [
        ['israel', WD],
        ['hamas', WD],
      ],
    ));
  it('"agreed to resume talks; a permanent ceasefire is still far off": no support for the ceasefire', () =>
    gaza(
      'subject of its own',
      'Israel agreed to resume talks; a permanent ceasefire is still far off.',
      [],
      [['israel', PC]],
    ));
  it('"agreed to resume talks; on a permanent ceasefire it has not budged"', () =>
    gaza(
      'pronoun subject',
      'Israel agreed to resume talks; on a permanent ceasefire it has not budged.',
      [],
      [['israel', PC]],
    ));
  it('"…; on NATO enlargement, however, they remain far apart": the verb past an aside', () =>
    rw(
      'aside',
      'Moscow and Washington agreed to meet again in Geneva; on NATO enlargement, however, they remain far apart.',
      [],
      [
        ['russia', 'non-expansion'],
        ['united-states', 'non-expansion'],
      ],
    ));
  it('"agreed to hold further talks next week; a halt to NATO expansion is still far off"', () =>
    rw(
      'Russia–West subject',
      'The two delegations agreed to hold further talks next week; a halt to NATO expansion is still far off.',
      [],
      [['russia', 'non-expansion']],
    ));
  it('trap: "Hamas agreed to a permanent ceasefire; on the hostages it gave no ground" keeps the agreement', () =>
    gaza('own object', 'Hamas agreed to a permanent ceasefire; on the hostages it gave no ground.', [
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'agreed to a permanent ceasefire' },
    ]));
  it('trap: items after a colon, set off by semicolons, are still the conditions', () =>
    gaza(
      'colon list',
      'Hamas laid out its conditions: a permanent ceasefire; the withdrawal of Israeli forces from Gaza; and the return of the displaced.',
      [
        { party: 'hamas', demand: PC, stance: 'supports', quote: 'a permanent ceasefire' },
        { party: 'hamas', demand: WD, stance: 'supports', quote: 'withdrawal of Israeli forces' },
      ],
    ));
  it('trap: a bare list after "is demanding", set off by semicolons, is still demanded', () =>
    gaza(
      'bare list',
      'Hamas is demanding a permanent ceasefire; a full Israeli withdrawal; and reconstruction.',
      [
        { party: 'hamas', demand: PC, stance: 'supports', quote: 'demanding a permanent ceasefire' },
        { party: 'hamas', demand: WD, stance: 'supports', quote: 'demanding a permanent ceasefire' },
      ],
    ));
  it('trap: a refusal before the semicolon still reads ("rejected a permanent ceasefire; …")', () =>
    gaza(
      'refusal',
      'Israel rejected a permanent ceasefire; the hostages, it said, would come home by military pressure.',
      [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'rejected a permanent ceasefire' }],
    ));
});

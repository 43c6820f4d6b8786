/**
 * A demand phrase written as a noun of action with "the" before its object ("removal of the tariffs")
 * also reads as its verb with the object bare ("remove tariffs"), as it already read as "remove the
 * tariffs" and as "removal of tariffs": copy often drops the article ("has not agreed to remove
 * tariffs"). A short ontology keeps one wording, and its frame's "remove + tariffs" alone is a bare
 * measure no stance rests on. Cases with the modest US–China ontology (which keeps "removal of the
 * tariffs" but not "removal of tariffs"), sentences written for these tests. Traps: the verb with
 * another object, the words apart, and a verb that is an adjective too ("opening of the ferry lane" is
 * no "open ferry lane"; a made-up border dispute).
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const read = readerFor(evalOntology('modest/us-china-trade-2019.json'), '2019-11-08');
const TR = 'tariff-removal';
const US = 'united-states';

describe('"removal of the tariffs" read as "remove tariffs"', () => {
  it('"has not agreed to remove tariffs" rejects', () =>
    read('not agreed', 'The White House said it has not agreed to remove tariffs.', [
      { party: US, demand: TR, stance: 'rejects', quote: 'remove tariffs' },
    ]));
  it('"had not yet agreed to remove tariffs", reported of the party', () =>
    read('not yet agreed', 'Mnuchin said Washington had not yet agreed to remove tariffs.', [
      { party: US, demand: TR, stance: 'rejects', quote: 'remove tariffs' },
    ]));
  it('"said he refused to remove tariffs" rejects', () =>
    read('refused', 'Trump said he refused to remove tariffs.', [
      { party: US, demand: TR, stance: 'rejects', quote: 'remove tariffs' },
    ]));
  it('"ready to discuss removing tariffs" is open (the "-ing" form on its lemma)', () =>
    read('ready to discuss', 'Trump said he was ready to discuss removing tariffs.', [
      { party: US, demand: TR, stance: 'open', quote: 'removing tariffs' },
    ]));
});

describe('traps', () => {
  it('the verb with another object: removing officials who set tariffs', () =>
    read('officials', 'Trump said he has not agreed to remove officials who set tariffs.', [], [[US, TR]]));
  it('the words apart: agreeing to nothing, tariffs not raised', () =>
    read(
      'apart',
      'The White House said it has not agreed to anything, and tariffs were not raised at the meeting.',
      [],
      [[US, TR]],
    ));
  it('removing a person who runs the tariffs file', () =>
    read(
      'a person',
      'Trump said he refused to remove Lighthizer, who runs the tariffs file.',
      [],
      [[US, TR]],
    ));
  it('a verb that is an adjective too: an "open ferry lane" policy is no demand to open the lane', () => {
    const border: Ontology = {
      version: 2,
      parties: [NORLAND, VESTA],
      demands: [
        {
          id: 'ferry-lane',
          title: 'Norland opens the ferry lane',
          description: 'Norland lets Vestan ferries use the northern lane again.',
          proposedBy: ['vesta'],
          addressedTo: ['norland'],
          phrases: ['opening of the ferry lane'],
        },
      ],
      cues: borderCues(),
      roles: BORDER_ROLES,
    };
    readerFor(border)(
      'open lane',
      'Vesta wants an open ferry lane policy for its own ports.',
      [],
      [['vesta', 'ferry-lane']],
    );
  });
});

/**
 * Three more families of everyday verbs for a restriction an analyst wrote (restriction-families.ts):
 * one who wrote "reduce" has said "narrow" and "a lowering of" state it too, one who wrote "revive" that "bring
 * back" and "reinstate" do, one who wrote "scrap" that "abandon" and "renounce" do. A plain ontology
 * lists one verb; copy picks another. A made-up river dispute, with an ontology and sentences written
 * for these tests; traps keep the synonyms to the demand's own subjects and to the families written.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const river: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'catch-gap',
      title: 'The gap between the two fishing catches reduced',
      description: 'Norland reduces the gap between its catch and the Vestan catch.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['reduce the catch gap'],
      frame: { subjects: [], weakSubjects: ['catch gap'], restrictions: ['reduce'], opposites: [] },
    },
    {
      id: 'ferry-revival',
      title: 'The cross-river ferry service revived',
      description: 'The ferry service across the river, stopped last year, runs again.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['revive the ferry service'],
      frame: { subjects: [], weakSubjects: ['ferry service'], restrictions: ['revive'], opposites: [] },
    },
    {
      id: 'dam-plans',
      title: 'Norland scraps its plans for an upstream dam',
      description: 'Norland drops its plans to dam the river upstream.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['scrap the dam plans'],
      frame: { subjects: [], weakSubjects: ['dam plans'], restrictions: ['scrap'], opposites: [] },
    },
  ],
  cues: borderCues('agree to'),
  roles: BORDER_ROLES,
};

const read = readerFor(river);

describe('"narrow" and "lowering of" state a demand written with "reduce"', () => {
  it('"narrow the catch gap", asked for', () =>
    read('narrow', 'Vesta wants Norland to narrow the catch gap before the season opens.', [
      { party: 'vesta', demand: 'catch-gap', stance: 'supports', quote: 'narrow the catch gap' },
    ]));
  it('"a lowering of the catch gap", refused', () =>
    read('lowering of, refused', 'Norland refused any lowering of the catch gap.', [
      { party: 'norland', demand: 'catch-gap', stance: 'rejects', quote: 'lowering of the catch gap' },
    ]));
  it('traps: "lower" the adjective, lowering something else, narrowing talks', () => {
    read(
      'lower as an adjective',
      'Norland reported a lower catch gap at the spring count, its minister said.',
      [],
      [['norland', 'catch-gap']],
    );
    read(
      'lower a flag',
      'Norland lowered its flag over the island on Monday.',
      [],
      [['norland', 'catch-gap']],
    );
    read(
      'narrow the talks',
      'Vesta wants to narrow the talks to the ferry timetable.',
      [],
      [
        ['vesta', 'catch-gap'],
        ['vesta', 'ferry-revival'],
      ],
    );
  });
});

describe('"bring back" and "reinstate" state a demand written with "revive"', () => {
  it('"bring back the ferry service", hoped for', () =>
    read('bring back', 'Vesta hopes to bring back the ferry service this summer.', [
      { party: 'vesta', demand: 'ferry-revival', stance: 'supports', quote: 'bring back the ferry service' },
    ]));
  it('"reinstate the ferry service", refused', () =>
    read('reinstate, refused', 'Norland refused to reinstate the ferry service.', [
      { party: 'norland', demand: 'ferry-revival', stance: 'rejects', quote: 'reinstate the ferry service' },
    ]));
  it('trap: bringing back something else reads nothing', () =>
    read(
      'bring back an envoy',
      'Norland wants to bring back its envoy from the capital.',
      [],
      [['norland', 'ferry-revival']],
    ));
});

describe('"abandon" and "renounce" state a demand written with "scrap"', () => {
  it('"abandon its dam plans", urged', () =>
    read('abandon', 'Vesta urged Norland to abandon its dam plans.', [
      { party: 'vesta', demand: 'dam-plans', stance: 'supports', quote: 'abandon its dam plans' },
    ]));
  it('"never renounce its dam plans"', () =>
    read('renounce, never', 'Norland said it would never renounce its dam plans.', [
      { party: 'norland', demand: 'dam-plans', stance: 'rejects', quote: 'renounce its dam plans' },
    ]));
  it('traps: abandoning talks about the plans, or giving up hope, is no scrapping of them', () => {
    read(
      'abandoned the talks on the dam plans',
      'Norland abandoned the talks on the dam plans after a week.',
      [],
      [['norland', 'dam-plans']],
    );
    read('gave up hope', 'Vesta has given up hope of a deal on the river.', [], [['vesta', 'dam-plans']]);
  });
});

/**
 * A subject owned by a party the demand is put to (its adjective, its name with "'s", a pronoun for it)
 * is tied to the demand as an anchor would tie it, where the sentence holds the demand's restriction:
 * "Sarnian duties lifted" when the duties are Sarnia's to lift (demand-mentions.ts ownedByAddressee).
 * The timber ontology of anchor-forms.test.ts: Ambria is asked to lift its duties on Kestrian timber.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const english = seedOntology();

const timber: Ontology = {
  version: 2,
  parties: [
    { id: 'kestria', name: 'Kestria', aliases: ['Kestria', 'Dovren'], adjectives: ['Kestrian'] },
    { id: 'ambria', name: 'Ambria', aliases: ['Ambria', 'Selmont'], adjectives: ['Ambrian'] },
    { id: 'corvia', name: 'Corvia', aliases: ['Corvia'], adjectives: ['Corvian'] },
  ],
  demands: [
    {
      id: 'duty-removal',
      title: 'Removal of the timber duties',
      description: 'Ambria lifts its duties on Kestrian timber.',
      proposedBy: ['kestria'],
      addressedTo: ['ambria'],
      phrases: ['duty-free timber'],
      frame: {
        subjects: ['duties', 'levies'],
        anchors: ['sawmills'],
        restrictions: ['lift', 'remove'],
        restrictionsAfter: ['lifted', 'removed'],
        opposites: ['keep the duties'],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles ?? [],
};

const read = readerFor(timber);

describe("a subject owned by the demand's addressee", () => {
  it('the addressee\'s adjective before the subject ("Ambrian duties lifted")', () =>
    read('adjective', 'Kestria wants Ambrian duties lifted before any new contract.', [
      { party: 'kestria', demand: 'duty-removal', stance: 'supports', quote: 'Ambrian duties lifted' },
    ]));
  it('trap: no restriction in the sentence leaves the owned subject unread', () =>
    read(
      'no restriction',
      'Kestria complained about Ambrian duties again.',
      [],
      [['kestria', 'duty-removal']],
    ));
  it('trap: the measure aimed at another party ("on Corvian timber") is not this demand', () =>
    read(
      'other target',
      'Kestria wants Ambrian duties on Corvian timber lifted.',
      [],
      [['kestria', 'duty-removal']],
    ));
  it("trap: a third party's duties are not the addressee's", () =>
    read('third party', 'Kestria wants Corvian duties lifted.', [], [['kestria', 'duty-removal']]));
});

/**
 * A frame's weak subjects and anchors that end on a noun for an accord read with the others
 * (anchor-forms.ts, withAccordNouns): an analyst who wrote "fishing deal" meant the accord however a text
 * calls it ("the fishing agreement", "the fishing pact", "the arrangement"). A made-up fishing and timber
 * dispute, with an ontology and sentences written for these tests.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const english = seedOntology();

const fishing: Ontology = {
  version: 2,
  parties: [
    { id: 'kestria', name: 'Kestria', aliases: ['Kestria', 'Dovren'], adjectives: ['Kestrian'] },
    { id: 'ambria', name: 'Ambria', aliases: ['Ambria', 'Selmont'], adjectives: ['Ambrian'] },
  ],
  demands: [
    {
      id: 'deal-renewal',
      title: 'Renew the fishing deal',
      description: 'Ambria renews the fishing deal that lets Kestrian boats into its waters.',
      proposedBy: ['kestria'],
      addressedTo: ['ambria'],
      phrases: ['more fishing days'],
      frame: {
        subjects: [],
        weakSubjects: ['fishing deal', 'pact'],
        restrictions: ['extend', 'renew'],
        opposites: [],
      },
    },
    {
      id: 'duty-removal',
      title: 'Removal of the timber duties',
      description: 'Ambria lifts its duties on Kestrian timber.',
      proposedBy: ['kestria'],
      addressedTo: ['ambria'],
      phrases: ['duty-free timber'],
      frame: {
        subjects: ['duties'],
        anchors: ['timber deal', 'pact', 'Tarn Pact'],
        restrictions: ['lift', 'remove'],
        opposites: ['keep the duties'],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles ?? [],
};

const read = readerFor(fishing);

describe('a noun for an accord read as the others', () => {
  it('"fishing deal" read as "fishing pact"', () =>
    read('pact', 'Kestria wants the fishing pact extended for five more years.', [
      { party: 'kestria', demand: 'deal-renewal', stance: 'supports', quote: 'fishing pact extended' },
    ]));
  it('a weak subject "pact" read as "arrangement", with its restriction', () =>
    read('arrangement', 'Dovren has asked Selmont to renew the arrangement before the season opens.', [
      { party: 'kestria', demand: 'deal-renewal', stance: 'supports', quote: 'renew the arrangement' },
    ]));
  it('an anchor "timber deal" read as "timber agreement"', () =>
    read('anchor', 'Kestrian negotiators say the duties must be lifted under the new timber agreement.', [
      { party: 'kestria', demand: 'duty-removal', stance: 'supports', quote: 'duties must be lifted' },
    ]));
  it('trap: "deal" and "accord" are verbs too, and are not added to a weak subject "pact"', () =>
    read(
      'verb',
      'Kestria wants to extend the talks and deal with the boats later, according to officials.',
      [],
      [['kestria', 'deal-renewal']],
    ));
  it('trap: a bare anchor ("pact") is not read as any arrangement', () =>
    read(
      'bare anchor',
      'Kestrian negotiators say the duties must be lifted under the new arrangement.',
      [],
      [['kestria', 'duty-removal']],
    ));
  it('trap: a name ("Tarn Pact") is not read as another accord ("Tarn deal")', () =>
    read(
      'name',
      'Kestrian negotiators say the duties must be lifted under the new Tarn deal.',
      [],
      [['kestria', 'duty-removal']],
    ));
});

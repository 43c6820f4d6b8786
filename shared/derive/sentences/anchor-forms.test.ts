/**
 * A frame's anchors read under the ontology's other names for them (anchor-forms.ts): an analyst who
 * wrote the anchor "Kestria" meant the country however a text names it (its capital "Dovren"), and one
 * who wrote "Ambrian fish" meant "fish from Ambria" too. A made-up timber and fishing dispute, with an
 * ontology and sentences written for these tests.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const english = seedOntology();

const timber: Ontology = {
  version: 2,
  parties: [
    {
      id: 'kestria',
      name: 'Kestria',
      aliases: ['Kestria', 'Dovren', 'the Northern bloc', 'Coalition', 'the coalition'],
      adjectives: ['Kestrian'],
    },
    { id: 'ambria', name: 'Ambria', aliases: ['Ambria', 'Selmont'], adjectives: ['Ambrian'] },
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
        anchors: ['Kestria', 'sawmills', 'stage two'],
        restrictions: ['lift', 'remove'],
        opposites: ['keep the duties'],
      },
    },
    {
      id: 'quota-scrapping',
      title: 'No more fishing quotas',
      description: 'Kestria scraps its quotas on Ambrian fish.',
      proposedBy: ['ambria'],
      addressedTo: ['kestria'],
      phrases: ['quota-free fish'],
      frame: {
        subjects: ['quotas', 'catch limits'],
        anchors: ['Ambrian fish', 'trawlers'],
        restrictions: ['scrap', 'abolish'],
        opposites: ['keep the quotas'],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles ?? [],
};

const read = readerFor(timber);

describe("an anchor read under the ontology's other names for it", () => {
  it('a country anchor read under its capital\'s name ("Kestria" → "Dovren")', () =>
    read('capital', 'Officials in Dovren insist that the duties must be lifted before any new contract.', [
      { party: 'kestria', demand: 'duty-removal', stance: 'supports', quote: 'the duties must be lifted' },
    ]));
  it('"Ambrian fish" read as "fish from Ambria"', () =>
    read('from', 'Selmont says the quotas on fish from Ambria must be scrapped this year.', [
      { party: 'ambria', demand: 'quota-scrapping', stance: 'supports', quote: 'must be scrapped' },
    ]));
  it('trap: a description among the aliases ("the Northern bloc") anchors nothing', () =>
    read(
      'description',
      'Leaders of the Northern bloc said the duties must be lifted soon.',
      [],
      [['kestria', 'duty-removal']],
    ));
  it('trap: a one-word alias that is also a common noun ("Coalition", listed as "the coalition") anchors nothing', () =>
    read(
      'common noun',
      'Coalition members said the duties must be lifted soon.',
      [],
      [['kestria', 'duty-removal']],
    ));
  it('a number in an anchor read in figures ("stage two" → "stage 2")', () =>
    read('figures', 'Kestrian officials want the duties lifted in stage 2 of the talks.', [
      { party: 'kestria', demand: 'duty-removal', stance: 'supports', quote: 'duties lifted' },
    ]));
  it('trap: another number is another stage ("stage 3")', () =>
    read(
      'other number',
      'Kestrian officials want the duties lifted in stage 3 of the talks.',
      [],
      [['kestria', 'duty-removal']],
    ));
  it('trap: fish from elsewhere is not "Ambrian fish"', () =>
    read(
      'other fish',
      'Selmont says the quotas on fish from the north must be scrapped this year.',
      [],
      [['ambria', 'quota-scrapping']],
    ));
});

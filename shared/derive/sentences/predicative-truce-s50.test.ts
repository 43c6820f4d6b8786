/**
 * A lasting truce asked for by saying of the truce that it must last: "any ceasefire needs to be
 * permanent", "the Gaza ceasefire must be permanent", "ensuring the ceasefire is made permanent", "the
 * temporary truce to be made permanent". An ontology that lists "permanent ceasefire" reads these as the
 * same demand (phrase-variants.ts writes "ceasefire … be permanent" and "ceasefire … made permanent";
 * predicative-truce.ts keeps their gap to the words that join a truce to its predicate). Found in real
 * coverage: infobalkans.com (AFP, 1 May 2024, a Hamas official on any ceasefire), atalayar.com (30 April
 * 2024, the Saudi foreign minister), The Times of Israel liveblog (the Qatari prime minister at Davos).
 * Its opposite the same way: "any ceasefire must be temporary" (phrase-variants.ts temporaryForms writes
 * "ceasefire … be temporary", "ceasefire … as temporary", read as the demand's opposite), found in
 * theyeshivaworld.com (March 2024, Israel insisting any ceasefire must be temporary) and in AP copy on
 * latestly.com and upday.com (18 January 2025, Netanyahu treating the ceasefire as temporary).
 * Traps: a truce asked about ("whether the truce would be permanent", "unclear whether the ceasefire
 * would be made permanent", "could not say whether"), a truce somewhere else in the gap ("the ceasefire
 * in Lebanon would be permanent"), a truce that a preposition takes ("the damage done before the truce
 * would be permanent"), and a predicate said by no party ("Analysts doubt …").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { phraseVariants, temporaryForms } from '../phrase-variants';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-01');

describe('a truce said to have to last', () => {
  it('"any ceasefire needs to be permanent": Hamas supports the permanent ceasefire', () =>
    gaza('needs to be', 'A Hamas official said any ceasefire needs to be permanent.', [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'any ceasefire needs to be permanent',
      },
    ]));
  it('"the Gaza ceasefire must be permanent": Hamas supports it', () =>
    gaza('must be', 'Hamas insists the Gaza ceasefire must be permanent.', [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'the Gaza ceasefire must be permanent',
      },
    ]));
  it('"ensuring the ceasefire is made permanent": the mediator supports it', () =>
    gaza(
      'is made',
      'The Qatari prime minister said there was a long way to go in ensuring the ceasefire is made permanent.',
      [
        {
          party: 'qatar',
          demand: 'permanent-ceasefire',
          stance: 'supports',
          quote: 'ensuring the ceasefire is made permanent',
        },
      ],
    ));
  it('"wants the temporary truce to be made permanent": Hamas supports it', () =>
    gaza('to be made', 'Hamas wants the temporary truce to be made permanent.', [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'the temporary truce to be made permanent',
      },
    ]));
  it('"the ceasefire has to be lasting": the synonym reads too', () =>
    gaza('lasting', 'Hamas said the ceasefire has to be lasting.', [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'the ceasefire has to be lasting',
      },
    ]));
});

describe('a truce said to be only temporary: the opposite', () => {
  it('"any ceasefire must be temporary": Israel rejects the permanent ceasefire', () =>
    gaza('must be temporary', 'Israel has insisted that any ceasefire must be temporary.', [
      {
        party: 'israel',
        demand: 'permanent-ceasefire',
        stance: 'rejects',
        quote: 'any ceasefire must be temporary',
      },
    ]));
  it('"would not accept that the ceasefire be temporary": Hamas supports the permanent ceasefire', () =>
    gaza('not accept temporary', 'Hamas said it would not accept that the ceasefire be temporary.', [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'the ceasefire be temporary',
      },
    ]));
  it("traps: asked about, another truce, a preposition's object", () => {
    gaza(
      'whether temporary',
      'Qatar asked whether the truce would be temporary.',
      [],
      [['qatar', 'permanent-ceasefire']],
    );
    gaza(
      'lebanon temporary',
      'Israel said the truce in Lebanon would be temporary.',
      [],
      [['israel', 'permanent-ceasefire']],
    );
    gaza(
      'damage temporary',
      'Netanyahu said the damage done before the truce would be temporary.',
      [],
      [['israel', 'permanent-ceasefire']],
    );
  });
});

describe('traps: a truce asked about, elsewhere, or no subject of the predicate', () => {
  it('"asked whether the truce would be permanent": no side', () =>
    gaza(
      'whether',
      'Hamas asked whether the truce would be permanent.',
      [],
      [['hamas', 'permanent-ceasefire']],
    ));
  it('"unclear whether the ceasefire would be made permanent": no side', () =>
    gaza(
      'unclear whether',
      "Qatar's prime minister said it was unclear whether the ceasefire would be made permanent.",
      [],
      [['qatar', 'permanent-ceasefire']],
    ));
  it('"could not say whether the truce would be permanent": no side', () =>
    gaza(
      'could not say',
      'Biden said he could not say whether the truce would be permanent.',
      [],
      [['united-states', 'permanent-ceasefire']],
    ));
  it('"the ceasefire in Lebanon would be permanent": another truce in the gap', () =>
    gaza(
      'lebanon',
      'Israel said the ceasefire in Lebanon would be permanent.',
      [],
      [['israel', 'permanent-ceasefire']],
    ));
  it('"the damage done before the truce would be permanent": the truce is a preposition\'s object', () =>
    gaza(
      'damage',
      'Hamas said the damage done before the truce would be permanent.',
      [],
      [['hamas', 'permanent-ceasefire']],
    ));
  it('"Analysts doubt the ceasefire will be permanent": no party speaks', () =>
    gaza(
      'analysts',
      'Analysts doubt the ceasefire will be permanent.',
      [],
      [
        ['hamas', 'permanent-ceasefire'],
        ['israel', 'permanent-ceasefire'],
        ['qatar', 'permanent-ceasefire'],
      ],
    ));
});

describe('phraseVariants: predicative forms', () => {
  it('only for a word of lasting before a truce', () => {
    expect(phraseVariants('permanent ceasefire')).toEqual(
      expect.arrayContaining(['ceasefire … be permanent', 'truce … made lasting']),
    );
    expect(temporaryForms('permanent ceasefire')).toEqual([
      'ceasefire … be temporary',
      'ceasefire … as temporary',
    ]);
    expect(temporaryForms('permanent bases')).toEqual([]);
    expect(phraseVariants('permanent bases').some((v) => v.includes(' be '))).toBe(false);
    expect(phraseVariants('full ceasefire').some((v) => v.includes(' be '))).toBe(false);
    expect(phraseVariants('permanent ceasefire in Gaza').some((v) => v.includes(' be '))).toBe(false);
  });
});

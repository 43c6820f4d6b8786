/** Trigger words: a sentence's mask holds a list's bit exactly where one of its words is a token's lower-case form. */
import { describe, expect, it } from 'vitest';
import { JUDGED_CARRIER, JUDGING_WORD } from './judged-demands';
import { KeyCache, tokenize } from './tokens';
import { holdsAllTriggers, holdsTrigger, triggerList, triggersIn } from './trigger-words';
import { wordSet } from './word-set';

const keyCache = new KeyCache(null, () => true);
const tokensOf = (text: string) => tokenize(text, 0, text.length, keyCache);

// (Module constants, as the readers make them: the lists live as long as the process.)
const GIVING = triggerList(wordSet(/^(?:dropped|gave)$/), 'abandoned');
const MARKS = triggerList(/^[?!]$/, new Set(['neither']));

describe('trigger words', () => {
  it('gives each list its own bit', () => {
    expect(GIVING).not.toBe(MARKS);
    expect(GIVING & MARKS).toBe(0);
  });
  it('finds a word of a list, by a word set, a literal word, a pattern or a set, in lower case', () => {
    expect(holdsTrigger(tokensOf('Moscow Dropped its demand.'), GIVING)).toBe(true);
    expect(holdsTrigger(tokensOf('Kyiv has abandoned the plan.'), GIVING)).toBe(true);
    expect(holdsTrigger(tokensOf('Will it hold?'), MARKS)).toBe(true);
    expect(holdsTrigger(tokensOf('Neither side moved.'), MARKS)).toBe(true);
  });
  it('finds nothing where no token is a word of the list (not a part of a word, nor another form)', () => {
    const tokens = tokensOf('Moscow drops its demand and gives nothing up, abandoning none.');
    expect(holdsTrigger(tokens, GIVING)).toBe(false);
    expect(holdsTrigger(tokens, MARKS)).toBe(false);
    expect(triggersIn(tokensOf('')) & (GIVING | MARKS)).toBe(0);
  });
  it('reads each token array afresh (the last one is kept), so one sentence never answers for another', () => {
    const a = tokensOf('Moscow dropped it.');
    const b = tokensOf('Moscow kept it.');
    expect(holdsTrigger(a, GIVING)).toBe(true);
    expect(holdsTrigger(b, GIVING)).toBe(false);
    expect(holdsTrigger(a, GIVING)).toBe(true);
  });
  it('asks for a word of each list where told to (holdsAllTriggers)', () => {
    expect(holdsAllTriggers(tokensOf('Neither side dropped it?'), GIVING | MARKS)).toBe(true);
    expect(holdsAllTriggers(tokensOf('Moscow dropped it.'), GIVING | MARKS)).toBe(false);
    expect(holdsAllTriggers(tokensOf('Did Moscow keep it?'), GIVING | MARKS)).toBe(false);
  });
  it('refuses a pattern with a g or y flag (its test keeps state between words)', () => {
    expect(() => triggerList(/^a$/g)).toThrow(/g or y flag/);
  });
  it("keeps the judged demands' sentences: an adjective split at its hyphen, and the demand noun", () => {
    const both = JUDGED_CARRIER | JUDGING_WORD;
    const held = (text: string): boolean => (triggersIn(tokensOf(text)) & both) === both;
    expect(held('Lavrov called the unreasonable US demands unacceptable.')).toBe(true);
    // ("one - sided" as three tokens: its first word is the trigger.)
    expect(held('Moscow rejected the one-sided proposals.')).toBe(true);
    expect(held('Moscow rejected the high - handed terms.')).toBe(true);
    expect(held('Moscow rejected the reasonable proposals.')).toBe(false);
    expect(held('Moscow called the plan unreasonable.')).toBe(false);
  });
});

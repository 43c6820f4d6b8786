/**
 * pronounOwner: whose a possessive pronoun is, the one resolver the sentence scan and the document's
 * record of anchors share. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { compileOntology } from './compile-ontology';
import { pronounOwner } from './possessive-anchors';
import { evalOntology } from './test-support/seed-corpus';
import { tokenize } from './tokens';

const compiled = compileOntology(evalOntology('grain-deal-2022.json'));

/** The parties owning the last possessive pronoun of `text`, or null when none is found. */
function ownerOfLastPronoun(text: string): string[] | null {
  const tokens = tokenize(text, 0, text.length, compiled.keyCache);
  const actors = findActors(text, tokens, compiled, '2023-07-10', new Map());
  const k = tokens.map((t) => t.lower).lastIndexOf('its');
  return pronounOwner(tokens, actors, k)?.parties ?? null;
}

describe('pronounOwner', () => {
  it('the nearest party named before the pronoun owns it', () =>
    expect(ownerOfLastPronoun('Ukraine said Moscow wants the curbs on its exports lifted.')).toEqual([
      'russia',
    ]));
  it('a name after a place preposition yields to an earlier one', () =>
    expect(ownerOfLastPronoun('Ukraine spoke of its ships stuck near Russia and of its exports.')).toEqual([
      'ukraine',
    ]));
  it('a name after a place preposition is still taken when it is the only one', () =>
    expect(ownerOfLastPronoun('Ships wait near Russia for its exports.')).toEqual(['russia']));
  it('an adjective owns nothing, and no name before the pronoun gives no owner', () =>
    expect(ownerOfLastPronoun('Russian wheat is cheap, and buyers ask about its exports.')).toBeNull());
});

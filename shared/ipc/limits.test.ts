/**
 * The limits on what the renderer may send: one id limit everywhere, a quote limit on citations
 * and range notes, and unknown keys refused at every depth of every request's argument.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ID_MAX_LENGTH, QUOTE_MAX_LENGTH } from '../model/limits';
import { contract, describeValidationError, REQUEST_NAMES } from './contract';

const apply = contract['analyst:apply'].args;
const refusal = (action: unknown) => {
  const parsed = apply.safeParse({ action });
  return parsed.success ? null : describeValidationError('analyst:apply', 'argument', parsed.error);
};

const range = (length: number) => ({ document: 'doc', start: 10, end: 10 + length });
const cite = (length: number) => ({
  type: 'citation:create',
  party: 'nato',
  demand: 'eu',
  stance: 'open',
  range: range(length),
  comment: '',
});

describe('a citation or range note', () => {
  it(`may quote up to ${QUOTE_MAX_LENGTH} characters`, () => {
    expect(refusal(cite(QUOTE_MAX_LENGTH))).toBeNull();
  });

  it.each([QUOTE_MAX_LENGTH + 1, 19_500_000])('is refused at %i characters, saying so', (length) => {
    const failure = refusal(cite(length));
    expect(failure?.fields).toEqual(['action.range.end']);
    expect(failure?.message).toContain('a quote may be at most 5,000 characters: select a shorter passage');
    const note = refusal({ type: 'note:create', target: { kind: 'range', range: range(length) }, text: 'n' });
    expect(note?.message).toContain('at most 5,000 characters');
  });
});

describe('ids', () => {
  const long = 'a'.repeat(ID_MAX_LENGTH + 1);
  const huge = 'a'.repeat(10_000);
  it.each([
    [{ type: 'ontology:add-party', partyId: long, name: 'X', aliases: [] }, 'action.partyId'],
    [{ type: 'ontology:add-party', partyId: huge, name: 'X', aliases: [] }, 'action.partyId'],
    [
      { type: 'ontology:add-demand', demandId: huge, title: 'X', description: '', phrases: [] },
      'action.demandId',
    ],
    [{ type: 'ontology:add-alias', partyId: huge, alias: 'x' }, 'action.partyId'],
    [
      { type: 'note:create', target: { kind: 'cell', party: huge, demand: 'd' }, text: 'n' },
      'action.target.party',
    ],
    [{ type: 'note:delete', id: huge }, 'action.id'],
    [{ ...cite(5), id: huge }, 'action.id'],
    [{ ...cite(5), range: { ...range(5), document: huge } }, 'action.range.document'],
  ])('over the limit are refused, naming the field (%#)', (action, field) => {
    const failure = refusal(action);
    expect(failure?.fields).toContain(field);
    expect(failure?.message).toContain(`is longer than ${ID_MAX_LENGTH} characters`);
  });

  it('at the limit are accepted', () => {
    const id = 'a'.repeat(ID_MAX_LENGTH);
    expect(refusal({ type: 'ontology:add-party', partyId: id, name: 'X', aliases: [] })).toBeNull();
    expect(contract['document:get'].args.safeParse({ id }).success).toBe(true);
    expect(contract['document:get'].args.safeParse({ id: id + 'a' }).success).toBe(false);
  });
});

/** Every object schema reachable from `schema`, with the path that leads to it. */
function objectsIn(schema: z.ZodType, at: string, seen = new Set<z.ZodType>()): Array<[string, z.ZodObject]> {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const found: Array<[string, z.ZodObject]> = [];
  if (schema instanceof z.ZodObject) {
    found.push([at, schema]);
    for (const [key, child] of Object.entries(schema.shape))
      found.push(...objectsIn(child as z.ZodType, `${at}.${key}`, seen));
  }
  for (const key of ['innerType', 'element', 'in', 'out']) {
    if (def[key] instanceof z.ZodType) found.push(...objectsIn(def[key] as z.ZodType, at, seen));
  }
  if (Array.isArray(def.options))
    for (const option of def.options as z.ZodType[]) found.push(...objectsIn(option, at, seen));
  return found;
}

describe('request arguments', () => {
  it('refuse unknown keys at every level of every request', () => {
    const loose: string[] = [];
    let objects = 0;
    for (const name of REQUEST_NAMES) {
      for (const [at, object] of objectsIn(contract[name].args, name)) {
        objects++;
        const strict = object.safeParse({
          ...Object.fromEntries(Object.keys(object.shape).map((k) => [k, undefined])),
          unknownKey: 1,
        });
        if (strict.success || !strict.error.issues.some((i) => i.code === 'unrecognized_keys'))
          loose.push(at);
      }
    }
    expect(objects).toBeGreaterThan(30);
    expect(loose).toEqual([]);
  });
});

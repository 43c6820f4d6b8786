/**
 * Every analyst and preferences request, fed generated malformed or impossible arguments through the
 * real IPC handlers: each must answer `{ ok: false }` with a clear message, never throw, and never
 * change a byte of the store file.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, REQUEST_NAMES, type RequestName } from '../../../shared/ipc/contract';
import { STANCES } from '../../../shared/model/stance';
import { createHandlers } from '../../ipc/handlers';
import type { AppServices } from '../app-services';
import type { AnalystService } from './analyst-service';
import { analystRequestServices } from './request-services';
import { openTestService, TASS_TEXT, tempDir } from './test-support/fixtures';

const ANALYST_REQUESTS = [
  'analyst:get',
  'analyst:apply',
  'analyst:undo',
  'analyst:redo',
  'analyst:dismiss-notices',
  'analyst:save-status',
  'preferences:get',
  'preferences:set',
] as const;
const ACTION_TYPES = contract['analyst:apply'].args.shape.action.options.map((o) => o.shape.type.value);

let dir: string;
let service: AnalystService;
let dispatch: (name: RequestName, raw: unknown) => ReturnType<ReturnType<typeof createHandlers>['dispatch']>;

beforeAll(() => {
  dir = tempDir();
  const seeding = openTestService(dir);
  seeding.preferences.set({ author: 'Ada' });
  const range = { document: 'tass-1', start: 0, end: 6 };
  seeding.apply({ type: 'note:create', target: { kind: 'cell', party: 'nato', demand: 'eu' }, text: 'n' });
  seeding.apply({ type: 'override:set', party: 'nato', demand: 'eu', stance: 'open', rationale: 'r' });
  seeding.apply({ type: 'citation:create', party: 'nato', demand: 'eu', stance: 'open', range, comment: '' });
  seeding.apply({ type: 'rejection:create', citationKey: 'k', reason: 'r' });
  seeding.apply({ type: 'ontology:add-party', partyId: 'china', name: 'China', aliases: [] });
  // A new instance has an empty history, so undo/redo cannot succeed and any write would show in the bytes.
  service = openTestService(dir);
  const real: Partial<AppServices> = analystRequestServices(service);
  const services = Object.fromEntries(
    REQUEST_NAMES.map((name) => [
      name,
      real[name] ??
        (() => {
          throw new Error(`${name} is not part of this test`);
        }),
    ]),
  ) as AppServices;
  dispatch = createHandlers(services).dispatch;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function expectRefusedAndUnchanged(name: RequestName, raw: unknown) {
  const bytes = fs.readFileSync(service.storePath);
  const result = await dispatch(name, raw);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message.length).toBeGreaterThan(10);
  // A generic failure would mean the service crashed rather than explaining what was wrong.
  expect(result.error.message).not.toMatch(/" failed: /);
  expect(fs.readFileSync(service.storePath)).toEqual(bytes);
}

const isValidArgs = (name: RequestName, raw: unknown) =>
  contract[name].args.safeParse(raw === undefined ? {} : raw).success;

const anyValue = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
  maxDepth: 3,
});
const nearAction = fc.record(
  {
    type: fc.constantFrom(...ACTION_TYPES, 'note:explode', ''),
    id: anyValue,
    text: anyValue,
    target: anyValue,
    range: anyValue,
    party: anyValue,
    stance: anyValue,
  },
  { requiredKeys: ['type'] },
);

describe('analyst and preferences handlers under malformed arguments', () => {
  it.each(ANALYST_REQUESTS)('%s refuses arbitrary values', async (name) => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (raw) => {
        fc.pre(!isValidArgs(name, raw));
        await expectRefusedAndUnchanged(name, raw);
      }),
      { numRuns: 300 },
    );
  });

  it('analyst:apply refuses near-miss actions', async () => {
    await fc.assert(
      fc.asyncProperty(nearAction, async (action) => {
        fc.pre(!isValidArgs('analyst:apply', { action }));
        await expectRefusedAndUnchanged('analyst:apply', { action });
      }),
      { numRuns: 500 },
    );
  });

  it('preferences:set refuses bad patches', async () => {
    const patch = fc.record(
      {
        author: fc.oneof(anyValue, fc.string({ minLength: 121, maxLength: 300 })),
        theme: fc.oneof(anyValue, fc.string()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(patch, anyValue), async (p) => {
        fc.pre(!isValidArgs('preferences:set', { patch: p }));
        await expectRefusedAndUnchanged('preferences:set', { patch: p });
      }),
      { numRuns: 300 },
    );
  });

  it('analyst:apply refuses well-formed but impossible actions with a message naming the problem', async () => {
    // Stored ids look like "s1-3"; these never do.
    const unknownId = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.startsWith('s'));
    const badRange = fc.oneof(
      fc.record({ document: unknownId, start: fc.nat(100), end: fc.integer({ min: 101, max: 200 }) }),
      fc.record({
        document: fc.constant('tass-1'),
        start: fc.nat(TASS_TEXT.length),
        // Past the end, yet within the quote limit, so only the document can refuse it.
        end: fc.integer({ min: TASS_TEXT.length + 1, max: TASS_TEXT.length + 4_000 }),
      }),
    );
    const impossible = fc.oneof(
      fc.record({ type: fc.constant('note:update' as const), id: unknownId, text: fc.constant('x') }),
      fc.record({
        type: fc.constantFrom(
          'note:delete',
          'override:delete',
          'citation:delete',
          'rejection:delete',
          'ontology:delete-edit',
        ),
        id: unknownId,
      }),
      fc.record({
        type: fc.constant('citation:update' as const),
        id: unknownId,
        comment: fc.string({ maxLength: 20 }),
      }),
      fc.record({
        type: fc.constant('citation:create' as const),
        party: fc.constant('nato'),
        demand: fc.constant('eu'),
        stance: fc.constantFrom(...STANCES),
        range: badRange,
        comment: fc.constant(''),
      }),
      fc.record({
        type: fc.constant('note:create' as const),
        target: fc.record({ kind: fc.constant('range' as const), range: badRange }),
        text: fc.constant('x'),
      }),
      fc.record({
        type: fc.constant('ontology:add-party' as const),
        partyId: fc.constant('china'),
        name: fc.constant('China again'),
        aliases: fc.constant([]),
      }),
    );
    await fc.assert(
      fc.asyncProperty(impossible, async (action) => {
        expect(isValidArgs('analyst:apply', { action })).toBe(true);
        const bytes = fs.readFileSync(service.storePath);
        const result = await dispatch('analyst:apply', { action });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.message).toMatch(
            /No (note|override|analyst citation|citation rejection|ontology edit|document) with id|runs past the end|already been added/,
          );
        }
        expect(fs.readFileSync(service.storePath)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });
});

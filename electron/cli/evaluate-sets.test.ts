import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { movedLines, parseSetLines } from './set-lines';

const run = promisify(execFile);
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-evaluate-sets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evaluateSets = (...args: string[]) =>
  run(process.execPath, [TSX, 'electron/cli/evaluate-sets.ts', ...args], { cwd: PROJECT });

describe('set summary lines', () => {
  it('reads "set gold right wrong not-in-gold" lines back, skipping comments and malformed lines', () => {
    const lines = parseSetLines(
      'owa 108 66 1 14\n# total 108 66 1 14\nbroken 1 2\nneg 5 -1 0 0\n\ngz-b 40 20 2 19\n',
    );
    expect([...lines.keys()]).toEqual(['owa', 'gz-b']);
    expect(lines.get('gz-b')).toEqual({ set: 'gz-b', gold: 40, right: 20, wrong: 2, notInGold: 19 });
  });

  it('lists only the sets whose counts changed, and new sets', () => {
    const before = parseSetLines('owa 108 66 1 14\nowb 100 86 0 11\n');
    const moved = movedLines(before, [
      { set: 'owa', gold: 108, right: 67, wrong: 1, notInGold: 13 },
      { set: 'owb', gold: 100, right: 86, wrong: 0, notInGold: 11 },
      { set: 'owc', gold: 52, right: 44, wrong: 0, notInGold: 10 },
    ]);
    expect(moved).toEqual(['owa right 66 → 67, wrong 1 → 1, not in gold 14 → 13', 'owc 52 44 0 10 (new)']);
  });
});

// Each test runs the CLI as a process deriving real sets: on a loaded CI machine that may take a while.
describe('npm run evaluate:sets', { timeout: 180_000 }, () => {
  it('scores the named sets with their own ontologies, one line each, the same as npm run evaluate', async () => {
    const { stdout } = await evaluateSets('--sets', 'owh,gz-b', '--details', path.join(dir, 'details'));
    const lines = parseSetLines(stdout);
    expect([...lines.keys()]).toEqual(['owh', 'gz-b']);
    expect(lines.get('owh')?.gold).toBe(36);
    expect(lines.get('gz-b')?.gold).toBe(40);
    const gaza = await run(
      process.execPath,
      [
        TSX,
        'electron/cli/evaluate.ts',
        '--corpus',
        'eval/own-words/gz-b',
        '--gold',
        'eval/gold/own-words-gz-b.json',
        '--ontology',
        'eval/ontologies/gaza-ceasefire-2024.json',
      ],
      { cwd: PROJECT },
    );
    const g = lines.get('gz-b')!;
    expect(gaza.stdout).toContain(`gold cells 40: right ${g.right} `);
    expect(gaza.stdout).toContain(`wrong with a stance ${g.wrong},`);
    expect(gaza.stdout).toContain(`not in the gold file ${g.notInGold}`);
    // The details file is that same report, timing aside.
    const withoutTiming = (s: string) => s.replace(/derived in \d+ ms/, '').trim();
    expect(withoutTiming(readFileSync(path.join(dir, 'details', 'gz-b.txt'), 'utf8'))).toBe(
      withoutTiming(gaza.stdout),
    );
  });

  it('with --modest leaves out the sets whose negotiation has no modest copy; --compare names what moved', async () => {
    const earlier = path.join(dir, 'earlier.txt');
    writeFileSync(earlier, 'gz-b 40 0 0 0\n');
    const { stdout } = await evaluateSets('--sets', 'owh,gz-b', '--modest', '--compare', earlier);
    expect([...parseSetLines(stdout).keys()]).toEqual(['gz-b']);
    expect(stdout).toMatch(/# moved since .*earlier\.txt\n# gz-b right 0 → \d+/);
  });

  it('refuses a set that does not exist, naming it, with exit 2', async () => {
    const failed = await evaluateSets('--sets', 'owh,no-such-set').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('no such set in');
    expect((failed as { stderr: string }).stderr).toContain('no-such-set');
    const unknownFlag = await evaluateSets('--set', 'owh').catch((e: { code: number; stderr: string }) => e);
    expect(unknownFlag).toMatchObject({ code: 2 });
    expect((unknownFlag as { stderr: string }).stderr).toContain("Unknown option '--set'");
  });
});

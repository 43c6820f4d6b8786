/**
 * A V8 CPU profile (`node --cpu-prof`) summed for reading: self and total time by function, self time
 * by file, and, given a function, what its time went to (its direct callees, recursion folded in).
 * Shares of the samples, so that runs on a busy machine compare where wall times do not:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/derive-runs.ts 3
 *   npx tsx bench/profile-summary.ts /tmp/prof/CPU.….cpuprofile [top] [--in "emit findings.ts"]
 * (tsx hands V8 each module on one line, so the profile names functions and files, not lines. Run
 * node with --no-turbo-inlining to see inlined callees apart; the shares move little.)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { in: { type: 'string' } },
});
const [file, topArg] = positionals;
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top] [--in "function file-part"]');
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const selfSamples = new Map<number, number>();
for (const s of profile.samples) selfSamples.set(s, (selfSamples.get(s) ?? 0) + 1);
const total = profile.samples.length;

/** The file of a frame, shortened to its path in the project (or the frame's name for V8's own). */
const fileOf = (n: ProfileNode): string =>
  n.callFrame.url
    .replace(/^.*?\/(?=(?:shared|electron|bench|renderer)\/)/, '')
    .replace(/^.*node_modules\//, '') || n.callFrame.functionName;
const nameOf = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}`;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

function print(title: string, counts: Map<string, number>, within = total): void {
  console.log(`== ${title} (${within} of ${total} samples)`);
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / total).toFixed(2).padStart(6)}%  ${k}`);
}

if (values.in) {
  // What the named function's time went to: the frame right below its outermost call, or itself.
  const [fn, part = ''] = values.in.split(' ');
  const matches = (n: ProfileNode) =>
    (n.callFrame.functionName || '(anonymous)') === fn && n.callFrame.url.includes(part);
  const callees = new Map<string, number>();
  let within = 0;
  for (const [id, count] of selfSamples) {
    let below: number | null = null;
    let hit = false;
    let belowHit: number | null = null;
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      if (matches(byId.get(at) as ProfileNode)) {
        hit = true;
        belowHit = below;
      }
      below = at;
    }
    if (!hit) continue;
    within += count;
    add(callees, belowHit === null ? '(self)' : nameOf(byId.get(belowHit) as ProfileNode), count);
  }
  print(`time of ${values.in}, by callee`, callees, within);
} else {
  const self = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, count] of selfSamples) {
    const n = byId.get(id) as ProfileNode;
    add(self, nameOf(n), count);
    add(selfByFile, fileOf(n), count);
    // Each function once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const k = nameOf(byId.get(at) as ProfileNode);
      if (!seen.has(k)) {
        seen.add(k);
        add(inclusive, k, count);
      }
    }
  }
  print('self time by function', self);
  print('self time by file', selfByFile);
  print('total time by function', inclusive);
}

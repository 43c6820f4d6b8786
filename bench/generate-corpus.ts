/**
 * A synthetic corpus for benchmarks: `count` news-like articles built from a seeded random mix of
 * filler prose and stance sentences (party aliases × demand phrases × cues), each with a dateline,
 * written as .txt files into a new temporary folder (no corpus.json: metadata is inferred).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = [
  'Sergei Ryabkov',
  'Dmitry Peskov',
  'Sergei Lavrov',
  'Wendy Sherman',
  'Antony Blinken',
  'Jens Stoltenberg',
  'Josep Borrell',
];
const SUBJECTS = [
  'Moscow',
  'Washington',
  'The alliance',
  'NATO',
  'The U.S.',
  'Russia',
  'The Kremlin',
  'The European Union',
];
const DEMANDS = [
  'a halt to NATO expansion',
  'the open-door policy',
  'positions held in 1997',
  'limits on intermediate- and shorter-range missiles',
  'arms control',
  'nonexpansion to the East',
];
const VERBS = [
  'rejected',
  'is willing to discuss',
  'will not abandon',
  'insists on',
  'called for',
  'is not ready to discuss',
  'wants',
];
const FILLER = [
  'The talks in Geneva went on for nearly eight hours on Jan. 10, according to officials present.',
  'Markets reacted sharply, with the ruble trading down 0.8% at 75.32 per dollar as of 3:08 p.m. in Moscow.',
  'Diplomats at the Organization for Security and Cooperation in Europe continued their discussions in Vienna.',
  'Analysts said the positions of the sides remained far apart after the first round.',
  'The U.S. delegation was headed by a deputy secretary while the other team was led by a deputy foreign minister.',
  'Reinforcements totaling more than 10,000 troops were reported on their way, the report said.',
  'It was a special meeting in honor of the transfer of the presidency of the organization.',
];

export function generateCorpus(count: number, seed = 1): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-bench-corpus-'));
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const lines = [
      `Synthetic report ${i + 1} on security talks`,
      `GENEVA, Jan. ${day}, 2022 — ${pick(FILLER)}`,
      '',
    ];
    for (let p = 0; p < 12; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 4; s++) {
        const r = rnd();
        if (r < 0.25)
          sentences.push(
            `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(DEMANDS)}, ${pick(SPEAKERS)} said on Jan. ${day}.`,
          );
        else if (r < 0.35)
          sentences.push(`“We ${pick(VERBS)} ${pick(DEMANDS)},” ${pick(SPEAKERS)} told reporters.`);
        else sentences.push(pick(FILLER));
      }
      lines.push(sentences.join(' '), '');
    }
    writeFileSync(path.join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`), lines.join('\n'));
  }
  return dir;
}

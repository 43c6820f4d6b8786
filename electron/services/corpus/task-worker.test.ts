/**
 * The corpus worker, run from source on a real thread: documents derive there; one that runs past
 * the time limit is reported as a problem naming it, and the others still derive.
 */
import { describe, expect, it } from 'vitest';
import { seedDocuments, seedOntology } from '../../../shared/derive/test-support/seed-corpus';
import { makeDocument } from '../../../shared/model/test-support/make-document';
import { createInProcessDeriver, createWorkerDeriver } from './document-deriver';

describe('deriving on the worker thread', () => {
  it('derives like the pipeline, and reports a document past the time limit while the rest go on', async () => {
    // A generous limit: a cold thread on a loaded machine (CI runs the suites side by side) is slow.
    const deriver = createWorkerDeriver({ timeLimitMs: 30_000, threads: 1 });
    try {
      deriver.setOntology(seedOntology());
      const [, first, second] = seedDocuments();
      // Warm up (the thread loads the sentence model once).
      const warm = await deriver.derive(first!);
      expect(warm.ok && warm.result.citations.length).toBeGreaterThan(0);

      const slow = createWorkerDeriver({ timeLimitMs: 150, threads: 1 });
      slow.setOntology(seedOntology());
      const huge = makeDocument('huge', `${second!.text}\n\n`.repeat(400), { path: 'huge.txt' });
      const timedOut = await slow.derive(huge);
      expect(timedOut.ok).toBe(false);
      if (!timedOut.ok)
        expect(timedOut.problem.message).toMatch(
          /^huge\.txt: could not be derived: it took longer than 150 ms, the time limit for one document/,
        );
      await slow.dispose();

      const next = await deriver.derive(second!);
      expect(next.ok && next.result.citations.length).toBeGreaterThan(0);
      expect(deriver.workers[0]!.threadsStarted).toBe(1);
    } finally {
      await deriver.dispose();
    }
  }, 60_000);

  it('derives on two threads at once, each document exactly as in-process', async () => {
    // Two cold threads load the sentence model side by side: on a loaded 2-core machine (a CI run with
    // other work going on) the first document on each took over 20 s once, and the thread was restarted.
    const pool = createWorkerDeriver({ timeLimitMs: 60_000, threads: 2 });
    const inProcess = createInProcessDeriver();
    try {
      pool.setOntology(seedOntology());
      inProcess.setOntology(seedOntology());
      const docs = seedDocuments();
      const outcomes = await Promise.all(docs.map((d) => pool.derive(d)));
      expect(pool.concurrency).toBe(2);
      expect(pool.workers.map((w) => w.threadsStarted)).toEqual([1, 1]);
      for (const [i, doc] of docs.entries()) {
        const expected = await inProcess.derive(doc);
        expect(outcomes[i]).toEqual(expected);
      }
    } finally {
      await pool.dispose();
    }
  }, 150_000);
});

/** The pipeline on sentences it has never seen: attribution, lists, negation, aggregation. */
import { describe, expect, it } from 'vitest';
import type { OntologyEdit } from '../model/analyst';
import { deriveMatrix } from './derive-matrix';
import { applyOntologyEdits } from './ontology-edits';
import { createSegmenter, createWinkSegmenter } from './segment';
import { doc, seedOntology } from './test-support/seed-corpus';

const ontology = seedOntology();
const stanceOf = (m: ReturnType<typeof deriveMatrix>, party: string, demand: string) =>
  m.cells.find((c) => c.party === party && c.demand === demand);

describe('segmentation', () => {
  it('keeps "Jan. 14", "U.S." and "p.m." inside sentences and returns exact offsets', () => {
    const text =
      'From Izvestia, Jan. 14, 2022. The U.S. said so at 3 p.m. on Monday. NATO agreed.\nNext paragraph here.';
    for (const segmenter of [createSegmenter(), createWinkSegmenter()]) {
      const sentences = segmenter.split(text);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(sentences.map((s) => s.text)).toEqual([
        'From Izvestia, Jan. 14, 2022.',
        'The U.S. said so at 3 p.m. on Monday.',
        'NATO agreed.',
        'Next paragraph here.',
      ]);
    }
    const sentences = createSegmenter().split(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'From Izvestia, Jan. 14, 2022.',
      'The U.S. said so at 3 p.m. on Monday.',
      'NATO agreed.',
      'Next paragraph here.',
    ]);
  });
});

describe('attribution and stance on unseen text', () => {
  it('attributes a quote to the speaker named in the sentence before, and flips a negated cue', () => {
    const text =
      'Foreign Minister Lavrov spoke on Tuesday about the talks in Vienna.\n' +
      '“Our partners must understand us,” Lavrov said. “We are not willing to discuss the open-door policy with anyone.”';
    const m = deriveMatrix([doc('a', text)], ontology);
    const c = stanceOf(m, 'russia', 'non-expansion');
    // Lavrov's "we" refusing to discuss the opposite of Russia's demand: Russia holds to it, in its own words.
    expect(c?.stance).toBe('supports');
    expect(c?.citations[0]).toMatchObject({
      negated: true,
      cue: 'willing to discuss',
      voice: 'own',
      attribution: { kind: 'first-person', matched: 'We', speaker: null },
    });
  });

  it('resolves "the first two provisions" against a list earlier in the same document', () => {
    const text =
      'The demands were:\n(1) NATO’s nonexpansion to the East;\n(2) rolling back its military deployments to their positions in 1997;\n(3) nondeployment of offensive weapons.\n' +
      'Washington rejected the first two provisions, but it is ready to discuss the third one.';
    const m = deriveMatrix([doc('b', text)], ontology);
    expect(stanceOf(m, 'united-states', 'non-expansion')?.stance).toBe('rejects');
    expect(stanceOf(m, 'united-states', 'rollback-1997')?.stance).toBe('rejects');
    expect(stanceOf(m, 'united-states', 'missile-deployment')?.stance).toBe('open');
  });

  it('reads "the demand for …" as naming a demand, not as the stance of whoever mentions it', () => {
    const text =
      'The US rejected the demand for a halt to NATO expansion.\n' +
      'Sherman said the demand for a halt to NATO expansion was a non-starter.';
    const m = deriveMatrix([doc('d', text)], ontology);
    const cell = stanceOf(m, 'united-states', 'non-expansion');
    expect(cell?.stance).toBe('rejects');
    expect(cell?.citations.map((c) => [c.stance, c.cue])).toEqual([
      ['rejects', 'rejected'],
      ['rejects', 'non-starter'],
    ]);
  });

  it("does not pin a commentator's quote on a party named earlier", () => {
    const text =
      'Ryabkov spoke to reporters.\nProfessor Ivan Petrov told the newspaper: “Nobody wants a halt to NATO expansion now.” “It is over,” he said.';
    const m = deriveMatrix([doc('c', text)], ontology);
    expect(stanceOf(m, 'russia', 'non-expansion')?.citations).toEqual([]);
  });

  it('counts a translation and its original as one source; conflicting sources give "unclear"', () => {
    const yes = 'Washington is willing to discuss arms control.';
    const no = 'Washington rejected any arms control.';
    const m = deriveMatrix(
      [
        doc('orig', yes, { published: '2022-01-10' }),
        doc('trans', yes, { published: '2022-01-10', translationOf: 'orig' }),
        doc('other', no, { published: '2022-01-20' }),
      ],
      ontology,
    );
    const c = stanceOf(m, 'united-states', 'missile-deployment')!;
    expect(c.sources).toBe(2);
    expect(c.stance).toBe('unclear');
    expect(c.citations.map((x) => x.document)).toEqual(['other', 'orig', 'trans']);
    expect(c.timeline).toEqual([
      { date: '2022-01-10', stance: 'open', documents: ['orig', 'trans'] },
      { date: '2022-01-20', stance: 'rejects', documents: ['other'] },
    ]);
  });

  it('warns about a document that names no party, and still derives the others', () => {
    const m = deriveMatrix(
      [
        doc('empty-of-parties', 'The weather in Geneva was cold.'),
        doc('d', 'Moscow demands a halt to NATO expansion.'),
      ],
      ontology,
    );
    expect(m.problems).toEqual([
      expect.objectContaining({
        source: 'empty-of-parties.txt',
        severity: 'warning',
        message: expect.stringContaining('no party of the ontology is named'),
      }),
    ]);
    expect(stanceOf(m, 'russia', 'non-expansion')?.stance).toBe('supports');
  });

  it("re-derives with an analyst's added alias", () => {
    const text = 'Minister Sikorski insists on a halt to NATO expansion.';
    expect(stanceOf(deriveMatrix([doc('e', text)], ontology), 'ukraine', 'non-expansion')?.stance).toBe(
      'none',
    );
    const edit: OntologyEdit = {
      id: '1',
      author: 'x',
      createdAt: '',
      updatedAt: '',
      kind: 'alias',
      partyId: 'ukraine',
      alias: 'Sikorski',
    };
    expect(
      stanceOf(
        deriveMatrix([doc('e', text)], applyOntologyEdits(ontology, [edit])),
        'ukraine',
        'non-expansion',
      )?.stance,
    ).toBe('supports');
  });
});

describe('offsets hold on any text (property)', () => {
  it('every sentence and citation is an exact slice of the document', async () => {
    const fc = await import('fast-check');
    const words = [
      'Moscow',
      'NATO',
      'rejected',
      'demands',
      'a halt to NATO expansion',
      'U.S.',
      'Jan. 14,',
      '“',
      '”',
      'not',
      'willing to discuss',
      'arms control',
      '1.',
      '2.',
      ';',
      ':',
      '\n',
      '. ',
      'the first two',
      'é',
      '😀',
      '\uFEFF',
      ' ',
      ',',
    ];
    const segmenter = createSegmenter();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        for (const s of segmenter.split(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
        const m = deriveMatrix([doc('p', text)], ontology, { segmenter });
        for (const c of m.cells.flatMap((x) => x.citations)) expect(text.slice(c.start, c.end)).toBe(c.quote);
      }),
      { numRuns: 150 },
    );
  });
});

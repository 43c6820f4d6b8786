import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../shared/derive/segment';
import { evalOntology, seedOntology } from '../../shared/derive/test-support/seed-corpus';
import { parseProbeFile } from './probe-file';
import { checkIds, probeLine, scoreProbe, tallyOf } from './score-probe';

const PROBES = path.resolve(__dirname, '../../eval/probes');

describe('sentence probe files', () => {
  it('reads headers, fields and readings', () => {
    const probe = parseProbeFile(
      [
        '% ontology: eval/ontologies/gaza-ceasefire-2024.json',
        '% date: 2024-05-06',
        '',
        '#src https://example.org/a',
        '#kind demand verb',
        '#expect hamas:permanent-ceasefire:supports; israel:permanent-ceasefire:rejects|unclear',
        'One sentence.',
        '===',
        '#date 2024-06-01',
        '#none *',
        'Another.',
      ].join('\n'),
      'p',
    );
    expect(probe.ontology).toBe('eval/ontologies/gaza-ceasefire-2024.json');
    expect(probe.cases).toHaveLength(2);
    expect(probe.cases[0]).toMatchObject({
      index: 1,
      text: 'One sentence.',
      published: '2024-05-06',
      source: 'https://example.org/a',
      expect: [
        { party: 'hamas', demand: 'permanent-ceasefire', stances: ['supports'] },
        { party: 'israel', demand: 'permanent-ceasefire', stances: ['rejects', 'unclear'] },
      ],
    });
    expect(probe.cases[1]).toMatchObject({ published: '2024-06-01', anyCell: true, expect: [] });
  });

  it('names the file, the case and what is wrong', () => {
    expect(() => parseProbeFile('#expect a:b:supports\nText.', 'p')).toThrow('p, case 1: no date');
    expect(() => parseProbeFile('% date: 2022-01-01\n#expect a:b\nText.', 'p')).toThrow(
      'p, case 1: "a:b" is not party:demand:stance',
    );
    expect(() => parseProbeFile('% date: 2022-01-01\n#wants a:b:c\nText.', 'p')).toThrow(
      'unknown field "#wants"',
    );
    expect(() => parseProbeFile('% date: 2022-01-01\nText only.', 'p')).toThrow('nothing to check');
    expect(() => parseProbeFile('% date: 1 May\n', 'p')).toThrow('"% date:" needs YYYY-MM-DD');
    expect(() => parseProbeFile('\n\n', 'p')).toThrow('p: no cases');
  });

  it('every committed probe parses and names only parties and demands of its ontology', () => {
    const files = readdirSync(PROBES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const probe = parseProbeFile(readFileSync(path.join(PROBES, f), 'utf8'), f);
      const ontology = probe.ontology.startsWith('eval/ontologies/')
        ? evalOntology(path.basename(probe.ontology))
        : seedOntology();
      expect(() => checkIds(probe, ontology, f)).not.toThrow();
      expect(probe.cases.length).toBeGreaterThan(10);
    }
  });

  it('an unknown id is refused, not read as a miss', () => {
    const probe = parseProbeFile('% date: 2022-01-20\n#expect kremlin:non-expansion:supports\nText.', 'p');
    expect(() => checkIds(probe, seedOntology(), 'p')).toThrow('p, case 1: no party "kremlin"');
  });

  it('scores each reading right, wrong, mention or missed, and each trap, with the real derivation', () => {
    const probe = parseProbeFile(
      [
        '% date: 2022-01-20',
        '#expect russia:non-expansion:supports',
        'Moscow demanded a legally binding guarantee that NATO will not expand further east.',
        '===',
        '#expect russia:non-expansion:rejects',
        'Moscow demanded a legally binding guarantee that NATO will not expand further east.',
        '===',
        '#expect nato:missile-deployment:open',
        'The weather in Brussels was cold on Tuesday.',
        '===',
        '#none *',
        'The weather in Geneva was mild on Monday.',
      ].join('\n'),
      'p',
    );
    const scores = scoreProbe(probe, seedOntology(), createSegmenter());
    expect(scores.map((s) => s.expected.map((e) => e.outcome))).toEqual([
      ['right'],
      ['wrong'],
      ['missed'],
      [],
    ]);
    expect(scores[1]?.expected[0]?.got).toContain('supports');
    expect(scores[3]?.traps).toEqual([{ cell: '*', held: true, got: [] }]);
    const tally = tallyOf(scores);
    expect(tally).toMatchObject({
      cases: 4,
      expected: 3,
      right: 1,
      wrong: 1,
      missed: 1,
      trapsHeld: 1,
      traps: 1,
    });
    expect(probeLine('p', tally)).toBe('p 4 3 1 1 0 1 1/1 0');
  });
});

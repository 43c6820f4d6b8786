import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOntologyEdits } from './ontology-edits';
import { parseOntology } from './ontology-parse';
import { CORPUS_DIR } from './test-support/seed-corpus';

const seedText = readFileSync(path.join(CORPUS_DIR, 'ontology.json'), 'utf8');

describe('parseOntology', () => {
  it('takes "to": null as still in office, as the documented example writes it', () => {
    const json = JSON.stringify({
      version: 2,
      parties: [
        {
          id: 'union',
          name: 'Northern Union',
          aliases: ['the Union'],
          officials: [
            { name: 'Ilse Marten', aliases: ['Marten'], role: 'Commissioner', from: '2020-01-01', to: null },
          ],
        },
      ],
      demands: [],
      cues: { supports: ['demand'], rejects: ['reject'], open: ['discuss'], unclear: [], negations: ['not'] },
    });
    const { ontology, problems } = parseOntology(json, 'ontology.json');
    expect(problems).toEqual([]);
    expect(ontology?.parties[0]?.officials?.[0]).toMatchObject({ name: 'Ilse Marten', from: '2020-01-01' });
    expect(ontology?.parties[0]?.officials?.[0]?.to ?? null).toBeNull();
  });

  it('reads an ontology that names only parties and demands with the shipped English cues and office words, and says so', () => {
    const shipped = parseOntology(seedText, 'ontology.json').ontology!;
    const defaults = { cues: shipped.cues, roles: shipped.roles ?? [] };
    const bare = JSON.stringify({
      version: 2,
      parties: [{ id: 'union', name: 'Northern Union', aliases: ['the Union'] }],
      demands: [
        {
          id: 'tariff-removal',
          title: 'No steel tariffs',
          description: '…',
          phrases: ['lift the steel tariffs'],
        },
      ],
    });
    const read = parseOntology(bare, 'ontology.json', defaults);
    expect(read.ontology?.cues).toEqual(shipped.cues);
    expect(read.ontology?.roles).toEqual(shipped.roles);
    expect(read.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        'ontology.json line 1: demand tariff-removal has no "frame": one is read off its phrases that open with a verb ("lift all sanctions": "lift" before or after "sanctions"). A frame written out reads more (see corpus/README.md).',
      ],
      [
        'warning',
        'ontology.json line 1: demand tariff-removal names no "proposedBy": give the parties that put it forward (and "addressedTo", the parties it is put to); many readings depend on them.',
      ],
      ['warning', 'ontology.json line 1: no "cues": the shipped English stance cues are used.'],
    ]);
    // Without the shipped lexicon to fall back on, the same file is refused with the reason.
    const alone = parseOntology(bare, 'ontology.json');
    expect(alone.ontology).toBeNull();
    expect(alone.problems.map((p) => p.message).join('\n')).toContain('"cues" must be an object');
    // A cue kind left out takes the shipped list; the kinds written stay the user's own.
    const partial = JSON.stringify({
      ...JSON.parse(bare),
      cues: { supports: ['clamour for'], rejects: ['scoff at'], negations: ['not'] },
    });
    const mixed = parseOntology(partial, 'ontology.json', defaults);
    expect(mixed.ontology?.cues.supports).toEqual(['clamour for']);
    expect(mixed.ontology?.cues.open).toEqual(shipped.cues.open);
    expect(mixed.ontology?.cues.holdFirm).toEqual(shipped.cues.holdFirm);
    expect(mixed.problems.map((p) => p.message).slice(2)).toEqual([
      'ontology.json line 1: cues.open is missing: the shipped English list is used.',
      'ontology.json line 1: cues.unclear is missing: the shipped English list is used.',
    ]);
  });

  it('reads a cues section copied from the shipped lists as that copy plus what the shipped lists gained since', () => {
    const shipped = parseOntology(seedText, 'ontology.json').ontology!;
    const defaults = { cues: shipped.cues, roles: shipped.roles ?? [] };
    const base = {
      version: 2,
      parties: [{ id: 'union', name: 'Northern Union', aliases: ['the Union'] }],
      demands: [
        { id: 'tariff-removal', title: 'No steel tariffs', description: '…', phrases: ['lift the tariffs'] },
      ],
    };
    // A copy made before the shipped rejects gained their last entry, extended with a word of its own.
    const gained = shipped.cues.rejects[shipped.cues.rejects.length - 1]!;
    const copied = {
      ...shipped.cues,
      rejects: [...shipped.cues.rejects.filter((x) => x !== gained), 'pour scorn on'],
    };
    const read = parseOntology(JSON.stringify({ ...base, cues: copied }), 'ontology.json', defaults);
    expect(read.ontology?.cues.rejects).toContain('pour scorn on');
    expect(read.ontology?.cues.rejects).toContain(gained);
    expect(read.ontology?.cues.supports).toEqual(shipped.cues.supports);
    // (Its demand has phrases only and no proposer: those warnings are tested above.)
    const aboutCues = (problems: typeof read.problems) =>
      problems.filter((p) => !p.message.includes('"frame"') && !p.message.includes('"proposedBy"'));
    expect(aboutCues(read.problems).map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        'ontology.json line 1: "cues" copies the shipped English lists: the entries they have gained since are used too (rejects 1).',
      ],
    ]);
    // A kind the copy writes empty stays empty.
    const emptied = parseOntology(
      JSON.stringify({ ...base, cues: { ...copied, intent: [] } }),
      'ontology.json',
      defaults,
    );
    expect(emptied.ontology?.cues.intent ?? []).toEqual([]);
    // A section of the user's own (not a copy) is read as written: nothing shipped creeps in.
    const own = {
      supports: ['clamour for'],
      rejects: ['scoff at'],
      open: [],
      unclear: [],
      negations: ['not'],
    };
    const mine = parseOntology(JSON.stringify({ ...base, cues: own }), 'ontology.json', defaults);
    expect(mine.ontology?.cues.rejects).toEqual(['scoff at']);
    expect(aboutCues(mine.problems)).toEqual([]);
  });

  it('reads the project ontology with every required id and no problem', () => {
    const { ontology, problems } = parseOntology(seedText, 'ontology.json');
    expect(problems).toEqual([]);
    expect(ontology?.parties.map((p) => p.id)).toEqual(
      expect.arrayContaining(['russia', 'united-states', 'nato', 'eu']),
    );
    expect(ontology?.demands.map((d) => d.id)).toEqual([
      'non-expansion',
      'rollback-1997',
      'missile-deployment',
    ]);
  });

  it('reports a duplicate id with both lines and keeps the rest', () => {
    const json = seedText.replace('"id": "eu"', '"id": "nato"');
    const dupLine =
      json
        .split('\n')
        .findIndex(
          (l, i) =>
            l.includes('"id": "nato"') && i > json.split('\n').findIndex((x) => x.includes('"id": "nato"')),
        ) + 1;
    const { ontology, problems } = parseOntology(json, 'ontology.json');
    expect(ontology).not.toBeNull();
    const dup = problems.find((p) => p.message.includes('duplicates'));
    expect(dup?.message).toContain(`ontology.json line ${dupLine}`);
    expect(dup?.message).toContain('parties[3].id "nato"');
    expect(dup?.source).toBe(`ontology.json:${dupLine}`);
    // The other parties still load; the ontology of any negotiation may lack the Russia–West ids.
    expect(ontology?.parties.some((p) => p.id === 'russia')).toBe(true);
    expect(ontology?.parties.some((p) => p.id === 'eu')).toBe(false);
  });

  it('reports a missing field with its line and the entry it belongs to', () => {
    const json = seedText.replace('"title": "Rollback to 1997 positions",', '');
    const { ontology, problems } = parseOntology(json, 'ontology.json');
    const missing = problems.find((p) => p.message.includes('has no "title"'));
    expect(missing?.message).toMatch(/^ontology\.json line \d+: demands\[1\] has no "title"\./);
    const line = Number(/line (\d+)/.exec(missing!.message)![1]);
    expect(json.split('\n')[line - 1]).toContain('{');
    expect(json.split('\n')[line]).toContain('"id": "rollback-1997"');
    expect(ontology?.demands.map((d) => d.id)).toEqual(['non-expansion', 'missile-deployment']);
  });

  it('reports invalid JSON with line and column, without throwing', () => {
    const json = '{\n  "version": 1,\n  "parties": [\n    { "id": "x" "name": "X" }\n  ]\n}';
    const { ontology, problems } = parseOntology(json, 'ontology.json');
    expect(ontology).toBeNull();
    expect(problems[0]?.message).toMatch(
      /^ontology\.json line 4: not valid JSON \(column \d+\): expected "," or "}"/,
    );
  });

  it('warns about a misspelt field with its line', () => {
    const json =
      '{"parties":[],\n"demands":[{"id":"d","title":"D","phrases":[],\n"phrase":["x"]}],\n"cues":{"supports":[],"rejects":[],"open":[],"unclear":[],"negations":[]}}';
    const { problems } = parseOntology(json, 'o.json');
    expect(problems).toContainEqual({
      source: 'o.json:3',
      severity: 'warning',
      message:
        'o.json line 3: demands[0] has an unknown field "phrase" (expected id, title, description, phrases, counterPhrases, frame, proposedBy, addressedTo, central, hidden); it was ignored.',
    });
  });

  it('reports wrong types field by field', () => {
    const json =
      '{"parties":[{"id":"a","name":"A","aliases":"A"}],"demands":[],"cues":{"supports":[1],"rejects":[],"open":[],"unclear":[],"negations":[]}}';
    const { problems } = parseOntology(json, 'o.json');
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'o.json line 1: parties[0].aliases must be a list of strings.',
        'o.json line 1: cues.supports[0] must be a non-empty string.',
      ]),
    );
  });

  it('keeps who a demand is proposed by and addressed to, and drops unknown parties with a warning', () => {
    const json =
      '{"parties":[{"id":"a","name":"A","aliases":["A"]},{"id":"b","name":"B","aliases":["B"]}],"demands":[{"id":"d","title":"D","phrases":["dee"],"proposedBy":["a"],"addressedTo":["b","zed"]}],"cues":{"supports":["want"],"rejects":[],"open":[],"unclear":[],"negations":[]}}';
    const { ontology, problems } = parseOntology(json, 'o.json');
    expect(ontology?.demands[0]).toMatchObject({ proposedBy: ['a'], addressedTo: ['b'] });
    expect(problems.map((p) => p.message)).toContain(
      'o.json line 1: demand "d" is addressed to unknown party "zed"; ignored.',
    );
    expect(problems).toHaveLength(2);
  });
});

describe('applyOntologyEdits', () => {
  it('adds parties, demands, aliases and phrases without touching the input', () => {
    const { ontology } = parseOntology(seedText, 'ontology.json');
    const base = ontology!;
    const authored = { id: 'e', author: 'a', createdAt: '', updatedAt: '' };
    const next = applyOntologyEdits(base, [
      { ...authored, kind: 'party', partyId: 'georgia', name: 'Georgia', aliases: ['Georgia', 'Tbilisi'] },
      { ...authored, kind: 'alias', partyId: 'nato', alias: 'the Brussels alliance' },
      { ...authored, kind: 'phrase', demandId: 'non-expansion', phrase: 'closed door' },
      { ...authored, kind: 'alias', partyId: 'nobody', alias: 'ignored' },
    ]);
    expect(next.parties.find((p) => p.id === 'georgia')?.aliases).toEqual(['Georgia', 'Tbilisi']);
    expect(next.parties.find((p) => p.id === 'nato')?.aliases).toContain('the Brussels alliance');
    expect(next.demands.find((d) => d.id === 'non-expansion')?.phrases).toContain('closed door');
    expect(base.parties.find((p) => p.id === 'nato')?.aliases).not.toContain('the Brussels alliance');
  });
});

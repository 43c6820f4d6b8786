/**
 * Reading corpus/ontology.json, which analysts edit by hand. Every problem names the line and the
 * field; a bad entry is skipped with a message and the rest of the ontology is still used. Only a
 * file that cannot be read as JSON at all, or lacks the parties/demands/cues sections, gives null.
 */
import type { InputProblem } from '../model/corpus';
import type { Demand, Ontology, Party, StanceCues } from '../model/ontology';
import { REQUIRED_DEMAND_IDS, REQUIRED_PARTY_IDS } from '../model/ontology';
import { field, JsonSyntaxError, parseJsonWithLines, type JsonNode } from './json-lines';

export interface OntologyParseResult {
  ontology: Ontology | null;
  problems: InputProblem[];
}

const CUE_KINDS = ['supports', 'rejects', 'open', 'unclear', 'negations'] as const;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function parseOntology(jsonText: string, sourceName: string): OntologyParseResult {
  const problems: InputProblem[] = [];
  const report = (line: number, message: string, severity: InputProblem['severity'] = 'error'): void => {
    problems.push({
      source: `${sourceName}:${line}`,
      message: `${sourceName} line ${line}: ${message}`,
      severity,
    });
  };

  let root: JsonNode;
  try {
    root = parseJsonWithLines(jsonText.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    report(err.line, `not valid JSON (column ${err.column}): ${err.message}. The ontology was not loaded.`);
    return { ontology: null, problems };
  }
  if (root.kind !== 'object') {
    report(root.line, 'the ontology must be a JSON object with "parties", "demands" and "cues".');
    return { ontology: null, problems };
  }

  /** A list of non-empty strings; wrong items are reported and dropped. */
  const strings = (node: JsonNode | undefined, path: string, line: number, required: boolean): string[] => {
    if (!node) {
      if (required) report(line, `${path} is missing (a list of strings).`);
      return [];
    }
    if (node.kind !== 'array') {
      report(node.line, `${path} must be a list of strings.`);
      return [];
    }
    const out: string[] = [];
    node.items.forEach((item, i) => {
      if (item.kind !== 'string' || !item.value.trim())
        report(item.line, `${path}[${i}] must be a non-empty string.`);
      else out.push(item.value.trim());
    });
    return out;
  };
  const text = (obj: JsonNode, key: string, path: string, required = true): string | null => {
    const node = field(obj, key);
    if (!node) {
      if (required) report(obj.line, `${path} has no "${key}".`);
      return null;
    }
    if (node.kind !== 'string') {
      report(node.line, `${path}.${key} must be a string.`);
      return null;
    }
    return node.value;
  };

  /** Entries of a section, each checked by `read`; duplicate ids are reported with both lines. */
  const section = <T extends { id: string }>(
    key: 'parties' | 'demands',
    read: (obj: JsonNode, path: string) => T | null,
  ): T[] | null => {
    const node = field(root, key);
    if (!node || node.kind !== 'array') {
      report(node?.line ?? root.line, `"${key}" must be a list; the ontology was not loaded.`);
      return null;
    }
    const seen = new Map<string, number>();
    const out: T[] = [];
    node.items.forEach((obj, i) => {
      const path = `${key}[${i}]`;
      if (obj.kind !== 'object') {
        report(obj.line, `${path} must be an object.`);
        return;
      }
      const entry = read(obj, path);
      if (!entry) return;
      if (!ID_PATTERN.test(entry.id)) {
        report(
          field(obj, 'id')?.line ?? obj.line,
          `${path}.id "${entry.id}" must be lowercase letters, digits and hyphens.`,
        );
        return;
      }
      const first = seen.get(entry.id);
      if (first !== undefined) {
        report(
          field(obj, 'id')?.line ?? obj.line,
          `${path}.id "${entry.id}" duplicates the id on line ${first}; this entry was skipped.`,
        );
        return;
      }
      seen.set(entry.id, field(obj, 'id')?.line ?? obj.line);
      out.push(entry);
    });
    return out;
  };

  /** A misspelt field ("alias" for "aliases") would silently be ignored: say so. */
  const unknownFields = (obj: JsonNode, path: string, known: readonly string[]): void => {
    if (obj.kind !== 'object') return;
    for (const e of obj.entries) {
      if (!known.includes(e.key)) {
        report(
          e.keyLine,
          `${path} has an unknown field "${e.key}" (expected ${known.join(', ')}); it was ignored.`,
          'warning',
        );
      }
    }
  };

  unknownFields(root, 'the ontology', ['version', 'parties', 'demands', 'cues']);
  const parties = section<Party>('parties', (obj, path) => {
    unknownFields(obj, path, ['id', 'name', 'aliases']);
    const id = text(obj, 'id', path);
    const name = text(obj, 'name', path);
    const aliases = strings(field(obj, 'aliases'), `${path}.aliases`, obj.line, true);
    if (id === null || name === null) return null;
    return { id, name, aliases };
  });
  const demands = section<Demand>('demands', (obj, path) => {
    unknownFields(obj, path, ['id', 'title', 'description', 'phrases', 'counterPhrases']);
    const id = text(obj, 'id', path);
    const title = text(obj, 'title', path);
    const description = text(obj, 'description', path, false) ?? '';
    const phrases = strings(field(obj, 'phrases'), `${path}.phrases`, obj.line, true);
    const counter = strings(field(obj, 'counterPhrases'), `${path}.counterPhrases`, obj.line, false);
    if (id === null || title === null) return null;
    return counter.length
      ? { id, title, description, phrases, counterPhrases: counter }
      : { id, title, description, phrases };
  });

  const cuesNode = field(root, 'cues');
  let cues: StanceCues | null = null;
  if (!cuesNode || cuesNode.kind !== 'object') {
    report(
      cuesNode?.line ?? root.line,
      '"cues" must be an object with supports, rejects, open, unclear and negations; the ontology was not loaded.',
    );
  } else {
    unknownFields(cuesNode, 'cues', CUE_KINDS);
    const c = {} as StanceCues;
    for (const kind of CUE_KINDS)
      c[kind] = strings(field(cuesNode, kind), `cues.${kind}`, cuesNode.line, true);
    cues = c;
  }

  const versionNode = field(root, 'version');
  let version = 1;
  if (versionNode && versionNode.kind === 'number' && Number.isInteger(versionNode.value))
    version = versionNode.value;
  else if (versionNode)
    report(versionNode.line, '"version" must be a whole number; 1 was assumed.', 'warning');

  if (!parties || !demands || !cues) return { ontology: null, problems };

  for (const id of REQUIRED_PARTY_IDS) {
    if (!parties.some((p) => p.id === id)) report(root.line, `the required party "${id}" is missing.`);
  }
  for (const id of REQUIRED_DEMAND_IDS) {
    if (!demands.some((d) => d.id === id)) report(root.line, `the required demand "${id}" is missing.`);
  }
  return { ontology: { version, parties, demands, cues }, problems };
}

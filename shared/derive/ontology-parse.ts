/**
 * Reading corpus/ontology.json, which analysts edit by hand. Every problem names the line and the
 * field; a bad entry is skipped with a message and the rest of the ontology is still used. Only a
 * file that cannot be read as JSON at all, or lacks the parties/demands/cues sections, gives null.
 */
import type { InputProblem } from '../model/corpus';
import type { Demand, DemandFrame, Official, Ontology, Party, StanceCues } from '../model/ontology';
import { field, JsonSyntaxError, parseJsonWithLines, type JsonNode } from './json-lines';

export interface OntologyParseResult {
  ontology: Ontology | null;
  problems: InputProblem[];
}

const CUE_KINDS = ['supports', 'rejects', 'open', 'unclear', 'negations'] as const;
const OPTIONAL_CUE_KINDS = ['holdFirm', 'intent', 'carriers', 'references'] as const;
const OPTIONAL_FRAME_LISTS = [
  'strongSubjects',
  'weakSubjects',
  'anchors',
  'weakOpposites',
  'restrictionsAfter',
  'ellipticalSubjects',
  'anchoredSubjects',
  'principles',
  'withdrawalPlaces',
] as const;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * What an ontology that leaves out its stance cues or office words gets instead: the shipped English
 * lexicon (they describe English, not one negotiation), so a new negotiation's file can name only its
 * parties and demands.
 */
export interface LexiconDefaults {
  cues: StanceCues;
  roles?: string[];
}

/** Share of the shipped cue entries a written cues section must hold to count as a copy of it. */
const COPIED_SHARE = 0.9;

/**
 * A cues section written as a copy of the shipped English lists ("copy it and add to it to extend it":
 * nine in ten of the shipped entries there) is that copy with its additions, not a frozen lexicon: the
 * entries the shipped lists have gained since it was copied ("chose not to", "block the move") are read
 * too, kind by kind, with a warning naming how many. A kind written empty stays empty, and a section that
 * is not such a copy replaces the shipped lists as written.
 */
function keepUpWithShippedCues(c: StanceCues, shipped: StanceCues, warn: (message: string) => void): void {
  const kinds = [...CUE_KINDS, ...OPTIONAL_CUE_KINDS];
  const key = (entry: string): string => entry.trim().toLowerCase();
  let total = 0;
  let held = 0;
  for (const kind of kinds) {
    const own = new Set((c[kind] ?? []).map(key));
    for (const entry of shipped[kind] ?? []) {
      total++;
      if (own.has(key(entry))) held++;
    }
  }
  if (total === 0 || held === total || held / total < COPIED_SHARE) return;
  const added: string[] = [];
  for (const kind of kinds) {
    const own = c[kind];
    if (!own || own.length === 0) continue;
    const have = new Set(own.map(key));
    const missing = (shipped[kind] ?? []).filter((entry) => !have.has(key(entry)));
    if (missing.length === 0) continue;
    c[kind] = [...own, ...missing];
    added.push(`${kind} ${missing.length}`);
  }
  if (added.length)
    warn(
      `"cues" copies the shipped English lists: the entries they have gained since are used too (${added.join(', ')}).`,
    );
}

export function parseOntology(
  jsonText: string,
  sourceName: string,
  defaults?: LexiconDefaults,
): OntologyParseResult {
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

  unknownFields(root, 'the ontology', ['version', 'parties', 'demands', 'cues', 'roles']);
  const flag = (obj: JsonNode, key: string, path: string): boolean => {
    const node = field(obj, key);
    if (!node) return false;
    if (node.kind !== 'boolean') {
      report(node.line, `${path}.${key} must be true or false; false was assumed.`, 'warning');
      return false;
    }
    return node.value;
  };
  const date = (obj: JsonNode, key: string, path: string): string | null => {
    // ("to": null is how the documented example writes "still in office".)
    if (field(obj, key)?.kind === 'null') return null;
    const value = text(obj, key, path, false);
    if (value === null || value === '') return null;
    if (!DATE_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
      report(
        field(obj, key)?.line ?? obj.line,
        `${path}.${key} "${value}" must be a date YYYY-MM-DD; it was ignored.`,
      );
      return null;
    }
    return value;
  };
  const officials = (node: JsonNode | undefined, path: string): Official[] => {
    if (!node) return [];
    if (node.kind !== 'array') {
      report(node.line, `${path} must be a list of officials.`);
      return [];
    }
    const out: Official[] = [];
    node.items.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (item.kind !== 'object') {
        report(item.line, `${at} must be an object with name and role.`);
        return;
      }
      unknownFields(item, at, ['name', 'aliases', 'role', 'from', 'to']);
      const name = text(item, 'name', at);
      const role = text(item, 'role', at);
      if (!name?.trim() || !role?.trim()) {
        if (name !== null && role !== null) report(item.line, `${at} needs a non-empty name and role.`);
        return;
      }
      const from = date(item, 'from', at);
      const to = date(item, 'to', at);
      if (from && to && to < from) {
        report(item.line, `${at} ends (${to}) before it starts (${from}); this official was skipped.`);
        return;
      }
      out.push({
        name: name.trim(),
        aliases: strings(field(item, 'aliases'), `${at}.aliases`, item.line, false),
        role: role.trim(),
        from,
        to,
      });
    });
    return out;
  };
  const parties = section<Party>('parties', (obj, path) => {
    unknownFields(obj, path, ['id', 'name', 'aliases', 'adjectives', 'officials', 'hidden']);
    const id = text(obj, 'id', path);
    const name = text(obj, 'name', path);
    const aliases = strings(field(obj, 'aliases'), `${path}.aliases`, obj.line, true);
    if (id === null || name === null) return null;
    const party: Party = { id, name, aliases };
    const adjectives = strings(field(obj, 'adjectives'), `${path}.adjectives`, obj.line, false);
    if (adjectives.length) party.adjectives = adjectives;
    const people = officials(field(obj, 'officials'), `${path}.officials`);
    if (people.length) party.officials = people;
    if (flag(obj, 'hidden', path)) party.hidden = true;
    return party;
  });
  const frame = (node: JsonNode | undefined, path: string): DemandFrame | null => {
    if (!node) return null;
    if (node.kind !== 'object') {
      report(node.line, `${path} must be an object with subjects, restrictions and opposites.`);
      return null;
    }
    unknownFields(node, path, ['subjects', 'restrictions', 'opposites', ...OPTIONAL_FRAME_LISTS]);
    const subjects = strings(field(node, 'subjects'), `${path}.subjects`, node.line, true);
    const restrictions = strings(field(node, 'restrictions'), `${path}.restrictions`, node.line, false);
    const opposites = strings(field(node, 'opposites'), `${path}.opposites`, node.line, false);
    const out: DemandFrame = { subjects, restrictions, opposites };
    for (const key of OPTIONAL_FRAME_LISTS) {
      const list = strings(field(node, key), `${path}.${key}`, node.line, false);
      if (list.length) out[key] = list;
    }
    if (subjects.length === 0 && !out.strongSubjects && opposites.length === 0) return null;
    return out;
  };
  /** Demands with phrases and no frame (compile-ontology.ts reads one off the phrases: infer-frame.ts). */
  const frameless: Array<{ id: string; line: number }> = [];
  /** Demands that name no party putting them forward. */
  const unproposed: Array<{ id: string; line: number }> = [];
  const demands = section<Demand>('demands', (obj, path) => {
    unknownFields(obj, path, [
      'id',
      'title',
      'description',
      'phrases',
      'counterPhrases',
      'frame',
      'proposedBy',
      'addressedTo',
      'central',
      'hidden',
    ]);
    const id = text(obj, 'id', path);
    const title = text(obj, 'title', path);
    const description = text(obj, 'description', path, false) ?? '';
    const phrases = strings(field(obj, 'phrases'), `${path}.phrases`, obj.line, !field(obj, 'frame'));
    const counter = strings(field(obj, 'counterPhrases'), `${path}.counterPhrases`, obj.line, false);
    if (id === null || title === null) return null;
    const demand: Demand = { id, title, description, phrases };
    if (counter.length) demand.counterPhrases = counter;
    const f = frame(field(obj, 'frame'), `${path}.frame`);
    if (f) demand.frame = f;
    else if (phrases.length > 0) frameless.push({ id, line: obj.line });
    const proposedBy = strings(field(obj, 'proposedBy'), `${path}.proposedBy`, obj.line, false);
    if (proposedBy.length) demand.proposedBy = proposedBy;
    else unproposed.push({ id, line: obj.line });
    const addressedTo = strings(field(obj, 'addressedTo'), `${path}.addressedTo`, obj.line, false);
    if (addressedTo.length) demand.addressedTo = addressedTo;
    if (flag(obj, 'central', path)) demand.central = true;
    if (flag(obj, 'hidden', path)) demand.hidden = true;
    return demand;
  });

  if (frameless.length > 0)
    report(
      (frameless[0] as { line: number }).line,
      `${frameless.length === 1 ? 'demand' : 'demands'} ${frameless.map((d) => d.id).join(', ')} ${frameless.length === 1 ? 'has' : 'have'} no "frame": one is read off ${frameless.length === 1 ? 'its' : 'their'} phrases that open with a verb ("lift all sanctions": "lift" before or after "sanctions"). A frame written out reads more (see corpus/README.md).`,
      'warning',
    );

  // Who put a demand forward decides much of a reading ("its demand", holding firm, a proposer's own
  // wording, an addressee's yes): without it the evaluation sets read about half their cells.
  if (unproposed.length > 0)
    report(
      (unproposed[0] as { line: number }).line,
      `${unproposed.length === 1 ? 'demand' : 'demands'} ${unproposed.map((d) => d.id).join(', ')} ${unproposed.length === 1 ? 'names' : 'name'} no "proposedBy": give the parties that put ${unproposed.length === 1 ? 'it' : 'each'} forward (and "addressedTo", the parties it is put to); many readings depend on them.`,
      'warning',
    );

  const cuesNode = field(root, 'cues');
  let cues: StanceCues | null = null;
  if (!cuesNode && defaults) {
    report(root.line, 'no "cues": the shipped English stance cues are used.', 'warning');
    cues = Object.fromEntries(
      Object.entries(defaults.cues).map(([kind, list]) => [kind, [...(list as string[])]]),
    ) as unknown as StanceCues;
  } else if (!cuesNode || cuesNode.kind !== 'object') {
    report(
      cuesNode?.line ?? root.line,
      '"cues" must be an object with supports, rejects, open, unclear and negations; the ontology was not loaded.',
    );
  } else {
    unknownFields(cuesNode, 'cues', [...CUE_KINDS, ...OPTIONAL_CUE_KINDS]);
    const c = {} as StanceCues;
    for (const kind of CUE_KINDS) {
      // (A kind left out takes the shipped list, said as a warning; without defaults it is an error.)
      if (!field(cuesNode, kind) && defaults) {
        report(cuesNode.line, `cues.${kind} is missing: the shipped English list is used.`, 'warning');
        c[kind] = [...defaults.cues[kind]];
      } else c[kind] = strings(field(cuesNode, kind), `cues.${kind}`, cuesNode.line, true);
    }
    for (const kind of OPTIONAL_CUE_KINDS) {
      const node = field(cuesNode, kind);
      const list = node
        ? strings(node, `cues.${kind}`, cuesNode.line, false)
        : [...(defaults?.cues[kind] ?? [])];
      if (list.length) c[kind] = list;
    }
    if (defaults) keepUpWithShippedCues(c, defaults.cues, (m) => report(cuesNode.line, m, 'warning'));
    cues = c;
  }

  const versionNode = field(root, 'version');
  let version = 1;
  if (versionNode && versionNode.kind === 'number' && Number.isInteger(versionNode.value))
    version = versionNode.value;
  else if (versionNode)
    report(versionNode.line, '"version" must be a whole number; 1 was assumed.', 'warning');

  if (!parties || !demands || !cues) return { ontology: null, problems };

  const partyIds = new Set(parties.map((p) => p.id));
  for (const d of demands) {
    for (const [key, verb] of [
      ['proposedBy', 'is proposed by'],
      ['addressedTo', 'is addressed to'],
    ] as const) {
      const unknown = (d[key] ?? []).filter((p) => !partyIds.has(p));
      if (!unknown.length) continue;
      report(
        root.line,
        `demand "${d.id}" ${verb} unknown part${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((u) => `"${u}"`).join(', ')}; ignored.`,
        'warning',
      );
      d[key] = (d[key] ?? []).filter((p) => partyIds.has(p));
    }
  }
  const rolesNode = field(root, 'roles');
  const roles = rolesNode ? strings(rolesNode, 'roles', root.line, false) : [...(defaults?.roles ?? [])];
  const ontology: Ontology = { version, parties, demands, cues };
  if (roles.length) ontology.roles = roles;
  return { ontology, problems };
}

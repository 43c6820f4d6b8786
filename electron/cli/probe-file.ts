/**
 * A sentence probe (eval/probes/*.txt): own-words sentences retelling how real articles state
 * positions, each with the readings an analyst expects, scored sentence by sentence rather than as a
 * document's matrix. The format (eval/README.md, "Sentence probes"):
 *
 *   % ontology: eval/ontologies/gaza-ceasefire-2024.json   (relative to the project; default the shipped one)
 *   % date: 2024-05-06                                      (the default publication date)
 *   #src https://…        #date 2022-01-10     #kind what construction it is (free text)
 *   #expect party:demand:stance[|stance]; …   a reading that must be derived (one of the stances)
 *   #opt party:demand:stance; …               a reading that may be derived (not counted)
 *   #none party:demand; …   or   #none *      a cell (or any cell) that must stay empty
 *   The sentence itself (one or a few lines; a context sentence may come first).
 *   ===
 */

export interface ProbeReading {
  party: string;
  demand: string;
  /** Stances any of which is right; empty for a `#none` cell. */
  stances: string[];
}

export interface ProbeCase {
  /** 1-based position in the file, for messages. */
  index: number;
  text: string;
  published: string;
  source: string | null;
  kind: string | null;
  expect: ProbeReading[];
  optional: ProbeReading[];
  /** Cells that must stay empty; `anyCell` for "#none *". */
  none: ProbeReading[];
  anyCell: boolean;
}

export interface ProbeFile {
  ontology: string;
  cases: ProbeCase[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHIPPED = 'corpus/ontology.json';

/** Parses a probe file; throws an Error naming the file, the case and what is wrong. */
export function parseProbeFile(text: string, name: string): ProbeFile {
  let ontology = SHIPPED;
  let defaultDate: string | null = null;
  const body: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const header = /^%\s*(\w+):\s*(.*)$/.exec(line);
    if (!header) {
      body.push(line);
      continue;
    }
    const [, key, value = ''] = header;
    if (key === 'ontology') ontology = value.trim();
    else if (key === 'date') {
      if (!DATE.test(value.trim())) throw new Error(`${name}: "% date:" needs YYYY-MM-DD, not "${value}"`);
      defaultDate = value.trim();
    }
  }
  const blocks = body
    .join('\n')
    .split(/\n===\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length === 0) throw new Error(`${name}: no cases (cases are separated by a line "===")`);
  const cases = blocks.map((block, i) => parseCase(block, i + 1, name, defaultDate));
  return { ontology, cases };
}

function parseCase(block: string, index: number, name: string, defaultDate: string | null): ProbeCase {
  const where = `${name}, case ${index}`;
  const c: ProbeCase = {
    index,
    text: '',
    published: defaultDate ?? '',
    source: null,
    kind: null,
    expect: [],
    optional: [],
    none: [],
    anyCell: false,
  };
  const text: string[] = [];
  for (const line of block.split('\n')) {
    const field = /^#(\w+)\s?(.*)$/.exec(line);
    if (!field) {
      text.push(line);
      continue;
    }
    const [, key, value = ''] = field;
    if (key === 'src') c.source = value.trim() || null;
    else if (key === 'kind') c.kind = value.trim() || null;
    else if (key === 'date') {
      if (!DATE.test(value.trim())) throw new Error(`${where}: "#date" needs YYYY-MM-DD, not "${value}"`);
      c.published = value.trim();
    } else if (key === 'expect') c.expect.push(...readings(value, where, true));
    else if (key === 'opt') c.optional.push(...readings(value, where, true));
    else if (key === 'none') {
      if (value.trim() === '*') c.anyCell = true;
      else c.none.push(...readings(value, where, false));
    } else throw new Error(`${where}: unknown field "#${key}" (known: src, date, kind, expect, opt, none)`);
  }
  c.text = text.join('\n').trim();
  if (!c.text) throw new Error(`${where}: no sentence`);
  if (!c.published) throw new Error(`${where}: no date (give "#date" or a "% date:" header)`);
  if (c.expect.length === 0 && c.none.length === 0 && !c.anyCell)
    throw new Error(`${where}: nothing to check (give "#expect" or "#none")`);
  return c;
}

function readings(list: string, where: string, withStance: boolean): ProbeReading[] {
  return list
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((item) => {
      const parts = item.split(':');
      const [party = '', demand = '', stance = ''] = parts;
      const ok = withStance ? parts.length === 3 && stance : parts.length === 2;
      if (!ok || !party || !demand)
        throw new Error(`${where}: "${item}" is not party:demand${withStance ? ':stance' : ''}`);
      return { party, demand, stances: withStance ? stance.split('|') : [] };
    });
}

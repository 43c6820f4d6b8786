/**
 * A small JSON parser that remembers the line of every value, so problems in the hand-edited
 * ontology can be reported as "line 42: demands[3].phrases[1] …" rather than "invalid JSON".
 */

export type JsonNode =
  | { kind: 'object'; line: number; entries: Array<{ key: string; keyLine: number; value: JsonNode }> }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number'; line: number; value: number }
  | { kind: 'boolean'; line: number; value: boolean }
  | { kind: 'null'; line: number };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export function parseJsonWithLines(text: string): JsonNode {
  let pos = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, line, pos - lineStart + 1);
  };
  const skip = (): void => {
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '\n') {
        line++;
        lineStart = pos + 1;
      } else if (ch !== ' ' && ch !== '\t' && ch !== '\r') break;
      pos++;
    }
  };
  const describe = (): string => (pos >= text.length ? 'the end of the file' : `"${text[pos]}"`);

  const parseString = (): string => {
    // eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
    const m = /^"(?:[^"\\\n\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(
      text.slice(pos, pos + 1_000_000),
    );
    if (!m) fail('unterminated or invalid string');
    const raw = (m as RegExpExecArray)[0];
    pos += raw.length;
    return JSON.parse(raw) as string;
  };

  const parseValue = (): JsonNode => {
    skip();
    const at = line;
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      const entries: Array<{ key: string; keyLine: number; value: JsonNode }> = [];
      skip();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', line: at, entries };
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail(`expected a quoted field name but found ${describe()}`);
        const keyLine = line;
        const key = parseString();
        skip();
        if (text[pos] !== ':') fail(`expected ":" after "${key}" but found ${describe()}`);
        pos++;
        entries.push({ key, keyLine, value: parseValue() });
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return { kind: 'object', line: at, entries };
        }
        fail(`expected "," or "}" but found ${describe()}`);
      }
    }
    if (ch === '[') {
      pos++;
      const items: JsonNode[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', line: at, items };
      }
      for (;;) {
        items.push(parseValue());
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return { kind: 'array', line: at, items };
        }
        fail(`expected "," or "]" but found ${describe()}`);
      }
    }
    if (ch === '"') return { kind: 'string', line: at, value: parseString() };
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(pos, pos + 64),
    );
    if (!lit) return fail(`unexpected ${describe()}`);
    pos += lit[0].length;
    if (lit[0] === 'true' || lit[0] === 'false')
      return { kind: 'boolean', line: at, value: lit[0] === 'true' };
    if (lit[0] === 'null') return { kind: 'null', line: at };
    return { kind: 'number', line: at, value: Number(lit[0]) };
  };

  const root = parseValue();
  skip();
  if (pos < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return root;
}

export const field = (node: JsonNode, key: string): JsonNode | undefined =>
  node.kind === 'object' ? node.entries.find((e) => e.key === key)?.value : undefined;

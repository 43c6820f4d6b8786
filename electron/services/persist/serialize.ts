/**
 * Serialises a store's content for its file, fast enough to rewrite a 10,000-item store on every
 * change: each item of a list is encoded once and its bytes remembered (items are replaced, never
 * changed in place, so an item's bytes never go stale; they are frozen to hold that promise). One
 * item per line keeps the file readable and its diffs small.
 */
const itemBytes = new WeakMap<object, Buffer>();

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');

function bytesOfItem(item: unknown): Buffer {
  if (typeof item !== 'object' || item === null) return encode(item);
  let bytes = itemBytes.get(item);
  if (bytes === undefined) {
    bytes = encode(item);
    deepFreeze(item);
    itemBytes.set(item, bytes);
  }
  return bytes;
}

function collect(value: unknown, indent: string, depth: number, out: Buffer[]): void {
  const inner = indent + '\t';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(Buffer.from('[]'));
      return;
    }
    const separator = Buffer.from(`,\n${inner}`);
    out.push(Buffer.from(`[\n${inner}`));
    value.forEach((item, i) => {
      if (i > 0) out.push(separator);
      out.push(bytesOfItem(item));
    });
    out.push(Buffer.from(`\n${indent}]`));
    return;
  }
  if (depth < 2 && typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) {
      out.push(Buffer.from('{}'));
      return;
    }
    out.push(Buffer.from('{\n'));
    entries.forEach(([key, child], i) => {
      out.push(Buffer.from(`${i > 0 ? ',\n' : ''}${inner}${JSON.stringify(key)}: `));
      collect(child, inner, depth + 1, out);
    });
    out.push(Buffer.from(`\n${indent}}`));
    return;
  }
  out.push(encode(value));
}

/** The file bytes of a store's content: UTF-8 JSON that `JSON.parse` gives back equal. */
export function serializeStore(content: Record<string, unknown>): Buffer {
  const chunks: Buffer[] = [];
  collect(content, '', 0, chunks);
  chunks.push(Buffer.from('\n'));
  return Buffer.concat(chunks);
}

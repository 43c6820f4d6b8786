/**
 * A map from strings to values looked up by a span of a larger text: the lookup cuts no substring
 * out of the text and hashes no new string. For the per-word caches the tokenizer and the sentence
 * screen consult for every word of every sentence.
 */

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether `key` is exactly text[start, end). */
function sameSpan(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class SpanMap<V> {
  // Open addressing with linear probing; a free slot has no key.
  private keys: Array<string | undefined> = [];
  private hashes = new Int32Array(0);
  private values: Array<V | undefined> = [];
  private mask = 0;
  private count = 0;

  /** Past `maxSize` entries the map starts again empty (it is a cache: this bounds its memory). */
  constructor(private readonly maxSize: number) {
    this.reset(1024);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the string text[start, end), if any. */
  getSpan(text: string, start: number, end: number): V | undefined {
    const h = hashSpan(text, start, end);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === h && sameSpan(key, text, start, end)) return this.values[i];
    }
  }

  get(key: string): V | undefined {
    return this.getSpan(key, 0, key.length);
  }

  set(key: string, value: V): void {
    if (this.count >= this.maxSize) this.reset(1024);
    else if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.insert(key, hashSpan(key, 0, key.length), value);
  }

  private insert(key: string, h: number, value: V): void {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const held = this.keys[i];
      if (held === undefined) {
        this.keys[i] = key;
        this.hashes[i] = h;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.hashes[i] === h && held === key) {
        this.values[i] = value;
        return;
      }
    }
  }

  private reset(capacity: number): void {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.count = 0;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.reset(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.insert(key, hashes[i] as number, values[i] as V);
    }
  }
}

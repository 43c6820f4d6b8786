/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument and throws "Maximum call stack size exceeded" past about 100,000 of them, which a large
 * document (its citations) or a large export (its lines) reaches.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

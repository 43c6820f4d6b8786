/**
 * What the "attach as citation" form starts with: the party the selected text names, the demand it
 * names, and the stance the chosen cell shows now (the analyst's override included).
 */
import type { Demand, Party, Stance } from '../../../shared/model';
import type { CellRef } from '../store/types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `phrase` first occurs in `text` as whole words; acronyms ("US", "EU") only in capitals. */
function firstOccurrence(text: string, phrase: string): number {
  const p = phrase.trim();
  if (!p) return -1;
  const acronym = p.length <= 4 && p === p.toUpperCase();
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
  return re.exec(text)?.index ?? -1;
}

/** Names a party goes by in the text: its name, its aliases and (ontology v2) its officials. */
function namesOf(party: Party): string[] {
  const officials = (party as { officials?: Array<{ name: string; aliases?: string[] }> }).officials ?? [];
  return [party.name, ...party.aliases, ...officials.flatMap((o) => [o.name, ...(o.aliases ?? [])])];
}

/** Ids in order of first mention in `text`, each id once. */
function mentioned<T extends { id: string }>(
  text: string,
  items: T[],
  names: (item: T) => string[],
): string[] {
  const found: Array<{ id: string; at: number }> = [];
  for (const item of items) {
    const at = Math.min(
      ...names(item)
        .map((n) => firstOccurrence(text, n))
        .filter((i) => i >= 0),
    );
    if (Number.isFinite(at)) found.push({ id: item.id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

export function namedParties(text: string, parties: Party[]): string[] {
  return mentioned(text, parties, namesOf);
}

export function namedDemands(text: string, demands: Demand[]): string[] {
  return mentioned(text, demands, (d) => [d.title, ...d.phrases]);
}

/**
 * The cell the form starts on. A party or demand the selection names wins over the cell the analyst
 * came from, unless that cell's own party or demand is among those named.
 */
export function attachTarget(
  quote: string,
  parties: Party[],
  demands: Demand[],
  cameFrom: CellRef | null,
): CellRef {
  const pick = (named: string[], from: string | undefined, first: string | undefined) =>
    from && named.includes(from) ? from : (named[0] ?? from ?? first ?? '');
  return {
    party: pick(namedParties(quote, parties), cameFrom?.party, parties[0]?.id),
    demand: pick(namedDemands(quote, demands), cameFrom?.demand, demands[0]?.id),
  };
}

/** The stance a new citation on a cell starts with: what the cell shows now, or Supports if nothing. */
export function attachStance(cellStance: Stance | undefined): Stance {
  return cellStance && cellStance !== 'none' ? cellStance : 'supports';
}

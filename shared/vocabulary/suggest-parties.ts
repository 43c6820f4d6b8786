/**
 * Candidate parties: the people, organisations and places the documents name often, with the office
 * written beside each person. Names the vocabulary already holds are left out; initials are joined
 * to the name they abbreviate ("WTO" → "World Trade Organization"), a surname to the person it
 * belongs to, an adjective of nationality to its place ("Canadian" → "Canada").
 */
import type { Ontology } from '../model/ontology';
import { ACRONYM, NAME_JOINERS, NOT_PERSONAL, ORGANISATION_WORDS, PERSON_OFFICES } from './english';
import { compileOffices, readNames, type Offices } from './name-runs';
import type { TaggedSentence } from './tagger';
import type { PartySuggestion, SuggestionExample } from './types';

/** A suggestion needs this many mentions: one is too often a passing name. */
const MIN_MENTIONS = 2;

interface Tally {
  name: string;
  mentions: number;
  documents: Set<string>;
  example: SuggestionExample;
}
interface PersonTally extends Tally {
  titles: Map<string, number>;
  affiliations: Map<string, number>;
  aliases: Set<string>;
}
interface EntityTally extends Tally {
  dateline: boolean;
  placeLike: boolean;
  aliases: Set<string>;
}

const bump = (map: Map<string, number>, key: string | null) => {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
};
const mostFrequent = (map: Map<string, number>): string | null =>
  [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

/** "World Trade Organization" → "WTO"; "European Union" → "EU". */
const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => !NAME_JOINERS.has(w.toLowerCase()) && w.toLowerCase() !== 'the')
    .map((w) => w.charAt(0))
    .join('');

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]!.toLowerCase() === b[i]!.toLowerCase()) i++;
  return i;
}

/** Every name, alias, adjective and official the vocabulary holds, mapped to its party. */
export function knownNames(ontology: Ontology): Map<string, string> {
  const known = new Map<string, string>();
  for (const p of ontology.parties) {
    for (const n of [p.name, ...p.aliases, ...(p.adjectives ?? [])]) known.set(n, p.id);
    for (const o of p.officials ?? []) for (const n of [o.name, ...(o.aliases ?? [])]) known.set(n, p.id);
  }
  return known;
}

export class PartySuggester {
  private readonly offices: Offices;
  private readonly known: Map<string, string>;
  private readonly knownSet: ReadonlySet<string>;
  private readonly knownLower: Set<string>;
  private readonly people = new Map<string, PersonTally>();
  private readonly entities = new Map<string, EntityTally>();
  private readonly adjectives = new Map<string, number>();
  /** Words the documents write in lower case: "Photo" or "Pool" alone is then no name. */
  private readonly commonWords = new Set<string>();

  constructor(ontology: Ontology) {
    const roles = (ontology.roles ?? []).filter((r) => !NOT_PERSONAL.has(r.toLowerCase()));
    this.offices = compileOffices([...PERSON_OFFICES, ...roles]);
    this.known = knownNames(ontology);
    this.knownSet = new Set(this.known.keys());
    this.knownLower = new Set([...this.known.keys()].map((k) => k.toLowerCase()));
  }

  private tally<T extends Tally>(map: Map<string, T>, name: string, make: () => T, document: string): T {
    let t = map.get(name);
    if (!t) map.set(name, (t = make()));
    t.mentions++;
    t.documents.add(document);
    return t;
  }

  addSentence(document: string, text: string, sentence: TaggedSentence): void {
    const example = (): SuggestionExample => ({
      document,
      start: sentence.start,
      end: sentence.end,
      quote: text.slice(sentence.start, sentence.end),
    });
    const fresh = (name: string) => ({
      name,
      mentions: 0,
      documents: new Set<string>(),
      example: example(),
      aliases: new Set<string>(),
    });
    for (const t of sentence.tokens) if (/^\p{Ll}/u.test(t.text)) this.commonWords.add(t.text);
    for (const m of readNames({ text, sentence, offices: this.offices, known: this.knownSet })) {
      if (m.kind === 'adjective') {
        this.adjectives.set(m.name, (this.adjectives.get(m.name) ?? 0) + 1);
      } else if (m.kind === 'person') {
        const t = this.tally(
          this.people,
          m.name,
          () => ({ ...fresh(m.name), titles: new Map(), affiliations: new Map() }),
          document,
        );
        bump(t.titles, m.title);
        bump(t.affiliations, m.affiliation);
      } else {
        const t = this.tally(
          this.entities,
          m.name,
          () => ({ ...fresh(m.name), dateline: false, placeLike: false }),
          document,
        );
        t.dateline ||= m.dateline;
        t.placeLike ||= m.placeLike;
      }
    }
  }

  private isKnown(name: string): boolean {
    return this.knownLower.has(name.toLowerCase());
  }

  private merge(into: Tally, from: Tally): void {
    into.mentions += from.mentions;
    for (const d of from.documents) into.documents.add(d);
  }

  suggestions(limit = 40): PartySuggestion[] {
    const people = new Map(this.people);
    const entities = new Map(this.entities);
    // "Valden, the EU trade commissioner" is Henrik Valden when the documents name one Valden in full.
    for (const [name, single] of people) {
      if (name.includes(' ')) continue;
      const full = [...people.values()].filter((p) => p.name.split(/\s+/).at(-1) === name && p !== single);
      if (full.length !== 1) continue;
      const person = full[0]!;
      this.merge(person, single);
      for (const [k, n] of single.titles) person.titles.set(k, (person.titles.get(k) ?? 0) + n);
      for (const [k, n] of single.affiliations)
        person.affiliations.set(k, (person.affiliations.get(k) ?? 0) + n);
      person.aliases.add(name);
      people.delete(name);
    }
    for (const name of [...entities.keys()])
      if (!name.includes(' ') && !ACRONYM.test(name) && this.commonWords.has(name.toLowerCase()))
        entities.delete(name);
    // A person named elsewhere by full name or surname alone is the same person.
    for (const person of people.values()) {
      const surname = person.name.split(/\s+/).at(-1)!;
      for (const n of [person.name, surname]) {
        const e = entities.get(n);
        const owners = [...people.values()].filter((p) => p.name.split(/\s+/).at(-1) === surname);
        if (!e || owners.length !== 1) continue;
        this.merge(person, e);
        entities.delete(n);
        if (n === surname && surname !== person.name) person.aliases.add(surname);
      }
    }
    // Initials join the name they abbreviate.
    for (const [name, e] of entities) {
      if (!ACRONYM.test(name)) continue;
      const plain = name.replace(/\./g, '');
      const full = [...entities.values()].find(
        (f) => f !== e && f.name.includes(' ') && initials(f.name) === plain,
      );
      if (!full) continue;
      this.merge(full, e);
      full.aliases.add(name);
      entities.delete(name);
    }
    // Adjectives of nationality join the place or body they share the longest beginning with.
    const adjectivesOf = new Map<EntityTally, string[]>();
    for (const adjective of this.adjectives.keys()) {
      if (this.isKnown(adjective)) continue;
      let best: EntityTally | null = null;
      let bestLength = 3;
      for (const e of entities.values()) {
        const n = commonPrefix(adjective, e.name);
        if (n > bestLength || (n === bestLength && n >= 4 && best && !best.dateline && e.dateline)) {
          best = e;
          bestLength = n;
        }
      }
      if (best) adjectivesOf.set(best, [...(adjectivesOf.get(best) ?? []), adjective]);
    }

    const out: PartySuggestion[] = [];
    for (const p of people.values()) {
      if (p.mentions < MIN_MENTIONS || this.isKnown(p.name)) continue;
      const affiliation = mostFrequent(p.affiliations);
      out.push({
        key: `person:${p.name}`,
        kind: 'person',
        name: p.name,
        // Later sentences name people by surname: offer it even where these documents do not.
        aliases: [...new Set([...p.aliases, ...(p.name.includes(' ') ? [p.name.split(/\s+/).at(-1)!] : [])])],
        adjectives: [],
        title: mostFrequent(p.titles),
        affiliation,
        affiliationParty: affiliation ? (this.known.get(affiliation) ?? null) : null,
        mentions: p.mentions,
        documents: p.documents.size,
        example: p.example,
      });
    }
    for (const e of entities.values()) {
      if (e.mentions < MIN_MENTIONS || this.isKnown(e.name)) continue;
      const adjectives = adjectivesOf.get(e) ?? [];
      const words = e.name.toLowerCase().split(/[\s-]+/);
      const kind = words.some((w) => ORGANISATION_WORDS.has(w))
        ? 'organisation'
        : e.dateline || e.placeLike || adjectives.length > 0
          ? 'place'
          : 'name';
      out.push({
        key: `entity:${e.name}`,
        kind,
        name: e.name,
        aliases: [...e.aliases].filter((a) => !this.isKnown(a)),
        adjectives,
        title: null,
        affiliation: null,
        affiliationParty: null,
        mentions: e.mentions,
        documents: e.documents.size,
        example: e.example,
      });
    }
    return out
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, limit);
  }
}

/**
 * Candidate demand phrasings: the noun phrases that follow the vocabulary's stance cues ("called for
 * the removal of steel tariffs", "rejects any end to dairy import quotas"), read through a carrier
 * ("the European Union's demand for an end to dairy import quotas"). Phrasings the vocabulary already
 * matches are left out; the rest are ranked by how many documents use them.
 */
import { compileOntology, type CompiledOntology } from '../derive/compile-ontology';
import { tokenize } from '../derive/tokens';
import type { Ontology } from '../model/ontology';
import { GENERAL_NOUNS, TIME_NOUNS } from './english';
import type { TaggedSentence, TaggedToken } from './tagger';
import type { DemandSuggestion, SuggestionExample } from './types';

const MIN_MENTIONS = 2;
/** Words in one phrasing: longer ones are clauses, not names of a demand. */
const MAX_WORDS = 8;

const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const ATTACHING = new Set(['of', 'to', 'for', 'on', 'in', 'from', 'against', 'with', 'over']);
const LEAD_IN = new Set(['DET', 'ADP', 'PART', 'ADV']);
const POSSESSIVE = /^['’]s$/;

interface Tally {
  phrase: Map<string, number>;
  cues: Set<string>;
  mentions: number;
  documents: Set<string>;
  example: SuggestionExample;
}

/** A token that may open the object of a cue: a gerund, a determiner, a preposition, "its". */
const leadIn = (t: TaggedToken): boolean =>
  LEAD_IN.has(t.pos) ||
  (t.pos === 'PRON' && /^(?:its|their|our|his|her|any)$/i.test(t.text)) ||
  (t.pos === 'VERB' && /ing$/i.test(t.text));

export class DemandSuggester {
  private readonly compiled: CompiledOntology;
  private readonly carriers: ReadonlySet<string>;
  private readonly tallies = new Map<string, Tally>();

  constructor(ontology: Ontology) {
    this.compiled = compileOntology(ontology);
    const single = (ontology.cues.carriers ?? []).filter((c) => !/\s/.test(c.trim()));
    this.carriers = new Set(single.flatMap((c) => this.compiled.keyCache.keys(c.toLowerCase())));
  }

  /** "demand", "call", "proposal": a noun that carries a demand rather than naming one. */
  private isCarrier(t: TaggedToken): boolean {
    return this.compiled.keyCache.keys(t.text.toLowerCase()).some((k) => this.carriers.has(k));
  }

  /** The noun phrase starting at or after token `from`, as [first, last] token indices, or null. */
  private nounPhrase(tokens: readonly TaggedToken[], from: number): [number, number] | null {
    let i = from;
    for (let skipped = 0; i < tokens.length && skipped < 4 && leadIn(tokens[i]!); skipped++) i++;
    let first = i;
    let last = -1;
    let attachments = 0;
    // Bounded from the cue as well: a chain of carriers ("demand for a call for …") reads no further.
    while (i < tokens.length && i - first < MAX_WORDS && i - from < 3 * MAX_WORDS) {
      const t = tokens[i]!;
      // "measures Russia could take": a name after the nouns opens the next clause.
      if (t.pos === 'PROPN' && last >= first && tokens[last]!.pos !== 'PROPN' && last === i - 1) break;
      if (NOMINAL.has(t.pos) || (t.text === '-' && last === i - 1)) {
        last = i;
        i++;
        continue;
      }
      // "the European Union's demand for …": a possessor and a carrier noun lead to the demand itself.
      if (POSSESSIVE.test(t.text) && last >= first) {
        first = i + 1;
        last = -1;
        i++;
        continue;
      }
      if (last >= first && ATTACHING.has(t.text.toLowerCase())) {
        if (last === i - 1 && this.isCarrier(tokens[last]!) && last - first < 3) {
          i++;
          while (i < tokens.length && leadIn(tokens[i]!)) i++;
          first = i;
          last = -1;
          continue;
        }
        let next = i + 1;
        while (next < tokens.length && tokens[next]!.pos === 'DET') next++;
        const object = tokens[next];
        const attachable =
          attachments < 2 &&
          object !== undefined &&
          NOMINAL.has(object.pos) &&
          object.pos !== 'PROPN' &&
          !TIME_NOUNS.has(object.lemma);
        if (!attachable) break;
        attachments++;
        i = next;
        continue;
      }
      break;
    }
    if (last < first) return null;
    while (last > first && !NOMINAL.has(tokens[last]!.pos)) last--;
    const words = tokens.slice(first, last + 1);
    if (!words.some((t) => t.pos === 'NOUN')) return null;
    if (words.every((t) => t.pos === 'PROPN' || t.pos === 'NUM')) return null; // a name, not a demand
    if (words.length === 1 && GENERAL_NOUNS.has(words[0]!.lemma)) return null;
    if (TIME_NOUNS.has(words.at(-1)!.lemma) || this.isCarrier(words.at(-1)!)) return null;
    return [first, last];
  }

  addSentence(document: string, text: string, sentence: TaggedSentence): void {
    // Most sentences hold no cue: a cue's first word must be among the sentence's words or lemmas.
    const starts = this.compiled.cues.keys;
    const keys = (t: TaggedToken) => this.compiled.keyCache.keys(t.text.toLowerCase().replace(/’/g, "'"));
    if (!sentence.tokens.some((t) => keys(t).some((k) => starts.has(k)))) return;
    const tokens = tokenize(text, sentence.start, sentence.end, this.compiled.keyCache);
    const cues = this.compiled.cues.find(tokens);
    if (cues.length === 0) return;
    const tagged = sentence.tokens;
    for (const cue of cues) {
      const cueEnd = tokens[cue.last]!.end;
      const from = tagged.findIndex((t) => t.start >= cueEnd);
      if (from < 0) continue;
      const span = this.nounPhrase(tagged, from);
      if (!span) continue;
      const words = tagged.slice(span[0], span[1] + 1);
      const phrase = text.slice(words[0]!.start, words.at(-1)!.end);
      const written = words.map((t) => (t.pos === 'PROPN' ? t.text : t.text.toLowerCase()));
      const key = [...written.slice(0, -1), words.at(-1)!.lemma].join(' ').toLowerCase();
      let tally = this.tallies.get(key);
      if (!tally) {
        tally = {
          phrase: new Map(),
          cues: new Set(),
          mentions: 0,
          documents: new Set(),
          example: {
            document,
            start: sentence.start,
            end: sentence.end,
            quote: text.slice(sentence.start, sentence.end),
          },
        };
        this.tallies.set(key, tally);
      }
      tally.phrase.set(phrase, (tally.phrase.get(phrase) ?? 0) + 1);
      tally.cues.add(text.slice(tokens[cue.first]!.start, cueEnd).toLowerCase());
      tally.mentions++;
      tally.documents.add(document);
    }
  }

  /** Whether the vocabulary already names a demand with these words. */
  private alreadyMatched(phrase: string): boolean {
    const tokens = tokenize(phrase, 0, phrase.length, this.compiled.keyCache);
    return this.compiled.demandPhrases.find(tokens).length > 0;
  }

  suggestions(limit = 30): DemandSuggestion[] {
    const out: DemandSuggestion[] = [];
    for (const [key, t] of this.tallies) {
      if (t.mentions < MIN_MENTIONS) continue;
      // One word alone ("halt", "security") is a demand only when several documents use it so.
      if (!key.includes(' ') && t.documents.size < 2) continue;
      const phrase = [...t.phrase].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      if (this.alreadyMatched(phrase)) continue;
      out.push({
        key: `demand:${key}`,
        phrase,
        title: phrase.charAt(0).toUpperCase() + phrase.slice(1),
        cues: [...t.cues],
        mentions: t.mentions,
        documents: t.documents.size,
        example: t.example,
      });
    }
    return out
      .sort(
        (a, b) => b.documents - a.documents || b.mentions - a.mentions || a.phrase.localeCompare(b.phrase),
      )
      .slice(0, limit);
  }
}

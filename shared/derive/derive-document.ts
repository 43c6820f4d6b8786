/**
 * One document → its citations. Walks the sentences in order, carrying the last speaker forward
 * so "he said" and a quotation continued over several sentences are attributed.
 */
import type { SourceDocument } from '../model/corpus';
import type { Citation } from '../model/matrix';
import { analyzeSentence } from './analyze-sentence';
import { findSpeaker, quoteBalance, type Speaker } from './attribution';
import type { CompiledOntology } from './compile-ontology';
import { findLists } from './enumerations';
import type { Segmenter } from './segment';

export interface DocumentDerivation {
  citations: Citation[];
  sentences: number;
  /** Whether any party of the ontology is named anywhere in the document. */
  namesAParty: boolean;
}

export function deriveDocument(
  doc: SourceDocument,
  compiled: CompiledOntology,
  segmenter: Segmenter,
): DocumentDerivation {
  const text = doc.text;
  const sentences = segmenter.split(text);
  const lists = findLists(text, compiled);
  const citations: Citation[] = [];
  const seen = new Set<string>();
  let namesAParty = false;
  let lastSpeaker: Speaker | null = null;
  let lastSpeakerAge = 0;
  let openQuote = false;

  for (const sentence of sentences) {
    const parties = compiled.parties.find(text, sentence.start, sentence.end);
    if (parties.length > 0) namesAParty = true;
    const speaker = findSpeaker(text, sentence, parties);
    const continuesQuote = openQuote || /^[“"]/.test(sentence.text);
    const previousSpeaker =
      lastSpeakerAge <= 3 && (speaker?.kind === 'pronoun' || (speaker === null && continuesQuote))
        ? lastSpeaker
        : null;

    for (const f of analyzeSentence({
      text,
      start: sentence.start,
      end: sentence.end,
      compiled,
      lists,
      parties,
      speaker,
      previousSpeaker,
    })) {
      const key = `${doc.id}:${sentence.start}-${sentence.end}:${f.party}:${f.demand}`;
      if (seen.has(key)) continue; // one citation per sentence and cell: the first cue found decides
      seen.add(key);
      citations.push({
        key,
        document: doc.id,
        start: sentence.start,
        end: sentence.end,
        quote: text.slice(sentence.start, sentence.end),
        party: f.party,
        demand: f.demand,
        stance: f.stance,
        cue: f.cue,
        negated: f.negated,
        attribution: f.attribution,
        demandMatch: f.demandMatch,
        published: doc.published,
        voice:
          f.attribution.kind === 'speaker' || f.attribution.kind === 'previous-speaker' ? 'own' : 'reported',
        modality: 'present',
        weight: 1,
        resolvedFrom: null,
      });
    }

    if (speaker && speaker.kind !== 'pronoun') {
      lastSpeaker = speaker;
      lastSpeakerAge = 0;
    } else if (speaker?.kind === 'pronoun' && previousSpeaker) {
      lastSpeakerAge = 0; // "he said" keeps the same speaker current
    } else lastSpeakerAge++;
    const balance = quoteBalance(sentence.text);
    if (balance > 0) openQuote = true;
    else if (balance < 0 || /[”"]\s*$/.test(sentence.text)) openQuote = false;
    // A quotation never runs past its paragraph in these texts' conventions.
    if (text.slice(sentence.end, sentence.end + 2).includes('\n')) openQuote = false;
  }
  return { citations, sentences: sentences.length, namesAParty };
}

/**
 * One sentence → findings (party, demand, stance, with the evidence of each step) and unclassified
 * mentions. Each demand mention is governed by the nearest cue of its clause (two cues in a row
 * compose: "refused to discuss"); the cue's holder is, in order: the passive agent ("demanded by
 * Moscow"), the experiencer ("unacceptable to Washington"), the clause subject, "we" in a party's
 * quotation, the sentence's speaker, the previous speaker, or the subject of an earlier clause. A
 * demand noun owned by a party ("Russia's demand for …") is that party's position too.
 */
// The reading itself is split by layer under ./analyze-sentence/ (see sentence-reading.ts for the
// order); this module is the one its importers name.
export type { Holder, SentenceFinding, SentenceInput, SentenceMention } from './analyze-sentence/types';
export { citationWeight } from './analyze-sentence/types';
export { SentenceReading } from './analyze-sentence/sentence-reading';
export { analyzeSentence } from './analyze-sentence/analyze';

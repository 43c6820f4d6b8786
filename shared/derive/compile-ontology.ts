/**
 * The ontology compiled into matchers, once per derivation: party aliases (case-sensitive names),
 * demand phrases and counter-phrases, stance cues and negations (case-insensitive).
 */
import type { Ontology } from '../model/ontology';
import type { Stance } from '../model/stance';
import { compilePhrases, type PhraseMatcher } from './text-match';

export interface DemandPhrase {
  demand: string;
  /** A counter-phrase names the opposite of the demand: it flips the stance. */
  counter: boolean;
}

export type CueStance = Exclude<Stance, 'none'>;

export interface CompiledOntology {
  ontology: Ontology;
  parties: PhraseMatcher<string>;
  demands: PhraseMatcher<DemandPhrase>;
  cues: PhraseMatcher<CueStance>;
  negations: PhraseMatcher<string>;
}

export function compileOntology(ontology: Ontology): CompiledOntology {
  const parties = compilePhrases(
    ontology.parties.flatMap((p) => [p.name, ...p.aliases].map((phrase) => ({ phrase, value: p.id }))),
    true,
  );
  const demandEntries: Array<{ phrase: string; value: DemandPhrase }> = [];
  for (const d of ontology.demands) {
    // Demand values are shared objects so the matcher's de-duplication works per demand.
    const plain: DemandPhrase = { demand: d.id, counter: false };
    const counter: DemandPhrase = { demand: d.id, counter: true };
    for (const phrase of d.phrases) demandEntries.push({ phrase, value: plain });
    for (const phrase of d.counterPhrases ?? []) demandEntries.push({ phrase, value: counter });
  }
  const cueEntries: Array<{ phrase: string; value: CueStance }> = [];
  for (const stance of ['supports', 'rejects', 'open', 'unclear'] as const) {
    for (const phrase of ontology.cues[stance]) cueEntries.push({ phrase, value: stance });
  }
  const negations = compilePhrases(
    ontology.cues.negations.map((phrase) => ({ phrase: phrase.replace(/^n['’]t$/i, 'not'), value: phrase })),
    false,
  );
  return {
    ontology,
    parties,
    demands: compilePhrases(demandEntries, false),
    cues: compilePhrases(cueEntries, false),
    negations,
  };
}

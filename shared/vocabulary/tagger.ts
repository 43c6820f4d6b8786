/**
 * Sentences of a text with their words tagged by part of speech (wink-nlp's English model), each
 * word at its exact offsets. The suggestions read names and noun phrases from these tags.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface TaggedToken {
  text: string;
  start: number;
  end: number;
  /** Universal part-of-speech tag: NOUN, PROPN, ADJ, VERB, ADP, DET, PUNCT… */
  pos: string;
  /** Lower-case lemma: "tariffs" → "tariff", "said" → "say". */
  lemma: string;
}

export interface TaggedSentence {
  start: number;
  end: number;
  /** True for the first sentence of a paragraph (a dateline's place comes first there). */
  opensParagraph: boolean;
  tokens: TaggedToken[];
}

export interface Tagger {
  tag(text: string): TaggedSentence[];
}

type WinkReader = (paragraph: string) => Array<{ values: string[]; pos: string[]; lemmas: string[] }>;
let reader: WinkReader | null = null;

function winkReader(): WinkReader {
  if (reader) return reader;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  reader = (paragraph) => {
    const out: Array<{ values: string[]; pos: string[]; lemmas: string[] }> = [];
    nlp
      .readDoc(paragraph)
      .sentences()
      .each((s: ItemSentence) => {
        const tokens = s.tokens();
        out.push({
          values: tokens.out(its.value) as string[],
          pos: tokens.out(its.pos) as string[],
          lemmas: tokens.out(its.lemma as never) as unknown as string[],
        });
      });
    return out;
  };
  return reader;
}

/** The wink-nlp tagger; the model is loaded once per process, on first use. */
export function createWinkTagger(): Tagger {
  const read = winkReader();
  return {
    tag(text) {
      const sentences: TaggedSentence[] = [];
      const lines = /[^\r\n]+/g;
      for (let line = lines.exec(text); line; line = lines.exec(text)) {
        const offset = line.index;
        const body = line[0];
        let cursor = 0;
        let first = true;
        for (const s of read(body)) {
          const tokens: TaggedToken[] = [];
          s.values.forEach((value, i) => {
            // Tokens are substrings in order: a forward search finds each one's offset. A token the
            // library normalised is not found and is left out.
            const at = value.trim() ? body.indexOf(value, cursor) : -1;
            if (at < 0) return;
            cursor = at + value.length;
            tokens.push({
              text: value,
              start: offset + at,
              end: offset + at + value.length,
              pos: s.pos[i] ?? 'X',
              lemma: (s.lemmas[i] ?? value).toLowerCase(),
            });
          });
          if (tokens.length === 0) continue;
          sentences.push({
            start: tokens[0]!.start,
            end: tokens.at(-1)!.end,
            opensParagraph: first,
            tokens,
          });
          first = false;
        }
      }
      return sentences;
    },
  };
}

/**
 * The metadata the import dialog starts from, for one file: what the file says about itself
 * (HTML meta tags, PDF and Word properties), then what its text says (first line, dateline), then
 * the language the text is written in (franc), each with where it came from.
 */
import { franc } from 'franc-min';
import { inferMetadata } from '../../../shared/derive/infer-metadata';
import type { DocumentMeta } from '../../../shared/model/corpus';
import type { Extracted } from './importers';

/** franc answers ISO 639-3; documents carry BCP 47 (two letters where there is one). */
const ISO_639_1: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  nld: 'nl',
  tur: 'tr',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  swe: 'sv',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  ell: 'el',
  fin: 'fi',
  dan: 'da',
  nob: 'no',
  pes: 'fa',
  heb: 'he',
  hin: 'hi',
  kaz: 'kk',
};

export type Prefilled = Pick<
  DocumentMeta,
  'title' | 'outlet' | 'author' | 'published' | 'publishedNote' | 'language'
> & {
  /** Where each field came from, for the dialog ("the page’s og:title", "the dateline …"). */
  sources: Record<string, string>;
};

export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 20_000), { minLength: 40 });
  return code === 'und' ? null : (ISO_639_1[code] ?? code);
}

export function prefill(extracted: Extracted, fileName: string): Prefilled {
  const inferred = inferMetadata(extracted.text, fileName);
  const sources: Record<string, string> = { ...extracted.sources };
  const title = extracted.meta.title ?? inferred.title;
  if (!extracted.meta.title) sources.title = 'the first line of the text';
  let published = extracted.meta.published ?? null;
  let publishedNote: string | null = published ? `From ${sources.published}.` : null;
  // A dateline in the text, or a date the analyst put in the file name, says when the article appeared; a
  // PDF's or Word file's creation date may not. A web page's own date tag is kept.
  if (inferred.published && (!published || extracted.format === 'pdf' || extracted.format === 'docx')) {
    published = inferred.published;
    publishedNote = inferred.publishedNote;
    sources.published =
      inferred.publishedFrom === 'file name'
        ? 'the date in the file name'
        : 'the dateline near the top of the text';
  }
  if (!published) publishedNote = inferred.publishedNote;
  const outlet = extracted.meta.outlet ?? inferred.outlet;
  if (!extracted.meta.outlet && inferred.outlet) sources.outlet = 'the agency named in the dateline';
  let language = extracted.meta.language ?? null;
  if (!language) {
    language = detectLanguage(extracted.text);
    if (language) sources.language = 'the words of the text';
  }
  return {
    title,
    outlet: outlet ?? null,
    author: extracted.meta.author ?? null,
    published,
    publishedNote,
    language: language ?? 'en',
    sources,
  };
}

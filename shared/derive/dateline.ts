import { wordSet } from './word-set';
/**
 * A wire dateline opening a paragraph ("WASHINGTON, Jan 26 (Reuters) - ", "KYIV, Ukraine (AP) — ",
 * "Moscow, Jan. 10 (AFP) – "): where the story was filed, not part of its first sentence. Left out of
 * that sentence, a quote starts where the reporter's sentence does, and the place ("MOSCOW") is not
 * read as a party named in it.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:,? (?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(?:,? \\d{4})?)`;
/** "(Reuters)", "(AP)", "(Xinhua)", "(dpa)": a short name in brackets. */
const AGENCY = "(?: ?\\([A-Za-z][A-Za-z.&/' -]{1,30}\\))";
const DASH = '\\s*(?:—|–|―|--|-)\\s+';
/** "WASHINGTON", "UNITED NATIONS", "ST. PETERSBURG", with a region after a comma ("KYIV, Ukraine"). */
const CAPS_PLACE = "[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?";
/**
 * "Moscow", "New Delhi": a place in ordinary case is a dateline only with a date ("Sergei Lavrov
 * (Russia) – …" is a speaker's label). So are several filing places joined by slashes
 * ("Washington/Pristina/Belgrade, 3 June 2023 - ").
 */
const TITLE_PLACE = "[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}(?:/[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}){0,3}";

const WITH_DATE_OR_AGENCY = new RegExp(
  `^(?:${CAPS_PLACE}(?:${DATE}${AGENCY}?|${AGENCY})|${TITLE_PLACE}${DATE}${AGENCY}?|${AGENCY.slice(3, -1)})${DASH}(?=[“"‘'A-Z0-9])`,
  'u',
);
const BARE_CAPS = new RegExp(`^(${CAPS_PLACE})${DASH}(?=[“"‘'A-Z])`, 'u');
/**
 * Organisations written in capitals open sentences with a dash of apposition ("NATO — the alliance's
 * chief said …"); a bare capitalised word before a dash is a place only if it is not one of these.
 */
const ACRONYMS = wordSet(/^(?:NATO|EU|UN|US|USA|UK|OSCE|IAEA|OPEC|WHO|WTO|IMF|G7|G20|CSTO|AU|ASEAN)$/);
/** Only the opening of a paragraph is looked at. */
const HEAD = 120;

/** The length of the dateline opening `paragraph` (with the dash and the space after it), or 0. */
export function datelineLength(paragraph: string): number {
  const head = paragraph.slice(0, HEAD);
  const full = WITH_DATE_OR_AGENCY.exec(head);
  if (full) return full[0].length;
  const bare = BARE_CAPS.exec(head);
  if (!bare) return 0;
  const place = (bare[1] as string).split(',')[0] as string;
  // A single capitalised letter run of two or three letters is an acronym more often than a place.
  if (ACRONYMS.test(place) || /^[A-Z]{1,3}$/.test(place)) return 0;
  return bare[0].length;
}

/** The news agency a dateline names ("Reuters" in "WASHINGTON, Jan 26 (Reuters) - "), or null. */
export function datelineAgency(paragraph: string): string | null {
  const length = datelineLength(paragraph);
  if (length === 0) return null;
  const agency = /\(([A-Za-z][A-Za-z.&/' -]{1,30})\)/.exec(paragraph.slice(0, length));
  return agency ? (agency[1] as string).trim() : null;
}

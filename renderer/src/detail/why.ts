import { sourceName, type Citation, type MatrixDocument } from '../../../shared/model';
import { formatDate } from '../text/format';

/** Who holds the position, as the text names them: a person also gets their party, "the alliance" too. */
export function holderOf(c: Citation, partyName: string): string {
  const { kind, matched } = c.attribution;
  // "the demand for NATO to stop expanding": no owner written; the party is the one that proposed it.
  if (kind === 'proposer') return `${partyName} (its proposal: “${matched}”)`;
  // "The meeting centred on a halt to NATO's expansion", in an article naming Russia: its demand, stated.
  if (kind === 'stated-demand') return `${partyName} (its demand, as the article states it)`;
  // "Putin's fear of NATO's expansion": the proposer named with its demand, no cue deciding.
  if (kind === 'named-proposer')
    return matched === partyName
      ? `${partyName} (named with its demand)`
      : `${matched} (${partyName}, named with its demand)`;
  const person = kind === 'speaker' || kind === 'previous-speaker';
  const generic = !/^\p{Lu}/u.test(matched);
  return (person || generic) && matched !== partyName ? `${matched} (${partyName})` : matched;
}

/**
 * A citation's header in the analyst's words: who, the words that decided it, and, where the card
 * does not sit under its source, the outlet and date:
 * U.S. — “will not agree” (negated), CNS News, 11 Jan 2022
 */
export function explainCitation(
  c: Citation,
  partyName: string,
  doc: MatrixDocument | undefined,
  withSource = false,
): string {
  const said = `${holderOf(c, partyName)} — “${c.cue}”${c.negated ? ' (negated)' : ''}`;
  if (!withSource) return said;
  const outlet = doc ? sourceName(doc) : c.document;
  return `${said}, ${outlet}, ${formatDate(c.published ?? doc?.published)}`;
}

export const ATTRIBUTION_HELP: Record<Citation['attribution']['kind'], string> = {
  speaker: 'the speaker is named in the sentence',
  'previous-speaker': 'the speaker is named in the sentence before',
  subject: 'the party is the subject of the sentence',
  possessor: 'the position is the party’s own (“Russia’s demand”)',
  'passive-agent': 'the party is named as the agent (“demanded by Moscow”)',
  document: 'the party speaks through its document (“the US written reply”)',
  'first-person': '“we” in a quotation of the party’s speaker',
  role: 'an office of the party is named (“a Kremlin spokesman”)',
  alias: 'an alias of the party appears in the sentence',
  'named-proposer':
    'the party that put the demand forward is named with it and no word in the sentence decides: read as its demand',
  proposer: 'the demand noun names no owner; the party is the only one that put this demand forward',
  'stated-demand':
    'the document names the party and states the demand it put forward, but no sentence ties the two: read weakly as its demand',
};

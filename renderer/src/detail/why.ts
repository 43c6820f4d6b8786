import type { Citation, MatrixDocument } from '../../../shared/model';
import { formatDate } from '../text/format';

/**
 * The one-line reason a citation counts, in the analyst's words:
 * rejects — “non-starter” said by Sherman (United States), CNS News, 11 Jan 2022
 */
export function explainCitation(c: Citation, partyName: string, doc: MatrixDocument | undefined): string {
  const cue = `${c.negated ? 'negated ' : ''}“${c.cue}”`;
  const who =
    c.attribution.kind === 'alias'
      ? `via “${c.attribution.matched}” (${partyName})`
      : c.attribution.kind === 'subject'
        ? `by ${c.attribution.matched} (${partyName})`
        : `said by ${c.attribution.matched} (${partyName})`;
  const where = [doc?.outlet ?? doc?.title ?? c.document, formatDate(c.published ?? doc?.published)].join(
    ', ',
  );
  return `${c.stance} — ${cue} ${who}, ${where}`;
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
};

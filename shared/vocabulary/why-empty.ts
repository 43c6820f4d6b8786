/**
 * Why a workspace's documents give no citations, in the analyst's words: no party or no demand in
 * the vocabulary, no document naming one, or no sentence naming both with a stance cue. Read from
 * the derived matrix alone (its counts of documents naming a party and a demand).
 */
import type { StanceMatrix } from '../model/matrix';

export interface WhyEmpty {
  title: string;
  reasons: string[];
}

const documents = (n: number) => `${n.toLocaleString('en')} document${n === 1 ? '' : 's'}`;

export function whyEmpty(matrix: StanceMatrix): WhyEmpty | null {
  const total = matrix.documents.length;
  if (total === 0) return null;
  const parties = matrix.parties.length;
  const demands = matrix.demands.length;
  if (parties === 0 || demands === 0) {
    const missing =
      parties === 0 && demands === 0
        ? 'no parties and no demands'
        : parties === 0
          ? 'no parties'
          : 'no demands';
    return {
      title: `The vocabulary has ${missing} yet`,
      reasons: [
        `Standpoint finds positions only for the parties and demands of the vocabulary; with ${missing} it cannot cite anything in your ${documents(total)}.`,
        'Define them in the Vocabulary view, or accept the parties and demand phrasings it suggests from the documents.',
      ],
    };
  }
  const citations = matrix.cells.reduce((n, c) => n + c.citations.length, 0);
  if (citations > 0) return null;
  const reasons: string[] = [];
  const withParty = matrix.stats.documentsNamingAParty;
  const withDemand = matrix.stats.documentsNamingADemand;
  if (withParty === 0)
    reasons.push(
      `No party recognised: none of the ${documents(total)} names a party of the vocabulary by its name, an alias, an adjective or an official.`,
    );
  else if (withParty !== undefined)
    reasons.push(`${withParty} of ${documents(total)} name a party of the vocabulary.`);
  if (withDemand === 0)
    reasons.push(
      `No demand phrasing matched: no phrase or frame of the ${demands} demand${demands === 1 ? '' : 's'} appears in any document.`,
    );
  else if (withDemand !== undefined)
    reasons.push(`${withDemand} of ${documents(total)} name a demand of the vocabulary.`);
  if (withParty !== 0 && withDemand !== 0) {
    const mentions = matrix.cells.reduce((n, c) => n + c.mentions.length, 0);
    reasons.push(
      mentions > 0
        ? `${mentions} sentence${mentions === 1 ? ' names' : 's name'} a party and a demand without a stance cue deciding the position: open a cell to see them as unclassified mentions, or add the cue words the articles use.`
        : 'No sentence names a party and a demand together: add the aliases, officials and phrasings the articles use.',
    );
  }
  return { title: 'No citations yet', reasons };
}

/**
 * A finding told of a party as the subject of what it did ("Kosovo put off the fines at Washington's
 * request", "Moscow dropped the demand", "Washington agrees it could be part of a deal"): reported, present,
 * never negated in itself. One builder so the readers that find such acts cannot drift apart in shape.
 */
import type { DemandMention } from '../demand-mentions';
import type { SentenceFinding } from './types';

export interface ReportedAct {
  party: string;
  mention: DemandMention;
  stance: SentenceFinding['stance'];
  cue: string;
  /** The words naming the party, and the office they name if any. */
  subject: { text: string; role: string | null };
}

export function reportedSubjectFinding({
  party,
  mention,
  stance,
  cue,
  subject,
}: ReportedAct): SentenceFinding {
  return {
    party,
    demand: mention.demand,
    stance,
    cue,
    negated: false,
    attribution: { kind: 'subject', matched: subject.text, role: subject.role, speaker: null },
    voice: 'reported',
    modality: 'present',
    demandMatch: mention.match,
    mention,
  };
}

/**
 * How a citation's voice and time are said to an analyst, the same on screen, on paper and in the
 * exports: "own statement", "reported by Sherman", "about the future".
 */
import type { Citation, Modality } from '../model/matrix';

export const MODALITY_WORDS: Record<Modality, string> = {
  present: 'present position',
  future: 'about the future',
  conditional: 'on a condition',
  historical: 'a past position',
};

/** "own statement", "reported by Sherman", "reported". */
export function voiceWords(c: Pick<Citation, 'voice' | 'attribution'>): string {
  if (c.voice === 'own') return 'own statement';
  return c.attribution.speaker ? `reported by ${c.attribution.speaker}` : 'reported';
}

/** What a citation says beyond its quote, in reading order; present modality goes without saying. */
export function citationTraits(c: Pick<Citation, 'voice' | 'attribution' | 'modality'>): string[] {
  const traits = [voiceWords(c)];
  if (c.attribution.role) traits.push(`as ${c.attribution.role}`);
  if (c.modality !== 'present') traits.push(MODALITY_WORDS[c.modality]);
  return traits;
}

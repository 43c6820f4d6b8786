/**
 * "the talks should cover the alliance's worries about arms control", "would have to take up NATO's
 * concerns about risk reduction": a party's worry put on the talks' agenda (the object of a verb of
 * taking a matter up) names a matter the party wants talked over, not one it turns down. About the
 * demand's own words it is no rejection of the demand. (About the demand's opposite, "address Russia's
 * concerns about NATO expansion", the worry still names what its owner asks, and reads as before.)
 */
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const WORRY = wordSet(/^(?:worry|worries|concern|concerns|fear|fears|misgivings|unease)$/);
/** Verbs that take a matter up in talks: "cover", "address", "tackle", "discuss", "consider". */
const AGENDA_VERB = wordSet(
  /^(?:cover|covers|covered|covering|address|addresses|addressed|addressing|tackle|tackles|tackled|tackling|discuss|discusses|discussed|discussing|consider|considers|considered|considering)$/,
);
/** Two-word verbs of the same: "take up", "deal with", "look at", "account of". */
const AGENDA_PAIR = wordSet(
  /^(?:take up|takes up|took up|taken up|taking up|deal with|deals with|dealt with|dealing with|look at|looks at|looked at|looking at|account of)$/,
);

/** Words between an owner's "'s" and the worry noun: "the alliance's own worries", "Russia's main concerns". */
const WORRY_MODIFIER = wordSet(
  /^(?:own|main|chief|central|key|core|legitimate|security|serious|deep|many|long-standing)$/,
);
const POSSESSIVE_PRONOUN = wordSet(/^(?:its|their|our|his|her)$/);
/** Words that open a clause of their own: past them the worry is no object of the verb before. */
const CLAUSE_OPENER = wordSet(/^(?:how|whether|what|that|which|if|and|or|but|while|as)$/);

/** Whether a possessed worry cue on the demand's own words is the object of a verb of taking a matter up. */
export function agendaWorryOnDemand(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (cue.attitude !== 'rejects' || cue.negated || m.direction !== 1) return false;
  if (!WORRY.test(tokens[cue.first]?.lower ?? '')) return false;
  let k = cue.first - 1;
  while (WORRY_MODIFIER.test(tokens[k]?.lower ?? '')) k--;
  // ("take up its worries about …": a possessive pronoun, the verb right before it.)
  const pronoun = POSSESSIVE_PRONOUN.test(tokens[k]?.lower ?? '');
  if (!pronoun && !/^['’]s$/.test(tokens[k]?.text ?? '')) return false;
  // Back over the owner's name (at most four words, "the North Atlantic alliance") and an article.
  for (let j = k - 1; j >= Math.max(1, pronoun ? k - 1 : k - 6); j--) {
    const w = tokens[j]?.lower ?? '';
    if (AGENDA_VERB.test(w) || AGENDA_PAIR.test(`${tokens[j - 1]?.lower ?? ''} ${w}`)) return true;
    if (!tokens[j]?.word || CLAUSE_OPENER.test(w)) return false;
  }
  return false;
}

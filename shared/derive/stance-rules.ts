/**
 * How an attitude becomes a stance on a demand: the cue's attitude, flipped by a negation, read
 * against the direction of the words that named the demand (the demand itself, its opposite, or
 * only its topic). What the holder insists on for its own proposal reads differently from what
 * another party insists on; reciprocity or a condition turns acceptance into openness.
 */
import type { Stance } from '../model/stance';
import type { Attitude, Direction } from './compile-ontology';

type Decided = Exclude<Stance, 'none'>;

export interface StanceInput {
  attitude: Attitude;
  negated: boolean;
  direction: Direction;
  /** The holder put the demand forward itself. */
  proposer: boolean;
  /** "reciprocal", "mutual", "in return" in the clause, or a conditional statement. */
  conditionalAcceptance: boolean;
  /** The demand is named by joining ("did not plan to join"): a plan of the applicant, not a position. */
  applicantVerb?: boolean;
  /** A refusal of a refusal ("refused to rule out"): the holder keeps what follows possible. */
  refusedToRuleOut?: boolean;
}

/** An attitude as composed from the cues that govern a mention. */
export interface ComposedAttitude {
  attitude: Attitude;
  negated: boolean;
  refusedToRuleOut?: boolean;
  /** The noun naming the demand a condition ("made … a condition"): the demand asked, no term of a bargain. */
  conditionNoun?: number;
}

const flip = (s: 'supports' | 'rejects'): 'supports' | 'rejects' =>
  s === 'supports' ? 'rejects' : 'supports';

/** The stance, or null when the words do not decide one (the sentence stays an unclassified mention). */
export function decideStance(input: StanceInput): Decided | null {
  const { attitude, negated, direction, proposer } = input;
  let stance: Decided | null;
  switch (attitude) {
    case 'unclear':
      return 'unclear';
    case 'open':
      // "not willing to discuss" refuses the demand; a proposer refusing to discuss the opposite ("the
      // open door") holds to its demand; refusing to discuss its own demand says little.
      if (!negated) return 'open';
      if (!proposer) return 'rejects';
      return direction === -1 ? 'supports' : null;
    case 'supports': {
      const base = negated ? 'rejects' : 'supports';
      if (direction === 0)
        stance = proposer && !negated ? 'supports' : !proposer && negated ? 'rejects' : null;
      else stance = direction === 1 ? base : flip(base);
      break;
    }
    case 'rejects':
      // "did not rule out" is not support: say unclear rather than guess. "Refused to rule out" the
      // demand's opposite ("… Ukraine's eventual membership") keeps it possible on purpose: a party
      // that did not make the demand rejects it.
      // "has not ruled out limits on missiles", "did not reject the idea of …": the demand itself kept
      // possible by a party that did not make it is openness.
      if (negated && direction === 1 && !proposer && !input.refusedToRuleOut) return 'open';
      if (negated) return input.refusedToRuleOut && direction === -1 && !proposer ? 'rejects' : 'unclear';
      if (direction === 0) stance = proposer ? null : 'rejects';
      else stance = direction === 1 ? 'rejects' : 'supports';
      break;
    case 'holdFirm':
      if (negated) return null;
      if (direction === 0) stance = proposer ? 'supports' : 'rejects';
      else stance = direction === 1 ? 'supports' : 'rejects';
      break;
    case 'intent':
      if (direction === 0) return null;
      if (!negated) stance = direction === 1 ? 'supports' : 'rejects';
      // "has no intention of deploying missiles": a concession on substance, not acceptance of the demand;
      // "does not intend to give up its demands": the proposer holds firm.
      else if (direction === 1) stance = 'rejects';
      else if (proposer) stance = 'supports';
      else if (input.applicantVerb) return null;
      else stance = 'open';
      break;
  }
  if (stance === 'supports' && !proposer && input.conditionalAcceptance) return 'open';
  return stance;
}

/** Two cues in a row ("refused to discuss", "wants to discuss", "rejected calls for"): one attitude. */
export function composeCues(
  outer: { attitude: Attitude; negated: boolean },
  inner: ComposedAttitude,
): ComposedAttitude {
  switch (outer.attitude) {
    case 'rejects':
      // "refused to discuss": not open. "refused to rule out": not a rejection (read as a negated one,
      // which says unclear, not support). "rejected calls for": a rejection.
      if (inner.attitude === 'open') return { attitude: 'open', negated: !outer.negated };
      if (inner.attitude === 'rejects')
        return {
          attitude: 'rejects',
          negated: outer.negated === inner.negated,
          refusedToRuleOut: !outer.negated && !inner.negated,
        };
      return { attitude: 'rejects', negated: outer.negated };
    case 'supports':
    case 'holdFirm':
    case 'intent':
      return {
        attitude: inner.attitude,
        negated: outer.negated !== inner.negated,
        refusedToRuleOut: !outer.negated && inner.refusedToRuleOut,
      };
    case 'open':
      return { attitude: 'open', negated: outer.negated };
    case 'unclear':
      return { attitude: 'unclear', negated: false };
  }
}

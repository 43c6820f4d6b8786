/**
 * The places a demand's forces are to leave, written once in the frame ("withdrawalPlaces": "Eastern
 * Europe", "the Baltic states", "the Philadelphi corridor") and read after every everyday word for
 * leaving a place that the frame's own withdrawal restrictions stand for: "withdraw from", "pull out of",
 * "pull back from", "withdrawal from", "pullout from", "pull-out from", "pullback from". An ontology
 * then lists each place once, not each verb with each place; the phrases made are matched on their
 * words' lemmas like any other, so "withdrew from", "pulling out of", "withdrawals from" read too.
 *
 * Only where the frame's restrictions hold a word of withdrawing ("withdraw", "withdrawal", "pull out",
 * "pullout", …): the places are where that act applies. "Leave", "out of" and "exit" are no members, as
 * in the restriction families: people leave a place as often as forces do ("thousands leave Gaza"), and
 * goods come "out of" one; an analyst who wants them writes those phrases out.
 */
import type { Demand } from '../model/ontology';
import { LEAVING_PLACE } from './restriction-families';

/** A frame restriction of withdrawing, as written (lower case): the frame's act these places go with. */
const WITHDRAWING =
  /^(?:withdraw|withdrawal|withdrawals|withdrawing|pull out|pull back|pull … out|pull … back|pullout|pullouts|pull-out|pullback|pull-back)(?:\s+(?:of|from))?$/;

/** The demand with one phrase for each word of leaving a place and each of its frame's withdrawal places. */
export function withWithdrawalPlaces(demand: Demand): Demand {
  const places = demand.frame?.withdrawalPlaces ?? [];
  if (places.length === 0) return demand;
  if (!demand.frame?.restrictions.some((r) => WITHDRAWING.test(r.trim().toLowerCase()))) return demand;
  const have = new Set(demand.phrases.map((p) => p.trim().toLowerCase()));
  const phrases = [...demand.phrases];
  for (const place of places)
    for (const form of LEAVING_PLACE) {
      const phrase = `${form} ${place.trim()}`;
      if (have.has(phrase.toLowerCase())) continue;
      have.add(phrase.toLowerCase());
      phrases.push(phrase);
    }
  return { ...demand, phrases };
}

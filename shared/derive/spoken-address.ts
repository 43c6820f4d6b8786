/**
 * "Putin addressed the prospect of Ukraine joining at his news conference", "Biden addresses the
 * crisis in remarks": the verb "address" told as what a speaker talked about, not as a side taking
 * the matter up. The openness cue "address" stays an offer where it is one — after "to" or a modal
 * ("ready to address our concerns", "will address"), negated ("did not address"), or coordinated
 * ("discuss and address") — and is set aside on a finite or fronted "addressed/addresses/addressing"
 * whose object is a topic noun ("the question of", "the prospect of", "the issue of") or whose
 * sentence names a speaking venue ("news conference", "speech", "interview", "remarks").
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const ADDRESS_FORM = wordSet(/^(?:address|addresses|addressed|addressing)$/);

/** Words before the verb that keep it an offer or leave it to other rules (negation, coordination). */
const KEEPS_OFFER = wordSet(
  /^(?:to|will|would|can|could|shall|should|must|might|may|'ll|'d|not|n't|never|cannot|and|or|help|helps|helped|in|of|on|about|for|without)$/,
);

const DETERMINER = wordSet(/^(?:the|a|an|his|her|their|its|this|that|these|those|both|such)$/);

/** A talked-about matter: "the question of", "the prospect of", "the issue of", "the topic". */
const TOPIC_NOUN = wordSet(
  /^(?:question|questions|prospect|prospects|issue|issues|topic|topics|subject|subjects|matter|matters|possibility|idea|notion|speculation|rumours|rumors|reports)$/,
);

/** A speaking occasion named in the sentence. */
const VENUE = wordSet(
  /^(?:conference|conferences|speech|speeches|interview|interviews|briefing|briefings|remarks|broadcast|transcript|address)$/,
);

/** Whether the single-word cue at `at` is "address" telling what someone spoke about. */
export function spokenAddress(tokens: readonly Token[], at: number): boolean {
  if (!ADDRESS_FORM.test(tokens[at]?.lower ?? '')) return false;
  const before = tokens[at - 1]?.lower ?? '';
  if (KEEPS_OFFER.test(before)) return false;
  // A bare "address" is a finite verb only after a plural subject; leave the base form to the offer reading.
  if (tokens[at]?.lower === 'address' && (before === '' || DETERMINER.test(before))) return false;
  let k = at + 1;
  while (DETERMINER.test(tokens[k]?.lower ?? '')) k++;
  if (TOPIC_NOUN.test(tokens[k]?.lower ?? '')) return true;
  return tokens.some(
    (t, i) => i !== at && VENUE.test(t.lower) && !ADDRESS_FORM.test(tokens[i - 1]?.lower ?? ''),
  );
}

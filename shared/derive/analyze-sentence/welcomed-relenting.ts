/**
 * "Washington welcomed the fact that Tehran had let go of its demand for X", "the United States took
 * encouragement from Iran no longer asking for X": a party the demand is put to, glad that its proposer
 * let it go, was against it — it rejects the demand. Read only with the welcoming word between that
 * party's name and the proposer's (nothing negated, no contrast or second clause between), and only for
 * a party the demand is addressed to, not a third party applauding a compromise.
 */
import { canSpeak, type ActorMention } from '../actors';
import type { CompiledOntology } from '../compile-ontology';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const WELCOMING = wordSet(
  /^(?:welcomed|welcomes|welcome|welcoming|encouraged|encouragement|encouraging|heartened|pleased|relieved|applauded|applauds|praised|praises|hailed|hails|comfort|satisfaction)$/,
);
const BREAKS = wordSet(
  /^(?:not|never|no|but|;|while|whereas|although|though|yet|if|unless|whether|hoped|hopes|urged|urges|asked|asks|wants|wanted)$/,
);
const REACH = 12;

export interface WelcomedRelenting {
  party: string;
  actor: ActorMention;
  cue: string;
}

/** The parties welcoming that `proposer` (named at `proposerAt`) let `demand` go. */
export function welcomersOfRelenting(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
  demand: string,
  proposer: string,
  proposerAt: number,
): WelcomedRelenting[] {
  const addressees = compiled.addressees.get(demand);
  const proposers = compiled.proposers.get(demand);
  if (!addressees) return [];
  const out: WelcomedRelenting[] = [];
  for (const a of actors) {
    if (!canSpeak(a) || a.last >= proposerAt || proposerAt - a.last > REACH) continue;
    if (a.parties.includes(proposer)) continue;
    const between = tokens.slice(a.last + 1, proposerAt);
    if (between.some((t) => BREAKS.test(t.lower) || /n['’]t$/.test(t.lower) || t.text === ',')) continue;
    // Another party named between is the one glad, or the one let go of: only the nearest reads.
    if (actors.some((b) => b !== a && b.first > a.last && b.last < proposerAt)) continue;
    const welcome = between.find((t) => WELCOMING.test(t.lower));
    if (!welcome) continue;
    for (const party of a.parties)
      if (addressees.has(party) && !proposers?.has(party)) out.push({ party, actor: a, cue: welcome.text });
  }
  return out;
}

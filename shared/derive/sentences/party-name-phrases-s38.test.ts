/**
 * A demand phrase that names a party reads with the party's other names (name-variants.ts): a short
 * ontology that writes "sit down with Kabul" or "import more U.S." once also reads "sit down with the
 * Afghan government" and "import more US soybeans", as its parties' aliases say. Cases with the modest
 * Afghanistan and US–China ontologies, which keep only one of those wordings; sentences written for these
 * tests. Traps: another party's name in the same place ("sit down with the Pentagon"), a common noun
 * that is no party's name ("the government of Qatar", "the Afghan media"), buying from a third country,
 * and a possessive name left as written, so that the name in it still reads as the sentence's proposer.
 */
import { describe, expect, it } from 'vitest';
import { nameVariants, partyNameSets } from '../name-variants';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const afghanistan = evalOntology('modest/afghanistan-doha-2020.json');
const readAf = readerFor(afghanistan, '2019-02-25');
const readTrade = readerFor(evalOntology('modest/us-china-trade-2019.json'), '2019-06-29');
const readKorea = readerFor(evalOntology('modest/us-dprk-2018.json'), '2018-08-03');
const IAT = 'intra-afghan-talks';
const PC = 'purchase-commitments';

describe('a party named in a phrase reads with its other names', () => {
  it('"sit down with Kabul" reads "sit down with the Afghan government"', () =>
    readAf(
      'wants … to sit down with the Afghan government',
      'Washington wants the Taliban to sit down with the Afghan government as soon as possible, the envoy said.',
      [{ party: 'united-states', demand: IAT, stance: 'supports', quote: 'Washington wants the Taliban' }],
    ));
  it('"direct negotiations with Kabul" reads "direct negotiations with the Afghan government"', () =>
    readAf(
      'refused direct negotiations',
      'The Taliban again refused to hold direct negotiations with the Afghan government.',
      [{ party: 'taliban', demand: IAT, stance: 'rejects', quote: 'refused to hold direct negotiations' }],
    ));
  it('"talk to Kabul" reads "talk to the Kabul government"', () =>
    readAf(
      'agreed to talk to the Kabul government',
      'Khalilzad said the insurgents had agreed to talk to the Kabul government.',
      [{ party: 'united-states', demand: IAT, stance: 'supports', quote: 'talk to the Kabul government' }],
    ));
  it('"import more U.S." reads "import more US"', () =>
    readTrade(
      'promised to import more US soybeans',
      'Beijing promised to import more US soybeans, Trump said.',
      [{ party: 'china', demand: PC, stance: 'supports', quote: 'import more US soybeans' }],
    ));
  it('"sit down with Kabul" reads "sit down with the Ghani government"', () =>
    readAf(
      'urged … to sit down with the Ghani government',
      'Khalilzad urged the Taliban to sit down with the Ghani government before the summer.',
      [
        {
          party: 'united-states',
          demand: IAT,
          stance: 'supports',
          quote: 'sit down with the Ghani government',
        },
      ],
    ));
});

describe('traps', () => {
  it("another party's name where the phrase names Kabul: sitting down with the Pentagon", () =>
    readAf(
      'the Pentagon',
      'The Taliban agreed to sit down with the Pentagon to discuss the pullout.',
      [],
      [
        ['taliban', IAT],
        ['united-states', IAT],
      ],
    ));
  it('a common noun is no name of the party: "the government of Qatar", "the Afghan media"', () => {
    readAf(
      'the government of Qatar',
      'The Taliban agreed to talk to the government of Qatar about their political office.',
      [],
      [['taliban', IAT]],
    );
    readAf(
      'the Afghan media',
      'The Taliban said they would talk to the Afghan media about the prisoners.',
      [],
      [['taliban', IAT]],
    );
  });
  it('buying more from a third country names no purchase from the US', () =>
    readTrade(
      'from Brazil',
      'China will purchase more from Brazil, a ministry spokesman said.',
      [],
      [
        ['china', PC],
        ['united-states', PC],
      ],
    ));
  it('a possessive name stays as written: the DPRK in "the DPRK\'s denuclearization" still holds the sentence', () =>
    readKorea(
      'chip to trade for',
      "Ending the war is in no sense a favour from one side to the other, the commentary said, and it can never be a bargaining chip to trade for the DPRK's denuclearization.",
      [{ party: 'north-korea', demand: 'end-of-war', stance: 'supports', quote: 'Ending the war' }],
    ));
});

describe('nameVariants', () => {
  const sets = partyNameSets(afghanistan.parties);
  it('swaps a name for the party\'s other proper names, dropping a "the" after "the"', () => {
    const out = nameVariants('sit down with Kabul', sets);
    expect(out).toContain('sit down with the Afghan government');
    expect(out).toContain('sit down with Government of Afghanistan');
    expect(nameVariants('peace talks with the Afghan government', sets)).toContain('peace talks with Kabul');
  });
  it('leaves a possessive, lower-case words and names of no party alone', () => {
    expect(nameVariants("Kabul's talks", sets)).toEqual([]);
    expect(nameVariants('talk to the government', sets)).toEqual([]);
    expect(nameVariants('talk to Brazil', sets)).toEqual([]);
  });
});

/**
 * Pointers to what the sentence before asked ("such an arrangement", "any such promise", "part of that
 * list"), resolved only when that is unambiguous, and the traps: two demands for a singular pointer,
 * another side's offer, a demand already disputed, a clause "that" before a plural noun. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'giving the undertaking a pointer names grants what was asked: "cannot give such a guarantee", "will not provide Moscow that assurance"',
    text: 'The Kremlin wants a guarantee that Ukraine will never be admitted to NATO. The White House says it cannot give such a guarantee.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'cannot give such a guarantee' },
    ],
  },
  {
    name: 'the same with a receiver between the verb and the pointer',
    text: 'Russia is asking for an assurance that allied troops will leave the Baltic states. The alliance will not provide Moscow that assurance, its secretary general said.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'will not provide Moscow that assurance' },
    ],
  },
  {
    name: 'trap: "was given no such guarantee" (a denial of a past giving) and giving a pointer that is no undertaking',
    text: 'The Kremlin wants a guarantee that Ukraine will never be admitted to NATO. Moscow says it was given no such guarantee in 1990. Russia wants a ban on strike weapons near its borders. Paris gave that proposal to its experts.',
    expect: [],
    none: [
      ['france', MD],
      ['russia', RB],
    ],
  },
  {
    name: 'a bare "that" after a verb of speech stands for the one demand asked just before ("Scholz said that was unacceptable")',
    text: 'Moscow wants the alliance to close its door to new members. The German chancellor said that was unacceptable.',
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'said that was unacceptable' }],
  },
  {
    name: '"will not accept that" after the demand',
    text: 'Moscow wants the alliance to close its door to new members. Washington has said it will not accept that.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'will not accept that' }],
  },
  {
    name: 'openness to "the idea" when one demand was asked just before',
    text: 'Russia wants a ban on strike weapons near its borders. Ottawa is ready to discuss the idea.',
    expect: [{ party: 'canada', demand: MD, stance: 'open', quote: 'discuss the idea' }],
  },
  {
    name: 'trap: "said that" opening a clause with its own subject; "discuss it" with two demands asked before',
    text: 'Moscow wants the alliance to close its door to new members. The German chancellor said that the talks had been useful. Russia wants NATO to stop expanding and to pull its troops back to the 1997 lines. Paris is ready to discuss the idea.',
    expect: [],
    none: [
      ['germany', NX],
      ['france', NX],
      ['france', RB],
    ],
  },
  {
    name: '"…," X said of <the demand>: the speech is about that demand; its pronoun or bare "That" is the demand',
    text: '"We will never accept it," the Polish foreign minister said of Moscow\'s demand that allied troops leave the Baltic states. "It is unacceptable," Lavrov said of NATO\'s open-door policy.',
    expect: [
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'never accept it' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'unacceptable' },
    ],
  },
  {
    name: 'trap: a trailing topic ends at ", and …": a demand named after it is no topic of the verdict',
    text: '"This is a sensible proposal," Stoltenberg said of the offer to talk about exercises, and added that the alliance would keep its open-door policy.',
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'a verdict on the topic the sentence is framed by: "Asked about X, Y said it was a non-starter", "… when asked about X"',
    text: "Asked about Moscow's call for an end to NATO enlargement, Blinken said it was a non-starter. \"That is not going to happen,\" Stoltenberg said, when asked about Russia's demand that the alliance withdraw from the Baltic states. Asked about NATO's open-door policy, Peskov said it was unacceptable.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'not going to happen' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'unacceptable' },
    ],
  },
  {
    name: 'trap: an extraposed "it" ("it was essential that …") or "it" for two demands is no verdict on the topic',
    text: "Asked about Russia's demand for a halt to enlargement, Blinken said it was essential that the allies stay united. Asked about the demand that NATO stop expanding and pull its forces back to the 1997 lines, a State Department spokesman said it was a non-starter.",
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: '"“That won\'t happen,” Blinken said" after the demand: the pointer is the verdict\'s subject, no relative "that"',
    text: 'Moscow wants the alliance to stop admitting new members. "That won’t happen," Blinken said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'That won’t happen' }],
  },
  {
    name: 'a pro-verb ("refused to do so", "would not do that") stands for the act the sentence before asked',
    text: 'Moscow wants the alliance to stop taking in new members. Washington has refused to do so. Russia has also asked NATO to withdraw its troops from eastern Europe. The United States said it would not do that.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused to do so' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'would not do that' },
    ],
  },
  {
    name: 'readiness for a pro-verb: "is prepared to do so" is openness, "not willing to do so" refuses each act asked',
    text: 'Russia wants NATO to keep strike missiles out of Poland. The alliance is prepared to do that, a spokesperson said. Moscow also asked NATO to stop admitting new members and to pull forces back to the 1997 lines. Washington is not willing to do so.',
    expect: [
      { party: 'nato', demand: MD, stance: 'open', quote: 'prepared to do that' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not willing to do so' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'not willing to do so' },
    ],
  },
  {
    name: 'trap: a pro-verb in a condition or a question puts no position to anyone',
    text: 'Putin said the alliance must stop growing. He warned that Russia would respond if NATO did not do so. Asked whether the US would do so, Blinken declined to comment.',
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: '"ruled it out", "has ruled that out": the particle after the pronoun standing for the demand asked before',
    text: 'Russia demanded a binding pledge that Georgia will never join NATO. Blinken ruled it out on Friday. Moscow also wants the alliance to withdraw its forces from the Baltic states. Poland has ruled that out.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'ruled it out' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'ruled that out' },
    ],
  },
  {
    name: '"saw no possibility of such an arrangement" refuses the one demand the sentence before asked',
    text: 'Moscow has asked for a written promise that the alliance will never take in Georgia. Helsinki sees no possibility of such an arrangement.',
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'such an arrangement' }],
  },
  {
    name: '"ruled out any such promise" with no demands attached to the proposer yet: what the sentence before asked',
    text: 'Lavrov says Russia still wants an American promise that NATO will stop enlarging. The State Department has ruled out any such promise.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'any such promise' }],
  },
  {
    name: '"part of that list is dead on arrival": part of what was asked, not saying which, is unclear on each',
    text: 'The Kremlin wants NATO to admit no new members and to pull its forces back to where they stood in 1997. Washington has signalled that part of that list is dead on arrival.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'unclear', quote: 'part of that list' },
      { party: 'united-states', demand: RB, stance: 'unclear', quote: 'part of that list' },
    ],
  },
  {
    name: 'trap: a singular pointer after two demands asked says nothing of either',
    text: "The Kremlin wants NATO to admit no new members and to pull its forces back to where they stood in 1997. Norway's foreign minister said she saw no possibility of such an arrangement.",
    expect: [],
    none: [
      ['norway', NX],
      ['norway', RB],
    ],
  },
  {
    name: "trap: a pointer after another side's offer is no refusal of the proposer's demand",
    text: 'Washington offered talks on limits for intermediate-range missiles in Europe. Moscow said it saw no possibility of such an arrangement.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offered talks' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: a pointer after a sentence where the demand is both asked and refused is ambiguous',
    text: 'Moscow wants NATO to stop expanding, which Washington rejects. Helsinki sees no possibility of such an arrangement.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejects' }],
    none: [['finland', NX]],
  },
  {
    name: 'trap: "said that proposals …" opens a clause; it points at nothing',
    text: 'Moscow wants NATO to stop expanding. The Finnish president said that proposals from Helsinki would follow.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'a partitive pointer put first as the object ("Several of these the allies have flatly rejected") is unclear on each demand',
    text: 'The Kremlin wants a pledge that NATO will admit nobody else and a pullback of allied troops to 1997 lines. Several of these the allies have flatly rejected.',
    expect: [
      { party: 'nato', demand: NX, stance: 'unclear', quote: 'Several of these' },
      { party: 'nato', demand: RB, stance: 'unclear', quote: 'Several of these' },
    ],
  },
  {
    name: 'past one sentence naming no demand, "part of that list stands no chance" still reaches what was asked',
    text: 'The Kremlin wants a pledge that NATO will admit nobody else and a pullback of allied troops to 1997 lines. This would rewrite thirty years of European history. Washington has signalled that part of that list stands no chance.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'unclear', quote: 'part of that list' },
      { party: 'united-states', demand: RB, stance: 'unclear', quote: 'part of that list' },
    ],
  },
  {
    name: 'trap: past two sentences naming no demand, the pointer reaches nothing',
    text: 'The Kremlin wants a pledge that NATO will admit nobody else and a pullback of allied troops to 1997 lines. This would rewrite thirty years of European history. Few expected it. Washington has signalled that part of that list stands no chance.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: "trap: past a sentence with another side's offer, a pointer does not reach the demand asked before it",
    text: 'The Kremlin wants a pledge that NATO will admit nobody else. Washington has offered talks on missile limits. The Pentagon said such a deal stands no chance.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offered talks' }],
    none: [['united-states', NX]],
  },
  {
    name: 'a pointer put first and set off by a comma ("That request, too, the Americans waved away") is the verdict\'s object',
    text: 'The Kremlin wants allied soldiers taken out of the Baltic states. That request, too, the Americans waved away as a non-starter. That demand, Berlin has flatly rejected.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'That request, too, the Americans' },
      { party: 'germany', demand: RB, stance: 'rejects', quote: 'That demand, Berlin' },
    ],
  },
  {
    name: 'trap: a comma-fronted pointer before a tag ("That demand, Washington rejected, would …") or a verb that is no verdict reads nothing',
    text: 'The Kremlin wants allied soldiers taken out of the Baltic states. That demand, Washington says it will study.',
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a fronted pointer before a verb that is no verdict says nothing',
    text: 'Moscow wants a pledge that NATO will admit nobody else. Some of these the White House says it will study.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "has no chance of joining" forecasts; it is no verdict of the one it is said of',
    text: 'Ukraine has no chance of joining NATO this decade, a Kremlin aide said.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: '"said these were orders, that they should be set aside": the later "that" clause\'s "they" goes on about the same demands',
    text: "Moscow's new treaty would bar the alliance from taking in Georgia and would pull allied troops out of Poland. Latvia's foreign minister said these were orders rather than requests, that they should be set aside, and that Riga would not discuss them.",
    expect: [
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'set aside' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'set aside' },
    ],
  },
  {
    name: 'trap: "that they would reject any pressure": "they" acting are people, not the demands',
    text: "Moscow's new treaty would bar the alliance from taking in Georgia. Latvia's foreign minister said these were old ideas, that they would reject any pressure from Moscow.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'bar the alliance' }],
    none: [['baltic-states', NX]],
  },
  {
    name: '"On this question, the president said, Washington can reach an understanding": a singular pointer as the topic, openness on the one demand asked',
    text: 'The Kremlin is asking for a guarantee that no intermediate-range missiles will be placed near its borders. On this question, the president said, Washington can reach an understanding with Moscow.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'On this question' }],
  },
  {
    name: 'trap: "On that question" after two demands asked says nothing of either',
    text: 'The Kremlin wants a pledge that NATO will admit nobody else and a pullback of allied troops to 1997 lines. On that question, an aide said, Washington can reach an understanding with Moscow.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: openness "on these points" is openness to a package, no one demand',
    text: 'The Kremlin wants a pledge that NATO will admit nobody else and a pullback of allied troops to 1997 lines. On these points, Washington is willing to work something out.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: "At this point" is a point in time, no pointer to what was asked',
    text: 'Moscow wants a pledge that NATO will admit nobody else. At this point it is impossible to say more, Helsinki said.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'trap: "At this point no answer has come" judges no demand',
    text: 'Moscow wants a pledge that NATO will admit nobody else. At this point no answer has come, Helsinki said.',
    expect: [],
    none: [['finland', NX]],
  },
];

describe('pointers to what the sentence before asked', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));

  it('trap: a reason clause after the refusal ("…, because joining is for the applicant to settle") is no further item the verdict governs', () => {
    const m = derive(
      'Moscow has asked for a written promise that the alliance will never take in Georgia. Helsinki sees no possibility of such an arrangement, because joining is a matter for each applicant and the allies to settle.',
    );
    const finnish = m.cells.flatMap((c) => c.citations).filter((x) => x.party === 'finland');
    expect(finnish.map((x) => x.stance)).toEqual(['rejects']);
  });
});

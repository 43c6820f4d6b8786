/**
 * Stance cues by attitude, their negation and the modality of the statement, in sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const supports: ReadingCase[] = [
  {
    name: 'necessity said of the demand: "make sure that", "is a must", "it is vital that"',
    text: '"For us it is absolutely mandatory to make sure that Kyiv never becomes a member of NATO," Ryabkov said. A halt to NATO expansion is a must for Moscow, Peskov said. It is essential that the alliance keeps its door open, the Polish foreign minister said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'make sure' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'is a must' },
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'is essential' },
    ],
  },
  {
    name: 'trap: "necessary" or "essential" before a noun is no demand ("take the necessary measures if NATO expands")',
    text: 'Russia will take the necessary measures if NATO expands, Lavrov said. Essential talks on missile limits will resume next week.',
    expect: [],
    none: [
      ['russia', MD],
      ['nato', MD],
    ],
  },
  {
    name: '"would prefer" a deal that states the demand supports it',
    text: 'The Kremlin would prefer a settlement that keeps Georgia out of NATO for good, its spokesman said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'prefer' }],
  },
  {
    name: 'trap: "would prefer" with no demand in what is preferred',
    text: 'NATO would prefer to hold the next council meeting in Brussels, a spokesperson said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"would settle only for guarantees … against NATO\'s further advance east"',
    text: "NATO met Russia. Putin stressed that Russia would settle only for long-term guarantees with legal force against NATO's further advance east.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'against' }],
  },
  {
    name: 'trap: "decided against joining NATO" is a country\'s own choice, no stance on the demand',
    text: 'NATO met Russia. Finland decided against joining NATO for now.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'a host that "values" or "appreciates" the allied presence on its soil supports it, refusing the rollback',
    text: 'NATO ministers met in Brussels. Bucharest greatly values the presence of American troops in Romania, the defence minister said.\nLatvia appreciates the Canadian battalion stationed on its territory, its president added.',
    expect: [
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'values the' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'appreciates the' },
    ],
  },
  {
    name: 'grievances without a "threat" word: "accused X of moving infrastructure up to our borders", "fears that NATO will put missiles", "encircled by", "the core problem"',
    text: "Moscow accused the alliance of moving its military infrastructure ever closer to Russia.\nThe Kremlin fears that NATO will put missiles in Ukraine.\nPeskov said NATO's enlargement remained the core problem.",
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'accused the alliance of' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'fears that' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'core problem' },
    ],
    none: [['nato', RB]],
  },
  {
    name: "trap: accusing the demand's proposer of its own build-up is no stance on the demand; fearing a pull-back refuses it",
    text: 'NATO accuses Russia of adding troops despite its claims of a pull-back.\nThe Baltic states fear that the allies will withdraw their troops from the region.',
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'fear that' }],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "considers Moscow\'s demand … unacceptable" judges past the owned demand noun; a bare "considers" is no offer',
    text: "Romania considers Moscow's demand to pull allied troops out of the country unacceptable.\nBeijing considers Moscow's worries about NATO's enlargement legitimate.",
    expect: [
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'unacceptable' },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's demand" },
    ],
    none: [['china', NX]],
  },
  {
    name: '"considers it possible to" restore a missile treaty is openness',
    text: 'The secretary of state, Blinken, considers it possible to revive the treaty with Moscow limiting intermediate-range missiles.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'considers' }],
  },
  {
    name: 'trap: "considers X a red line" judges X; it is no offer to consider it',
    text: 'The Kremlin considers any deployment of strike weapons near its borders a red line.\nMoscow considers further NATO enlargement unacceptable.',
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'red line' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'unacceptable' },
    ],
  },
  {
    name: '"ready to consider limits on" missiles stays openness',
    text: 'Washington is ready to consider limits on missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'consider' }],
  },
  {
    name: '"we stand also for Ukraine\'s right to choose its path" backs the open door',
    text: 'Stoltenberg told reporters in Brussels: "We stand also for the right of Ukraine to choose its own path."',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'stand also for' }],
  },
  {
    name: '"Kyiv hopes to join NATO" and "Moscow hopes for guarantees that NATO will not expand"',
    text: 'Kyiv hopes to join NATO.\nMoscow hopes for guarantees that NATO will not expand.',
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'hopes to' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'hopes for' },
    ],
  },
  {
    name: '"we stand up for Ukraine\'s right to choose its path" backs the open door',
    text: 'Stoltenberg spoke in Brussels.\n"We stand up for the right of Ukraine to choose its own path," he said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'stand up for' }],
  },
  {
    name: '"demand" as a verb',
    text: 'Russia demanded a halt to NATO enlargement on Friday.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded a halt' }],
  },
  {
    name: '"insist on"',
    text: 'The Kremlin insists on legal guarantees of no further NATO expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insists on' }],
  },
  {
    name: '"want"',
    text: 'Moscow wants the alliance to stop expanding eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants the alliance' }],
  },
  {
    name: '"seek"',
    text: 'Russia is seeking a binding promise that NATO will not admit Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'seeking' }],
  },
  {
    name: '"call for"',
    text: 'The Russian foreign ministry called for a ban on intermediate-range missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'called for a ban' }],
  },
  {
    name: '"urge … to"',
    text: 'Putin urged the West to halt the eastward expansion of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'urged the West' }],
  },
  {
    name: '"press … to"',
    text: 'Moscow pressed Washington to rule out Ukraine’s accession to NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'pressed Washington' }],
  },
  {
    name: '"reiterate" a call',
    text: 'Lavrov reiterated Moscow’s call for a withdrawal of allied troops from Eastern Europe.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'withdrawal of allied troops' }],
  },
  {
    name: '"top priority"',
    text: 'For the Kremlin, a halt to NATO expansion is the top priority.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'top priority' }],
  },
  {
    name: '"stand by" the opposite',
    text: 'Berlin stands by the alliance’s open door, Baerbock said.',
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'stands by' }],
  },
  {
    name: '"committed to" the opposite',
    text: 'Washington remains committed to NATO’s open-door policy.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'committed to' }],
  },
  {
    name: '"reaffirm" the opposite',
    text: 'The allies reaffirmed every nation’s right to choose its own security arrangements.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'reaffirmed' }],
  },

  {
    name: 'an appositive "one that would …" on the object says what the proposer put forward',
    text: 'The Kremlin has put forward a new pact, one that would codify that no further countries may enter the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'put forward', kind: 'subject' }],
  },
  {
    name: 'a "which would …" clause on the object of a refusal is refused with it',
    text: 'Moscow turned down the offer, which would have let Kyiv join NATO in ten years.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'turned down' }],
  },
  {
    name: 'a second "that" clause has a cue of its own: the first stays with the verb before',
    text: 'What Moscow proposes is a pact, one that would state that no more countries may enter the alliance and that NATO forces must leave the Baltics.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'proposes', kind: 'subject' }],
  },
  {
    name: 'trap: a "which" clause with a party of its own is no description of the object',
    text: 'Russia massed troops on the border, which Ukraine says would not stop it from joining NATO.',
    expect: [],
    // (The words "stop it from joining NATO" still state the demand the document's proposer made: only the
    // weak document-level reading may take them.)
    noneButStated: [['russia', NX]],
  },
];

const rejects: ReadingCase[] = [
  {
    name: 'calling a demand "a (grave) mistake" or "not an option" rejects it; its opposite called so supports it',
    text: "Pulling allied forces out of the Baltic states would be a serious mistake, the Latvian defence minister said. For Warsaw, withdrawing NATO troops from Poland is not an option, its foreign minister said. Lavrov said NATO's eastward expansion had been a historic error.",
    expect: [
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'serious mistake' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'not an option' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'historic error' },
    ],
  },
  {
    name: 'trap: "a mistake" and "no option" about something other than a demand',
    text: 'Scholz said it would be a mistake to cancel the next round of talks in Geneva. Kyiv has no option but to keep talking, the Ukrainian foreign minister said.',
    expect: [],
    none: [
      ['germany', NX],
      ['germany', RB],
      ['ukraine', NX],
    ],
  },
  {
    name: 'the noun of a verdict, as in a ministry\'s readout: "noted the unacceptability of deploying strike weapons"',
    text: "The Russian side noted the unacceptability of deploying strike weapons near Russia's borders.",
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'unacceptability' }],
  },
  {
    name: 'a party declaring it will go on with what the demand would stop ("will keep admitting", "will continue to expand") refuses it',
    text: 'Stoltenberg told reporters that NATO would keep admitting new members. Stoltenberg later said the alliance will continue to enlarge as before.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'would keep admitting' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'will continue to enlarge' },
    ],
  },
  {
    name: 'the same declaration by the official "he" stands for, in the sentence after his quotation',
    text: '“We stand by our principles,” Stoltenberg said. He added that the alliance would keep admitting new members.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'would keep admitting' }],
  },
  {
    name: 'trap: "he" standing for a commentator gives the alliance no declaration of its own',
    text: '“Nothing has changed,” an analyst at a Brussels think tank said. He added that the alliance would keep admitting new members.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a party saying it cannot do what the demand would stop declares no intent either way',
    text: 'Stoltenberg said NATO cannot admit new members while a war goes on.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'a verdict after a relative clause with a verb of its own: "the demand that NATO stop expanding, which Moscow restated, is unacceptable"',
    text: 'Talks resumed in Geneva.\nThe Latvian premier said the demand that NATO stop expanding, which Moscow restated on Monday, is unacceptable.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'a refusal with its verdict after "as", past a "demand that …" clause, stays a refusal',
    text: "Bulgaria turned down the Kremlin's demand that allied soldiers leave its territory as unacceptable. Lithuania dismissed the Russian demand that NATO admit no one else as absurd.",
    expect: [
      { party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'turned down' },
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'dismissed' },
    ],
  },
  {
    name: '"would cross Moscow\'s red lines": whose red lines they are, named inside the phrase, rejects the act',
    text: "Putting strike missiles in Ukraine would cross Moscow's red lines.",
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: "cross Moscow's red lines" }],
  },
  {
    name: 'trap: "Putin\'s red lines end at …" crosses nothing',
    text: "Kuleba said that Putin's red lines end at Russia's own border.",
    expect: [],
    none: [
      ['russia', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'a refusal whose "as" phrase comes before its object still governs the demand noun after it',
    text: 'Estonia waved away as a Cold War relic the Russian call for allied battalions to leave the Baltic states.',
    expect: [
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'waved away' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Russian call' },
    ],
  },
  {
    name: '"worried that" / "concerned that" reject what they fear: the proposer fearing a state will join supports the halt',
    text: 'The Kremlin is worried that Georgia could one day join NATO, its spokesman said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'worried that' }],
  },
  {
    name: 'a limit on the right to join ("… has its limits") is the proposer\'s support, also across a "he said" aside',
    text: 'Ryabkov met journalists on Monday. The right of a nation to sign up to a bloc, he said, has its limits.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'has its limits' }],
  },
  {
    name: '"the right of … to join" names the open door: a Western party keeping it rejects the demand',
    text: 'Stoltenberg said the right of sovereign states to join the alliance would stay exactly as it is.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'right of sovereign states to join' }],
  },
  {
    name: '"These demands should be rejected": the verdict after the modal is the speaker\'s',
    text: 'NATO met Russia. Moscow wants a pledge that NATO will not take in Georgia. These demands should be rejected outright, Alar Karis said.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: '"he was against" Finland entering NATO: the person named as subject earlier in the sentence, not the last speaker',
    text: 'NATO met Russia. Hultqvist said Sweden would decide for itself. The Russian leader, Vladimir Putin, warned Washington that he was against Finland entering NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'was against' }],
  },
  {
    name: '"described the so-called \'security guarantees\' Russia wants … as wholly unacceptable": the judge refuses, the owner wants',
    text: "NATO met Russia. Haavisto described the so-called 'security guarantees' Russia wants against any further enlargement as wholly unacceptable.",
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'security guarantees' },
    ],
  },
  {
    name: '"runs against the right of nations to decide" is a verdict on Moscow\'s request, not a restatement of its demand',
    text: 'Moscow wants to keep Georgia out of NATO. That request, she said, runs against the right of nations to decide for themselves, Danish Defence Minister Trine Bramsen noted.',
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'decide for themselves' }],
  },
  {
    name: '"are not accepted" and "put to one side" as verdicts on demands pointed back to',
    text: 'Moscow wants NATO to stop expanding. Those demands from Moscow are not accepted, President Egils Levits said.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'are not accepted' }],
  },
  {
    name: '"said no to" a demand refuses it',
    text: "Putin said the United States had said no to Russia's call for Georgia to be kept out of the alliance.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'said no to' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Russia's call" },
    ],
  },
  {
    name: '"there was no question of" allied forces leaving refuses the pullback',
    text: "Bulgaria's defence minister said there was no question of allied forces leaving the country.",
    expect: [{ party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'there was no question of' }],
  },
  {
    name: '"there could be no talk of" a compromise on its own demand: Russia holds it (was: open)',
    text: 'Lavrov said there could be no talk of any compromise on the non-expansion of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'no talk of' }],
  },
  {
    name: '"there can be no talk of" NATO halting its growth refuses the halt',
    text: 'There can be no talk of NATO halting its eastward expansion, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'can be no talk of' }],
  },
  {
    name: 'trap: "there was talk of" a moratorium at a meeting is a report, no refusal',
    text: 'There was talk of a moratorium on missile deployments at the meeting, diplomats said.',
    expect: [],
    none: [
      ['nato', MD],
      ['united-states', MD],
      ['russia', MD],
    ],
  },
  {
    name: '"nobody is proposing any change to" the open door, "nobody is entitled to" close it, and "little room for compromise on" expansion refuse; "room for compromise on" missiles is open',
    text: 'NATO ambassadors met the Russian delegation. “Nobody is proposing any change to the alliance’s enlargement policy,” Stoltenberg said.\n“Nobody is entitled to slam that door shut,” he added.\nGeoana saw little room for compromise on enlargement but said there was room for compromise on missile deployments.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Nobody is proposing' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Nobody is entitled to' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'little room for compromise' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'room for compromise on missile' },
    ],
  },
  {
    name: 'trap: being "entitled to visit" missile bases in return is no position on deploying them',
    text: 'NATO ambassadors met the Russian delegation. If Moscow inspects the base, then we, the allies, Romania included, are entitled to visit missile sites on Russian soil too, the Romanian minister said.',
    expect: [],
    none: [['romania', MD]],
  },
  {
    name: '"will not give ground on" holds firm',
    text: 'Blinken met Lavrov in Geneva. The secretary said the United States would not give any ground on the alliance’s open-door policy.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not give any ground on' }],
  },
  {
    name: '"has been firm that" holds firm; "a matter for Sweden alone to decide" is the open door; "not entertain" a demand refuses it',
    text: 'NATO foreign ministers met in Riga. Sweden has been firm that any application to join the alliance is a matter for Sweden alone to decide.\nThe White House will not entertain Moscow’s demand that the alliance stop growing eastward, Psaki said.',
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'been firm that' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not entertain' },
    ],
  },
  {
    name: 'trap: being firm that talks go on, or a matter for a minister alone, names no demand',
    text: 'NATO foreign ministers met in Riga. The Swedish minister was firm that the talks with Moscow would continue.\nThe timing of the visit is a matter for the minister alone.',
    expect: [],
    none: [['sweden', NX]],
  },
  {
    name: '"will not bend on" holds firm; a nation’s right "to choose its own course" is the open door',
    text: 'Alliance ministers met in Riga. NATO will not bend on every country’s right to choose its own course, the secretary general said.\nFinland will decide its own course on energy prices, its minister said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will not bend' }],
    none: [['finland', NX]],
  },
  {
    name: 'a long example aside between dashes ("– among them that NATO never take in Georgia –") does not part the demands from the verdict after it',
    text: 'London and Washington have described the Kremlin’s central demands – among them that the alliance never again enlarge eastward – as non-starters.',
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'non-starters' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' },
    ],
  },
  {
    name: '"intolerable" and "will not tolerate" are verdicts against what they name',
    text: 'The Kremlin has called any new round of NATO enlargement intolerable.\nWashington will not tolerate a ban on Ukraine joining the alliance, the State Department said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'intolerable' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'will not tolerate a ban' },
    ],
  },
  {
    name: '"passed over" a party\'s "wish" for the demand refuses it; the wish is its owner\'s',
    text: "Washington passed over Moscow's wish for a promise that NATO would halt its advance to the east. Kyiv repeated its wish to join NATO.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'passed over' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's wish" },
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'its wish' },
    ],
  },
  {
    name: '"would not be acceptable" refuses like "unacceptable"',
    text: 'Kyiv says that a pause in NATO enlargement would not be acceptable.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'not be acceptable' }],
  },
  {
    name: '"did not give a constructive response to" the demand: the one reported refuses it',
    text: 'Moscow said the American side did not give a constructive response to its demand for a halt to NATO enlargement.',
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'did not give a constructive response to',
      },
    ],
  },
  {
    name: 'the right to "pick" alliances is the open door too',
    text: "Berlin firmly backs every country's right to pick its alliances.",
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'backs' }],
  },
  {
    name: '"how problematic it would be to end the open door": a verdict against the demand\'s wording',
    text: 'Scholz said he had stressed how problematic it would be to end the open-door policy.',
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'problematic' }],
  },
  {
    name: '"deeply problematic" said of the opposite: support',
    text: 'Moscow considers the eastward enlargement of the alliance deeply problematic.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'problematic' }],
  },
  {
    name: '"there is no … second-class members": the demand\'s own phrase denied in a clause of what there is',
    text: 'Let me be clear: there is no room in our alliance for first-class members in the west and second-class members in the east, the NATO chief said.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'no' }],
  },
  {
    name: '"has not received an answer from the US to its question regarding NATO\'s refusal to expand": the US refuses; NATO holds nothing',
    text: "Moscow has not received an answer from the United States to its main question regarding NATO's refusal to expand eastwards.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not received an answer from' }],
    none: [['nato', NX]],
  },
  {
    name: '"had not reversed its positions on Moscow\'s requests: that NATO pull back …" refuses them',
    text: "Blinken insisted that Washington had not shifted its position on Moscow's main requests: that NATO pull its forces back from the Baltics and bar Ukraine from joining.",
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'not shifted' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not shifted' },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's main requests" },
    ],
  },
  {
    name: '"after the US rejected Moscow\'s demands": a clause after "after", not a prepositional phrase',
    text: "The Kremlin saw little cause for optimism after the US rejected Moscow's demands to pull NATO forces out of Eastern Europe.",
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's demands" },
    ],
  },
  {
    name: 'a reply that "did not contain a positive response to" the demand refuses it',
    text: 'Lavrov said the written US answers did not contain a positive response to the question of NATO enlargement.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not contain a positive response' },
    ],
  },
  {
    name: '"Blinken and Stoltenberg said" after a long office title speaks for both',
    text: 'No text was released, but Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg said the open-door policy would not change.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'would not change' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'would not change' },
    ],
  },
  {
    name: 'a verdict in apposition after a dash judges the clause before ("— both non-starters for NATO")',
    text: 'The Kremlin says it will step back only if the alliance promises to stop enlarging and shuts Georgia out of membership — both non-starters for NATO.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'promises to stop enlarging' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'both non-starters for NATO' },
    ],
  },
  {
    name: 'a verdict in apposition after a comma ("…, a red line for Washington")',
    text: 'Moscow wants the allies to pull their battalions out of Poland and the Baltic states, a red line for Washington.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants the allies' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'a red line for Washington' },
    ],
  },
  {
    name: '"reject"',
    text: 'The United States rejected Moscow’s demand for an end to NATO expansion.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'rejected', voice: 'reported' },
    ],
  },
  {
    name: '"refuse"',
    text: 'NATO refused to halt its eastward enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'refused to halt' }],
  },
  {
    name: '"non-starter"',
    text: 'Washington calls a ban on NATO enlargement a non-starter.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' }],
  },
  {
    name: '"unacceptable" said of the demand',
    text: 'Any ban on new members is unacceptable to the alliance, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"off the table" excludes what it is said of: the demand refused, its opposite given up',
    text: 'The allies said a halt to NATO expansion was off the table. The Kremlin said NATO’s open door must be taken off the table.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'off the table' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'taken off the table' },
    ],
  },
  {
    name: 'trap: "off the table" said of the opposite by a third party is no refusal of the demand',
    text: 'Ukraine’s membership of NATO is off the table, the German chancellor said.',
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: a would-be member excluding its own membership grants no one the halt',
    text: 'The Swedish defence minister declared that NATO membership was off the table for Sweden. Finland’s prime minister said joining NATO was off the table for now.',
    expect: [],
    none: [
      ['sweden', NX],
      ['finland', NX],
    ],
  },
  {
    name: '"off the table" said of another country\'s membership by the proposer: its demand',
    text: 'Ukraine’s membership of NATO is off the table, the Kremlin said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'off the table' }],
  },
  {
    name: '"shot down the idea of", "spurned", "closed the door on": refusals',
    text: 'Blinken shot down the idea of a halt to NATO expansion. London spurned the demand that NATO halt its expansion. Paris closed the door on a halt to NATO expansion.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'shot down the idea' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'spurned' },
      { party: 'france', demand: NX, stance: 'rejects', quote: 'closed the door on' },
    ],
  },
  {
    name: 'trap: "did not close the door on" is openness; missiles shot down are no refusal of a demand',
    text: 'Washington did not close the door on limits on missile deployments in Europe. Air defences shot down missiles over Kyiv, the Ukrainian military said.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'close the door on' }],
    none: [['ukraine', MD]],
  },
  {
    name: '"non-negotiable" said of the opposite',
    text: 'The open door is non-negotiable, the British foreign secretary said.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'non-negotiable', kind: 'speaker' }],
  },
  {
    name: '"no concessions on"',
    text: 'There will be no concessions on NATO’s open door, Blinken told reporters.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no concessions', voice: 'own' },
    ],
  },
  {
    name: '"will never compromise on"',
    text: '“We will never compromise on the right of nations to choose their alliances,” Stoltenberg said.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'never compromise', kind: 'first-person' },
    ],
  },
  {
    name: '"rule out" the rollback',
    text: 'Poland ruled out any pullback of allied forces from its territory.',
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'ruled out' }],
  },
  {
    name: '"dismiss"',
    text: 'The Pentagon dismissed the Russian demand to withdraw troops from Romania and Bulgaria.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: '"turn down"',
    text: 'NATO turned down the proposal to freeze enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down' }],
  },
  {
    name: '"oppose" the demand',
    text: 'Lithuania opposes any deal that would bar Ukraine from NATO membership.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'opposes' }],
  },
  {
    name: '"red line" for the proposer',
    text: 'NATO expansion to Ukraine is a red line for Moscow.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'red line' }],
  },
  {
    name: '"left unanswered": the addressees said to have left a demand unanswered reject it (reported)',
    text: "The ministry said the United States and NATO left unanswered its call for an end to the alliance's enlargement.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'left unanswered', voice: 'reported' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'left unanswered', voice: 'reported' },
    ],
  },
  {
    name: '"no intention of making compromises on" holds firm: the alliance rejects',
    text: 'The alliance has no intention of making compromises on enlargement, its secretary general said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no intention of making compromises' }],
  },
  {
    name: '"the right of states to make their own choices" near the alliance is the open door',
    text: "Allies will defend the right of states to make their own choices, NATO's deputy head said.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'make their own choices' }],
  },
  {
    name: '"Our door stays open" from a member\'s minister, in an article about the alliance',
    text: 'NATO defence ministers met in Brussels. "Our door stays open," Britain\'s defence secretary told reporters.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'Our door stays open' }],
  },
  {
    name: '"not up for compromise, among them the right of every country to shape its own future and its foreign policy" holds the open door',
    text: 'A spokeswoman said the White House would consult its allies. "The core principles of European security are not up for compromise, among them the right of every country to shape its own future and its foreign policy," Psaki added.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not up for compromise' }],
  },
  {
    name: 'a verdict after a modal ("Moscow\'s demand that … could not be satisfied") is the speaker\'s, like one after "is"',
    text: "Moscow's demand that the bloc take in no one further east could not be satisfied, the alliance said.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'could not be satisfied' }],
  },
  {
    name: 'trap: "satisfied with the talks" is contentment, no verdict on a demand',
    text: 'The Kremlin said it was satisfied with the talks on NATO expansion.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'a reply described as giving "nothing positive", "no constructive answer" or "no favourable answer" on a demand refuses it',
    text: "Peskov said Washington had offered nothing positive on the Kremlin's call for NATO to halt its eastward growth.\nAccording to the Russian ministry, Washington gave no constructive answer on the call to take allied forces back to where they stood in 1997.\nLavrov said NATO had given no favourable answer to Russia's request that the bloc admit no new members.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'nothing positive' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'no constructive answer' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'no favourable answer' },
    ],
  },
  {
    name: 'trap: "nothing positive" in what the proposer itself fears is its grievance, and the one "given" no answer holds nothing',
    text: "The Kremlin sees nothing positive in the alliance's creeping expansion toward Russia's borders.\nBlinken said he saw nothing positive in the Russian troop buildup near Ukraine.\nMoscow had been given no positive answer to its request that NATO stop expanding, Lavrov said.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'nothing positive' }],
    none: [
      ['nato', NX],
      ['united-states', RB],
      ['united-states', NX],
    ],
  },
  {
    name: 'a refusal of a party\'s demand noun reaches its content in apposition ("turned down the Kremlin\'s central demand, a halt to …")',
    text: "Washington turned down the Kremlin's central demand, a halt to NATO's eastward expansion.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'central demand' },
    ],
  },
  {
    name: 'trap: a demand noun the proposer repeats, with its content in apposition, gives no one else a stance',
    text: "Moscow repeated its central demand, a halt to NATO's eastward expansion, after talks with Washington.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'central demand' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'a refusal of "the central provisions of the Russian draft: …" reaches the items after the colon',
    text: 'The State Department said it rejected the central provisions of the Russian draft: a halt to NATO enlargement and a pullback of allied forces to their 1997 positions.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: '"points to the right of …" / "pointing to the principle that …" invokes the open door',
    text: 'Asked about the Russian drafts, the alliance points to the right of states to make their own choices.\nWashington refused the guarantee, pointing to the principle that every country may choose its own alliances.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'points to the right' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'pointing to the principle' },
    ],
  },
  {
    name: 'trap: the proposer pointing to its own principle holds its demand; no one else is given a stance',
    text: 'Putin pointed to the principle of indivisible security as the reason the bloc must stop growing.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Putin' }],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },

  {
    name: "a verdict on a proposer's worry with its object in apposition refuses the demand",
    text: "The White House brushed aside the Kremlin's biggest concern, NATO's expansion toward Russia's borders.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'brushed aside' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'expansion' },
    ],
  },
  {
    name: 'a verdict on a worry about missiles in apposition refuses the missile demand',
    text: 'Washington dismissed the Russian fear, the placement of American missiles in Poland, as groundless.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: "trap: sharing a proposer's worry is no refusal",
    text: "Paris shares Moscow's main concern, NATO's expansion toward Russia's borders, a French diplomat said.",
    expect: [],
    none: [['france', NX]],
  },
  {
    name: "trap: a verdict on another party's worry about something else",
    text: "Moscow ignored Washington's chief concern, the troops massed near Ukraine.",
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: '"would be a step backwards", "a step in the wrong direction": a verdict against what it judges',
    text: "Dividing the continent into zones of influence once more would be a step backwards, NATO's secretary general said.\nFreezing the alliance's enlargement would be a step in the wrong direction, the Polish minister said.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'a step backwards' },
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'wrong direction' },
    ],
  },
  {
    name: 'trap: "take a step backwards" is a retreat asked of someone, no verdict on a demand',
    text: 'Russia should take a step backwards from the Ukrainian border before any talks on NATO enlargement, the secretary general said.',
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
];

const open: ReadingCase[] = [
  {
    name: 'an offer in a second verb phrase shares the subject: "would not shut the door but offered reciprocal limits"',
    text: "Washington would not shut NATO's door but offered reciprocal limits on missile deployments, Blinken said.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'would not shut' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'offered reciprocal limits' },
    ],
  },
  {
    name: 'trap: a refusal does not reach past "and offered" to the offer\'s measure',
    text: 'The alliance turned down the call to pull back its forces and offered reciprocal limits on missiles.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'turned down' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'offered reciprocal limits' },
    ],
  },
  {
    name: '"ready to" / "willing to" right before the demand\'s own verb is openness ("ready to limit where missiles are placed")',
    text: 'NATO is ready to limit where missiles are placed in Europe, Stoltenberg said. Washington is willing to cap the number of strike weapons in Europe if Moscow does the same.',
    expect: [
      { party: 'nato', demand: MD, stance: 'open', quote: 'ready to' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'willing to' },
    ],
  },
  {
    name: 'ready to do the opposite is a refusal: "stands ready to admit Finland and Sweden"',
    text: 'The alliance stands ready to admit Finland and Sweden quickly, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'ready to' }],
  },
  {
    name: 'trap: readiness for something else, readiness demanded, and a time clause are no openness',
    text: 'Russia is ready to respond militarily if the alliance keeps expanding. Lavrov said NATO must be ready to halt its expansion. Only the allies can judge when Kyiv is ready to join, Stoltenberg said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must' }],
    none: [['ukraine', NX]],
  },
  {
    name: '"pleased that"/"glad that" another side is ready to talk: the glad side is open too, and the other keeps its own openness',
    text: 'The Kremlin is pleased that the allies are ready to talk about missile deployments, Peskov said.',
    expect: [
      { party: 'russia', demand: MD, stance: 'open', quote: 'pleased that' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'ready to talk about' },
    ],
  },
  {
    name: 'trap: gladness about a meeting is no stance; "would be glad if" another side agreed puts nothing on that side',
    text: 'NATO was pleased that the meeting with Russia took place in a calm mood, Stoltenberg said.\nLavrov said Moscow would be glad if Washington agreed to stop expanding NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'agreed to' }],
    none: [
      ['nato', NX],
      ['nato', MD],
      ['united-states', NX],
    ],
  },
  {
    name: 'talking about "what will happen to" / "what becomes of" a thing is openness on it (a quantifier before it is no verb)',
    text: 'The administration is willing to talk about what will happen to several missile launchers in Europe, Blinken said.\nNATO is ready to discuss what becomes of the missile sites in Poland, Stoltenberg said.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'what will happen to several' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'what becomes of' },
    ],
  },
  {
    name: 'trap: looking at what happened to a thing is a question about the past, no openness',
    text: 'NATO is ready to look into what happened to the missile treaty, Stoltenberg said.\nThe administration is willing to talk about what happened to some missile systems in Europe, Blinken said.',
    expect: [],
    none: [
      ['nato', MD],
      ['united-states', MD],
    ],
  },
  {
    name: '"offered to meet again … to talk about", "makes it possible to begin a serious discussion of": a meeting offered, a discussion begun, on the demand',
    text: 'Washington has offered to meet again next month to talk about where intermediate-range missiles may be based, Sherman said. The U.S. paper makes it possible to begin a serious discussion of arms control, Lavrov said.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'offered to meet again' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'begin a serious discussion' },
    ],
  },
  {
    name: 'trap: agreeing to meet someone opens nothing the sentence goes on to refuse or demand',
    text: 'Washington agreed to meet Russian envoys but ruled out any talks on NATO enlargement. Putin offered to meet Scholz in Moscow, and Lavrov again demanded a halt to NATO enlargement.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'ruled out' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'demanded a halt' },
    ],
  },
  {
    name: 'a side the demand is put to, proposing its substance itself ("put forward limits on missiles"), is open to it',
    text: 'NATO met Russia. The Americans will put forward caps on intermediate-range missiles in Europe, Sullivan said.\nAt the council the alliance proposed limits on missile deployments.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'put forward' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'proposed' },
    ],
  },
  {
    name: 'trap: a side proposing cuts of troops at its exercises offers no pullback of forces',
    text: 'NATO met Russia. The alliance proposes cutting troop numbers at exercises near the border, Stoltenberg wrote.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'trap: the proposer proposing is support; a rejected proposal is a rejection',
    text: 'NATO met Russia. The Kremlin proposed a ban on missile deployments near its borders.\nWashington rejected the proposed limits on missile deployments.',
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'proposed' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: '"room for further contacts on" missiles is openness',
    text: 'NATO met Russia. Washington sees room for further contacts on missile limits, the envoy said.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'room for further contacts' }],
  },
  {
    name: 'offers of talks with words inside: "prepared for broad talks on", "invited … to talks on", "invites talks on", "reach an understanding on"',
    text: "NATO met Russia. Paris is prepared for broad talks on missile limits in Europe, the foreign minister said.\nBerlin invited Moscow to talks on intermediate-range missiles.\nThe Pentagon's letter invites talks on shorter-range missiles.\nWashington could reach an understanding with Moscow on intermediate-range missiles, Sullivan said.",
    expect: [
      { party: 'france', demand: MD, stance: 'open', quote: 'prepared for broad talks' },
      { party: 'germany', demand: MD, stance: 'open', quote: 'invited Moscow to talks' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'invites talks' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'reach an understanding' },
    ],
  },
  {
    name: 'trap: a party invited to talks has offered nothing; nor an invitation to talks on something else',
    text: 'NATO met Russia. Russia was invited to talks on missiles in Europe, the Kremlin said.\nPoland was invited to talks in Geneva while Russia kept moving missiles to Belarus.',
    expect: [],
    none: [
      ['russia', MD],
      ['poland', MD],
    ],
  },
  {
    name: 'talks on the risk-reduction basket (confidence-building, exercise limits, transparency) are openness on missiles',
    text: 'NATO met Russia. Washington is willing to take up confidence-building measures with Moscow, an official said.\nThe alliance told Moscow it was prepared to discuss limits on military exercises.\nBerlin favours talks on lowering military risks, the chancellor said.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'take up' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'prepared to discuss' },
      { party: 'germany', demand: MD, stance: 'open', quote: 'favours talks' },
    ],
  },
  {
    name: 'a reply proposing greater transparency of military activity is an offer to talk about the missile basket',
    text: 'NATO met Russia. The American proposals seek reciprocal transparency on troop movements.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'American proposals' }],
  },
  {
    name: "trap: the risk-reduction basket gives no support, no refusal, and nothing to the missile demand's proposer",
    text: 'NATO met Russia. Lavrov brushed aside the Western offer of confidence-building measures as secondary.\nMoscow is ready to discuss risk reduction, Peskov said.\nWashington turned down transparency measures for its bases.\nThe White House wants limits on exercises near Ukraine.',
    expect: [],
    none: [
      ['russia', MD],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: "raising tensions with NATO over missile deployments" is no offer to talk about them',
    text: 'NATO met Russia. Russia is raising tensions with NATO over missile deployments in Europe.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: troops "set aside" for the eastern flank are no verdict on the pullback',
    text: 'NATO met Russia. NATO has set aside additional troops for the eastern flank.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: '"kept the door open to talks on" missiles is openness on them, not the alliance\'s open door',
    text: 'Washington has kept the door open to talks on missiles in Europe, Sullivan said.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'kept the door open to talks' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a door "kept open to dialogue" says nothing about new members',
    text: 'Stoltenberg said the alliance kept the door open to dialogue with Moscow despite the build-up.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: backing an effort to "raise" missiles "with" Russia is about talks, not support for deploying them',
    text: "The Pentagon backs the administration's plan to raise intermediate-range missiles in Europe with the Russians.",
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'a party that did not make the demand "prepared to rule out" or "ready to forgo" what it asks, on conditions, is open to it; the proposer "prepared to rule out talks" is no such thing',
    text: 'NATO met Russia. If Moscow makes the same commitment, Washington is prepared to rule out putting permanent combat forces in Ukraine, and offensive missile systems too.\nRussia is prepared to rule out any talks on the open door, Lavrov said.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'prepared to rule out' }],
    none: [['russia', NX]],
  },
  {
    name: 'a topic put first ("When it comes to strike weapons, we are open to talking", "As for enlargement, …") is what the next clause\'s cue is about; a topic followed by no cue says nothing',
    text: 'NATO met Russia. "As for intermediate-range missiles, we are ready to hold a dialogue," Stoltenberg said.\nWhen it comes to NATO enlargement, the two delegations sat for hours, officials said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'hold a dialogue' }],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'openness in other words: "prepared to resume discussion of arms control", "ready to strike a deal over missile deployments", "set out preliminary ideas on"',
    text: 'Lavrov said Moscow was pleased that Washington was prepared to resume discussions on arms control and drills.\nA leaked memo suggests the United States could strike a deal with Moscow to ease tension over missile deployments in Europe.\nNATO met Russia. Sherman told reporters she had offered "some preliminary ideas" on arms control and limits on exercises.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'resume discussions on arms control' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'strike a deal' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'preliminary ideas' },
    ],
  },
  {
    name: 'readiness parted from its infinitive by an aside in commas reads whole; what the aside names holds nothing ("ready, once it has consulted its European partners, to talk")',
    text: 'According to the leaked paper, the United States is ready, once it has consulted its European partners, to talk about where missiles may be stationed in Europe.\nRussia is willing, Lavrov said, to negotiate over the placement of intermediate-range missiles.',
    expect: [
      {
        party: 'united-states',
        demand: MD,
        stance: 'open',
        quote: 'ready, once it has consulted its European partners, to talk',
      },
      {
        party: 'russia',
        demand: MD,
        stance: 'open',
        quote: 'willing, Lavrov said, to negotiate',
        voice: 'own',
      },
    ],
    none: [['eu', MD]],
  },
  {
    name: '"open the door to talks on" limits: openness',
    text: 'The written replies open the door to talks on reciprocal limits on intermediate-range missiles, Washington said.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'open the door to talks' }],
  },
  {
    name: 'an aside between dashes ("— together with its allies —") does not part "prepared to discuss" from what it offers to discuss',
    text: 'Officials said the United States would be prepared to discuss — together with its allies — guaranteeing that no strike missiles are stationed at the missile-defence sites in Poland.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'prepared to discuss' }],
  },
  {
    name: '"its willingness to work with … on" arms control: openness',
    text: 'Officials said Washington had signalled its willingness to work with Moscow on matters such as arms control.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'willingness to work' }],
  },
  {
    name: '"prepared to take part in" steps to limit missiles: openness',
    text: 'We are prepared to take part in verifiable steps to limit intermediate-range missiles, the NATO chief said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'prepared to take part in' }],
  },
  {
    name: 'trap: "despite Moscow\'s threats" after the open door is no verdict on it; the negated restriction is',
    text: 'The alliance will not close its open door despite repeated Kremlin threats of retaliation, the State Department told the Russians.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not close its open door' }],
  },
  {
    name: 'offers of talks named as nouns ("the opportunity for further discussions on", "find consensus on"); the one offered them is no holder; "will not agree to give Russia legal guarantees" refuses',
    text: 'London and Paris rejected the core demands but offered Moscow the opportunity for further discussions on missile deployments.\nThe Italian foreign minister said there were areas where Rome and Moscow could find consensus, such as on limits to intermediate-range missiles.\nThe collective West will not agree to give Russia legal guarantees that the alliance will stop expanding, Kuleba said.',
    expect: [
      { party: 'uk', demand: MD, stance: 'open', quote: 'further discussions' },
      { party: 'italy', demand: MD, stance: 'open', quote: 'find consensus' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'legal guarantees' },
    ],
    none: [['ukraine', NX]],
  },
  {
    name: 'allies offering together to discuss missiles are open (not two sides reporting what they discussed)',
    text: 'Washington and NATO rejected the core demands but left open the possibility of talks to discuss arms control and missile deployments.\nPutin and Biden discussed missile deployments in Europe.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'discuss' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'discuss' },
    ],
  },
  {
    name: 'more of what the demand would end, named as a noun or before a passive ("discussing an increase in the alliance\'s presence", "additional deployment … could be discussed"), leans against it',
    text: "Latvia and Lithuania are discussing with their allies an increase in the alliance's military presence on their soil.\nA NATO diplomat said the issue of additional military deployments in Romania could be discussed by defence ministers.",
    expect: [
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'discussing' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'could be discussed' },
    ],
  },
  {
    name: 'offers a party "described as constructive" or called "a step in the right direction" are openness on them',
    text: 'Washington offered talks on limits for intermediate-range missiles, steps that Ryabkov described as constructive.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'offered talks' },
      { party: 'russia', demand: MD, stance: 'open', quote: 'as constructive' },
    ],
  },
  {
    name: '"considers unacceptable any further enlargement" is the verdict, no openness; "the American proposals on missile transparency" are an offer to talk (open); a deal that "weakened the eastern flank" states the rollback',
    text: "Lavrov said Moscow considers unacceptable any further enlargement of NATO.\nLavrov called the American proposals on missile transparency a step in the right direction.\nWarsaw said any deal that weakened NATO's eastern flank would be unacceptable.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'unacceptable' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'American proposals' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: '"signalled flexibility on" missiles is openness; "stood firm against" a pull-back refuses it',
    text: 'Berlin signalled flexibility on intermediate-range missiles.\nWarsaw stood firm against any plan to pull allied battalions out of Poland.',
    expect: [
      { party: 'germany', demand: MD, stance: 'open', quote: 'flexibility on' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'stood firm against' },
    ],
  },
  {
    name: 'weighing more of what the demand would end ("discussing with allies to increase their presence", "considering sending more troops") leans against it; it is no openness',
    text: '"We are discussing with our allies how to increase their presence here," the Estonian prime minister said.\nThe alliance is considering sending more troops to Romania.',
    expect: [
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'discussing' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'considering' },
    ],
  },
  {
    name: '"there is room to work with each other on arms control", said by both, is both sides\' openness',
    text: 'Washington and Moscow have both said there is room to work together on arms control in Europe.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'room to work' },
      { party: 'russia', demand: MD, stance: 'open', quote: 'room to work' },
    ],
  },
  {
    name: 'trap: "answering Moscow\'s demands and suggesting talks on" — the suggestion is not Moscow\'s',
    text: "The alliance will soon send its written answer to Russia, answering Moscow's demands and suggesting talks on arms control.",
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'suggesting talks' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: the one "sent" a reply suggesting talks does not hold the suggestion',
    text: 'Brussels sent Moscow a letter last week proposing new talks on missile limits.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: '"its readiness to engage in serious talks on" arms control is openness',
    text: 'In its written answer the alliance will state its readiness to engage in detailed talks on arms control in Europe.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'readiness to engage' }],
  },
  {
    name: 'a reply "suggesting talks on" missile limits is the sender\'s openness',
    text: 'Washington sent Moscow a reply on Wednesday suggesting formal talks on limits for intermediate-range missiles.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'suggesting formal talks' }],
  },
  {
    name: '"offered Russia a dialogue on" missile deployments',
    text: 'Washington has offered Moscow a dialogue on where missiles may be deployed in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offered Moscow a dialogue' }],
  },
  {
    name: '"ready for separate talks on" missiles, said of the proposer: the proposer backing talks on its own demand supports it (was: open)',
    text: 'Lavrov said Moscow was ready for separate talks on intermediate-range missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'ready for separate talks' }],
  },
  {
    name: '"signalled readiness for talks on" missile limits is openness, as "ready for talks" is (was: nothing)',
    text: 'The alliance signalled its readiness for talks on reciprocal missile limits, Stoltenberg said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'readiness for talks' }],
  },
  {
    name: '"Lavrov questioned NATO’s readiness to discuss …": a readiness put in doubt is no one’s stated openness (was: NATO open); trap in attribution.test.ts: "questioned Moscow’s opposition" stays Russia’s',
    text: "Lavrov questioned NATO's readiness to discuss the alliance's enlargement.",
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'doubted the same way: "officials doubt the alliance’s willingness to negotiate on missiles" (was: NATO open)',
    text: "Russian officials doubt the alliance's willingness to negotiate on missiles.",
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'trap: a readiness welcomed is still its owner’s',
    text: "Lavrov welcomed NATO's readiness for talks on missile limits.",
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'readiness for talks' }],
  },
  {
    name: 'trap: readiness for talks on another topic says nothing of missiles',
    text: 'NATO signalled readiness for talks on cyber security, Stoltenberg said.',
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: '"could back down from its bid to join" is openness, not a rejection',
    text: 'Kyiv could back down from its bid to join NATO if that prevented a war, its foreign minister suggested.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'open', quote: 'back down from its bid' }],
  },
  {
    name: '"willing to co-operate on" arms control',
    text: "The State Department said the US was willing to co-operate with Moscow on arms control in Europe but would not close NATO's door.",
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'willing to co-operate' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: "close NATO's door" },
    ],
  },
  {
    name: '"work something out" said of both sides is the speaker\'s openness only',
    text: 'Asked about the talks, the US president said Washington and Moscow could probably work something out on missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'work something out' }],
    none: [['russia', MD]],
  },
  {
    name: '"ready to work with" and a list after "including"',
    text: 'The written reply names fields in which Washington is ready to work with Moscow, including arms control and limits on where missile systems may be placed.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'ready to work with Moscow' }],
    none: [['russia', MD]],
  },
  {
    name: 'a would-be member not ruling out its own membership ("is not ruling out applying for NATO membership") refuses the halt; another country\'s stays unclear',
    text: "Marin said her country is not ruling out the possibility of applying for NATO membership.\nScholz did not rule out Ukraine's membership of NATO in the long run.",
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'not ruling out' },
      { party: 'germany', demand: NX, stance: 'unclear', quote: 'did not rule out' },
    ],
  },
  {
    name: '"look at where …" something happened is no openness',
    text: '“Look at where the alliance has expanded since 1999,” the Russian foreign minister said.',
    // (Not openness; the proposer pointing at the expansion is its own demand, read as reported.)
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Look at where', kind: 'named-proposer' },
    ],
  },
  {
    name: 'two sides reporting what they discussed is no openness of either',
    text: 'Scholz met Putin in Moscow. They said they discussed the eastward expansion of the alliance.',
    expect: [],
    none: [
      ['russia', NX],
      ['germany', NX],
    ],
  },
  {
    name: '"willing to discuss"',
    text: 'The US is willing to discuss limits on intermediate-range missiles.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'willing to discuss' }],
  },
  {
    name: '"ready to discuss"',
    text: 'NATO is ready to discuss arms control with Russia.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'ready to discuss' }],
  },
  {
    name: '"prepared to hold talks on"',
    text: 'Washington is prepared to hold talks on missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'prepared to hold talks' }],
  },
  {
    name: '"offer talks"',
    text: 'The alliance offered talks on strike weapons in Europe.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'offered talks' }],
  },
  {
    name: '"areas of possible cooperation"',
    text: 'Sherman listed missile deployments among the areas of possible cooperation.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'areas of possible cooperation' }],
  },
  {
    name: '"potential for progress"',
    text: 'Blinken sees potential for progress on intermediate-range missiles.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'potential for progress' }],
  },
  {
    name: '"open to" discussing',
    text: 'Germany is open to discussing missile limits in Europe, Scholz said.',
    expect: [{ party: 'germany', demand: MD, stance: 'open', quote: 'open to discussing' }],
  },
  {
    name: 'open with reciprocity',
    text: 'The United States would accept limits on missiles on a reciprocal basis.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'reciprocal basis' }],
  },
  {
    name: 'open, but not on the open door',
    text: 'NATO is ready to negotiate arms control but will not compromise on its open door.',
    expect: [
      { party: 'nato', demand: MD, stance: 'open', quote: 'ready to negotiate' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'will not compromise' },
    ],
  },
  {
    name: '"pledged to take up the question of" is an offer to discuss it, not support',
    text: 'A Kremlin aide said Biden had pledged to take up the question of NATO non-enlargement with the allies.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'open', quote: 'pledged to take up', voice: 'reported' },
    ],
  },
  {
    name: 'a measure offered by its own phrase ("offered … mutual briefings on military exercises") is openness',
    text: 'In exchange the alliance offered Moscow mutual briefings on military exercises.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'offered' }],
  },
  {
    name: '"has floated reciprocal limits on …": a measure floated is openness',
    text: 'Washington has floated reciprocal limits on missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'floated' }],
  },
  {
    name: 'a way to verify offered ("offered … a way to verify that no cruise missiles …") is openness',
    text: 'The United States offered Russia a way to verify that no cruise missiles sit at the base in Romania.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offered' }],
  },
  {
    name: 'trap: an offer withheld ("has not offered reciprocal limits") is no openness',
    text: 'Washington has not offered reciprocal limits on exercises.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a one-sided cut offered in a report ("prepared to offer a reduction of … forces") is not read',
    text: 'The administration was prepared to offer a reduction of American forces in Eastern Europe.',
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: membership offered to a country is no openness to the non-expansion demand',
    text: 'NATO offered Ukraine a path to membership.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: the proposer offering its own measure holds it, it is not open to it',
    text: 'Russia offered a moratorium on intermediate-range missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'moratorium' }],
  },
  {
    name: "trap: keen to listen to Russia's concerns is no openness to the demand behind them",
    text: "The US is keen to listen to Russia's concerns about NATO enlargement.",
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: '"willing to sit down and go through" arms control is openness',
    text: 'The alliance is willing to sit down with Moscow and go through arms control and limits on exercises, its deputy chief said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'willing to sit down' }],
  },
  {
    name: 'trap: a topic the offer of talks sets aside (", not about enlargement") is no openness to it',
    text: 'NATO is ready to sit down with Russia to talk about de-escalation, not about enlargement.\nWashington is prepared to discuss risk reduction, not the open door.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'prepared to discuss' }],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
];

const unclear: ReadingCase[] = [
  {
    name: 'a refusal limited in time ("any time soon", "for now", "in the foreseeable future") grants no lasting halt: unclear',
    text: 'NATO will not admit Ukraine any time soon, Stoltenberg said. The alliance would not take in Georgia for now, Stoltenberg said. Paris does not expect Georgia to become a member in the foreseeable future, Le Drian said.',
    expect: [
      { party: 'nato', demand: NX, stance: 'unclear', quote: 'any time soon' },
      { party: 'nato', demand: NX, stance: 'unclear', quote: 'for now' },
    ],
    none: [['france', NX]],
  },
  {
    name: 'trap: a refusal with no limit in time stays support; "as soon as" is no limit',
    text: 'The alliance will not admit Ukraine, Stoltenberg said. Russia wants NATO to stop expanding as soon as possible, Peskov said.',
    expect: [
      { party: 'nato', demand: NX, stance: 'supports', quote: 'will not admit Ukraine' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'stop expanding' },
    ],
  },
  {
    name: 'trap: a candidate "not (yet) ready to join" is not eligible yet, no stance of anyone on the halt',
    text: 'Germany says Kyiv is not yet ready to join NATO. Georgia is not ready to join the alliance, a French diplomat said.',
    expect: [],
    none: [
      ['ukraine', NX],
      ['germany', NX],
      ['france', NX],
    ],
  },
  {
    name: '"not (currently) on the agenda" hedges without taking a side',
    text: 'The German chancellor Olaf Scholz said Georgian membership of NATO was not currently on the agenda.',
    expect: [{ party: 'germany', demand: NX, stance: 'unclear', quote: 'not currently on the agenda' }],
  },
  {
    name: 'admitting a country said to be "not on the table" at present, by a side the demand is put to, is a hedge: neither backing for the admission nor a pledge against it',
    text: 'The Italian prime minister stressed that taking Georgia into the alliance is not on the table at present.',
    expect: [{ party: 'italy', demand: NX, stance: 'unclear', quote: 'not on the table at present' }],
  },
  {
    name: 'trap: admitting a country that "remains on the table" (a "not" earlier, about something else) is still backing for the opposite of the demand',
    text: 'The Italian prime minister stressed that taking Georgia into the alliance is not a matter for Moscow and remains on the table.',
    expect: [{ party: 'italy', demand: NX, stance: 'rejects', quote: 'remains on the table' }],
  },
  {
    name: '"in no uncertain terms" is said plainly, no hedge: the verdict after it is read',
    text: 'The US ambassador told Lavrov in no uncertain terms that a ban on NATO enlargement was out of the question.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'out of the question' }],
  },
  {
    name: 'trap: an answer called "uncertain" stays a hedge',
    text: 'The US ambassador said the American answer on a ban on NATO enlargement was uncertain.',
    expect: [{ party: 'united-states', demand: NX, stance: 'unclear', quote: 'uncertain' }],
  },
  {
    name: 'hedge: "not very likely"',
    text: 'Biden said Ukraine joining NATO soon was not very likely.',
    expect: [{ party: 'united-states', demand: NX, stance: 'unclear', quote: 'not very likely' }],
  },
  {
    name: 'hedge: "mixed signals"',
    text: 'Paris sent mixed signals on NATO enlargement this week.',
    expect: [{ party: 'france', demand: NX, stance: 'unclear', quote: 'mixed signals' }],
  },
  {
    name: 'hedge: "declined to say"',
    text: 'Scholz declined to say whether Germany would back a freeze on NATO enlargement.',
    expect: [{ party: 'germany', demand: NX, stance: 'unclear', quote: 'declined to say' }],
  },
  {
    name: '"did not rule out" the demand is openness, not support',
    text: 'Macron did not rule out a halt to NATO expansion.',
    expect: [{ party: 'france', demand: NX, stance: 'open', quote: 'did not rule out' }],
  },
];

const negation: ReadingCase[] = [
  {
    name: '"NATO\'s refusal to stop its expansion": "its" is the refuser\'s, so the refusal is NATO\'s and the complaint about it Moscow\'s',
    text: "Moscow's foreign ministry said the alliance's refusal to halt its eastward expansion was unacceptable.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'refusal' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'halt its eastward expansion' },
    ],
  },
  {
    name: 'trap: "its" after a demand noun\'s owner is still not that owner ("Moscow\'s demand that NATO halt its expansion")',
    text: "Blinken rejected Moscow's demand that NATO halt its expansion.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
  {
    name: 'a "because" clause keeps its own negation: "could not accept the plan because they would never shut the door" refuses, it does not support',
    text: "Stoltenberg said the allies could not accept the plan because they would never shut NATO's door.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: "never shut NATO's door" }],
  },
  {
    name: 'trap: a cue before "although" does not reach into it, but the clause keeps its own reading',
    text: 'Moscow turned down the reply, although it said again that NATO should stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop expanding' }],
  },
  {
    name: '"is not the same as refusing": the comparison\'s "not" does not negate the refusal it compares with',
    text: 'Leaving Georgia out of NATO for now is not the same as refusing it membership for good, Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'refusing' }],
  },
  {
    name: '"Nor, she added, would the alliance agree to …": "Nor" with an inverted auxiliary negates the cue; "Nor was that all: …" negates nothing',
    text: 'NATO met Russia. Nor, she added, would the alliance agree to a halt to its enlargement.\nNor was that all: Moscow also demanded that allied troops leave Romania.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'agree to' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'demanded' },
    ],
  },
  {
    name: 'an undertaking handed over is the giver\'s cue: "isn\'t willing to give a written guarantee that Georgia won\'t join" refuses, "refused to give Russia any guarantee" refuses',
    text: "While London isn't willing to give a written guarantee that Georgia won't ever join NATO, it offered talks on arms control.\nThe alliance refused to give Russia any guarantee that it would stop enlarging eastward.",
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'guarantee' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'refused' },
    ],

    // (The document states the proposer's demand and names it: only the weak document-level reading may.)
    noneButStated: [['russia', NX]],
  },
  {
    name: '"It is not true that the alliance plans to pull its forces out" denies the content; "must not accept a two-tier membership" refuses the rollback; favouring "slowing down" a path to NATO restricts it',
    text: "It is not true that the alliance plans to pull its forces out of Poland, the spokesman said.\nThe Estonian prime minister said NATO must not accept a two-tier membership.\nBerlin favours slowing down Ukraine's path to NATO, diplomats say.",
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'plans to' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'accept' },
      { party: 'germany', demand: NX, stance: 'supports', quote: 'favours' },
    ],
    none: [['baltic-states', NX]],
  },
  {
    name: 'an applicant that might drop its bid is open, one not abandoning it refuses; "will not give up their ability to defend" keeps what it names; an applicant with no plans to apply takes no side',
    text: "Kyiv's envoy in London said Ukraine might drop its bid to join NATO to avert a war.\nThe allies will not give up their ability to defend one another, including with troops stationed in the east of the alliance.\nHelsinki has no current plans to apply for NATO membership.",
    expect: [
      { party: 'ukraine', demand: NX, stance: 'open', quote: 'drop its bid' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'defend' },
    ],
    none: [['finland', NX]],
  },
  {
    name: 'trap: giving up a bid or demand, denied, keeps it ("will not drop its bid", "never abandoned its demand"); an inverted condition ("Should NATO ever agree to …") is no one\'s position; a pronoun opening a clause ("insists it stays open") is no object',
    text: 'Georgia will not drop its bid to join NATO, its foreign minister said.\nRussia never abandoned its demand for a rollback of NATO forces to 1997 positions.\nShould NATO ever agree to stop enlarging, Finland would lose an option, a Helsinki think tank noted.\nWhile Moscow insists that NATO close its door, Kyiv insists it stays open.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'its demand' }],
    none: [
      ['nato', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'a subject no one of a party is ("No NATO member backs", "Nobody in the alliance is considering", "Not one EU government supports") denies the verb for that party',
    text: 'No NATO member backs a return of allied forces to their 1997 positions.\nNobody in the alliance is seriously considering a pull-out of troops from Estonia.\nNot one EU government supports a halt to NATO enlargement.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'backs' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'considering' },
      { party: 'eu', demand: NX, stance: 'rejects', quote: 'supports' },
    ],
  },
  {
    name: "a question reported with the answer of its own side (\"Asked whether the alliance would agree to …, Stoltenberg said: 'No.'\") is that side's position; without an answer it is none",
    text: 'Asked whether the alliance would ever agree to stop taking in new members, Stoltenberg said: "No."\nAsked whether Britain was ready to discuss limits on intermediate-range missiles, Wallace said: "Of course."\nAsked whether Paris would accept a freeze on enlargement, Macron smiled.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'agree to', kind: 'speaker' },
      { party: 'uk', demand: MD, stance: 'open', quote: 'ready to discuss', kind: 'speaker' },
    ],
    none: [['france', NX]],
  },
  {
    name: 'trap: a yes/no question, in an interview or not, states no position of the party it asks about',
    text: 'Is Rome ready to accept a freeze on NATO enlargement?\nQ: Will Washington agree to ban intermediate-range missiles near Russia? A: We will see.\nDoes Berlin support a withdrawal of allied troops from the Baltics?',
    expect: [],
    none: [
      ['united-states', MD],
      ['germany', RB],
    ],
  },
  {
    name: '"not willing to give a written promise" negates the promise across the verb that would hand it over; "not willing to discuss" negates the openness it runs into',
    text: "Washington is not willing to offer a written pledge that Georgia will never be admitted to NATO.\nThe alliance is not willing to discuss Moscow's call to pull its battalions out of Poland.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'pledge' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'willing to discuss' },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's call" },
    ],
  },
  {
    name: 'a sentence whose only demand word doubles its last consonant ("admitted", "barring") is read',
    text: 'Washington refused to pledge that Georgia will never be admitted to NATO.\nThe Kremlin insists on barring Tbilisi from the alliance.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused to pledge' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'insists on' },
    ],
  },
  {
    name: 'trap: a means the demand would stop, denied to serve ("cannot be ensured by expanding blocs"), is a rejection of it — but "by aspiring to join" stays a means',
    text: 'Lavrov said Kyiv was threatening Russian security by aspiring to join NATO.',
    // (No rejection by anyone; the proposer naming the bid as a threat holds its demand.)
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'aspiring', kind: 'named-proposer' }],
    none: [['ukraine', NX]],
  },
  {
    name: '"unready in any form to meet halfway" negates the openness across an intensifying phrase',
    text: 'Ryabkov told reporters that the United States and its NATO allies were unready in any form to meet halfway the demand to halt NATO enlargement.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'meet halfway' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'meet halfway' },
    ],
  },
  {
    name: '"the open door would not change", said by two officials, is both parties\' refusal',
    text: "Blinken and Stoltenberg said the alliance's open-door policy would not change.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'would not change' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'would not change' },
    ],
  },
  {
    name: '"will not agree to"',
    text: 'Washington will not agree to halt NATO enlargement, Sherman said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'will not agree', modality: 'present' },
    ],
  },
  {
    name: '"is not ready to accept"',
    text: 'The alliance is not ready to accept a ban on new members.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not ready to accept' }],
  },
  {
    name: '"refused to discuss"',
    text: 'The US refused to discuss a withdrawal of forces from the Baltic states.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'refused to discuss' }],
  },
  {
    name: '"does not want" with the opposite',
    text: 'Moscow does not want NATO expansion at its borders.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'does not want' }],
  },
  {
    name: '"won\'t accept" contracted',
    text: 'Russia won’t accept NATO enlargement toward its borders, Peskov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'won’t accept', voice: 'own' }],
  },
  {
    name: 'negation inside the demand, not the cue',
    text: 'Moscow insists that NATO not expand to Ukraine.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'not expand' }],
  },
  {
    name: '"has no intention of" deploying',
    text: 'The Pentagon said it has no intention of deploying strike missiles in Ukraine.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'no intention' }],
  },
  {
    name: 'negated willingness',
    text: 'NATO is not willing to discuss a pullback of troops from Eastern Europe.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'not willing to discuss' }],
  },
];

const refusals: ReadingCase[] = [
  {
    name: '"no reason to" right before the demand\'s own act refuses it',
    text: "Stoltenberg said there was no reason to halt NATO's enlargement.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no reason to' }],
  },
  {
    name: 'trap: "no reason to fear" the opposite judges the fear, not the demand',
    text: 'There is no reason to fear NATO expansion, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"warned X not to" refuses what X is warned off; the one warned holds nothing',
    text: 'Warsaw warned the alliance not to pull its troops out of the Baltic states. Moscow warned NATO not to take in Ukraine.',
    expect: [
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'warned the alliance not to' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'warned NATO not to' },
    ],
    none: [
      ['nato', RB],
      ['nato', NX],
    ],
  },
  {
    name: 'giving in to a demand ("will not bow to", "refuses to give in to", "caved in to") is a stance on it',
    text: "Washington will not bow to Moscow's demand for a halt to NATO expansion, Blinken said. The Polish minister said the allies must not give in to Russia's call to pull their forces out of the Baltic states.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not bow to' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'give in to' },
    ],
  },
  {
    name: 'trap: bowing to pressure, with no demand named, is no stance',
    text: 'The chancellor said Germany would not bow to pressure from its partners over gas, and that the alliance talks were useful.',
    expect: [],
    none: [
      ['germany', NX],
      ['germany', RB],
    ],
  },
  {
    name: "holding firm against another party's demands refuses them (\"had not reversed course on Moscow's key requests: …\"); holding firm on one's own keeps them",
    text: "Talks resumed in Geneva. Blinken stressed that Washington had not changed course on Moscow's central requests: a pullback of NATO forces from the Baltic states and a bar on Georgia joining the alliance.\nPeskov said Russia would not budge on its demand that NATO stop expanding.",
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'not changed course on' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not changed course on' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Peskov' },
    ],
  },
  {
    name: 'a light verb between the intent and the cue ("no intention of making compromises on") keeps the refusal: not openness',
    text: 'Before the meeting the secretary general said the alliance had no intention of making compromises on its enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'making compromises on' }],
  },
  {
    name: '"rejecting Moscow\'s most important demands, including promises that …": the verdict reaches the listed promise',
    text: "The secretary of state said Washington remained firm in rejecting Moscow's most important demands, including promises that Georgia will never join NATO.",
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: "rejecting Moscow's most important demands",
      },
    ],
  },
  {
    name: 'trap: "…, but is ready to discuss" after a clause on the demand is the same subject\'s second verb, not a verdict on that clause',
    text: 'NATO Secretary General Jens Stoltenberg said on Sunday the alliance would never abandon members that joined after 1997, but is ready to discuss arms cuts with Moscow.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: '"made no concessions to" the other side\'s demands: a rejection, not holding firm on them',
    text: 'Washington and the alliance made no concessions to the central Russian demands, including a pledge that Georgia will never join the alliance.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'made no concessions to' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'made no concessions to' },
    ],
  },
  {
    name: 'trap: the proposer "will make no concessions on" its own demand holds firm on it',
    text: 'The Kremlin will make no concessions on its demand that the alliance stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'make no concessions on' }],
    none: [['nato', NX]],
  },
  {
    name: '"not to give in to" demands, with an example set off by commas, to change the open door',
    text: "The Estonian premier argued that Europe must be careful not to give in to Moscow's baseless demands, for instance, to alter NATO's open-door policy.",
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'not to give in to' }],
  },
  {
    name: 'trap: "for instance, that …" after a verb of knowing still starts a clause of its own',
    text: 'Stoltenberg said he welcomed the reforms, and he also knew, for instance, that allied and Ukrainian forces had trained together for years.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: '"did not have a positive reaction regarding" the demand: the one reported is refusing it',
    text: "The Russian foreign minister said on Friday that the US had not had a positive reaction regarding the question of the alliance's eastward expansion.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not had a positive reaction' }],
  },
  {
    name: '"has not moved from its refusal to … rule out the possibility of" membership',
    text: 'The secretary of state said Washington had not moved from its refusal to even consider ruling out the possibility of Georgian membership in NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not moved from its refusal' }],
  },
  {
    name: '"has not backed away from" its support for the open door',
    text: "The German chancellor said Berlin had not backed away from its support for the alliance's open door.",
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'not backed away from' }],
  },
  {
    name: 'trap: a reporter asking whether someone is open to a demand',
    text: 'One reporter pressed the point, asking whether the president was open to taking American troops out of the Baltic states.',
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: "was not discussed" reports what a meeting covered',
    text: 'According to the US negotiator, a ban on intermediate-range missiles in Europe was not discussed on Monday.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'a negated verb whose particle ends the demand’s words: "will not move its troops back"',
    text: 'The alliance will not move its forces back from the eastern flank.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'will not' }],
  },
  {
    name: '"we won’t pull our troops back", said by the party’s official',
    text: '“We won’t pull our troops back from Poland,” the Pentagon spokesman said.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'won’t', kind: 'first-person' }],
  },
  {
    name: 'a denial of one’s own wish negates it: "denies that it wants"',
    text: 'Washington denies that it wants to station missiles in Ukraine.',
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'a denial of what someone else did does not negate it',
    text: 'Moscow denied that the alliance had offered to discuss missile limits.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'offered to discuss' }],
  },
  {
    name: 'a negated future of the subject\'s own act is its refusal ("will never close its door")',
    text: 'The alliance will never close its door to countries that want to join.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will never close' }],
  },
  {
    name: '"we won\'t withdraw" in a party\'s quotation',
    text: '“We won’t withdraw our troops from the Baltic states,” the German defence minister said.',
    expect: [{ party: 'germany', demand: RB, stance: 'rejects', quote: 'won’t withdraw', voice: 'own' }],
  },
  {
    name: "trap: another party's charge about what the subject will do",
    text: 'Lavrov said the alliance would never close its door.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: "trap: a negated future inside the demand's content is the demand",
    text: 'Moscow wants a promise that NATO will not expand further east.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'will not expand' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: an applicant\'s "will never join" is no stance on the demand',
    text: 'Finland will never join the alliance.',
    expect: [],
    none: [['finland', NX]],
  },
];

const complaints: ReadingCase[] = [
  {
    name: 'calling expansion "one of the biggest problems", or the freedom to join "not absolute", argues for the halt',
    text: 'Grushko called NATO enlargement one of the biggest problems in Europe.\n“The freedom to join alliances cannot be absolute,” the Russian envoy said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'biggest problems' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'cannot be absolute' },
    ],
  },
  {
    name: 'a proposer warning of a response if the opposite happens wants the demand; a warning with no threat, or by another party, does not',
    text: 'If Helsinki and Stockholm ever joined the alliance, Moscow would be compelled to take retaliatory steps, Zakharova said.\nShould US strike missiles appear in Ukraine, we will have to answer in kind, Ryabkov told reporters.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'compelled' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'have to answer' },
    ],
  },
  {
    name: 'a response readied "in the event of" the opposite is the demand, not openness read off "considering"',
    text: 'The Kremlin spokesman said Moscow was weighing countermeasures in the event of the deployment of US strike missiles in Poland.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'countermeasures' }],
  },
  {
    name: 'a proposer\'s counterfactual ("what would the Americans say if we put our missiles in Mexico?") argues for the demand',
    text: 'Putin said at his news conference: “What would the Americans do if we placed our missiles on their border with Mexico?”',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'if we placed our missiles' }],
  },
  {
    name: 'the bare counterfactual question "What if we placed our missiles …?" argues for the demand too',
    text: 'Putin said at his news conference: “What if we placed our missiles on the border with Mexico?”\nWhat if we deployed our rockets near the American border, the Russian president wondered.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'What' }],
  },
  {
    name: 'trap: a counterfactual or a readied response by a party that put no demand forward holds nothing',
    text: 'A Polish minister asked: “What would Moscow say if we put American missiles on our soil?”\n“What if we put American missiles on our soil?” the Polish minister wondered.\nWarsaw is weighing countermeasures in the event of the deployment of missiles in Belarus.',
    expect: [],
    none: [['poland', MD]],
  },
  {
    name: 'trap: a condition with no threat after it, or a threat by a party that put no demand forward',
    text: 'If NATO takes in Finland, Russia will not respond with force, an analyst said.\nIf Sweden joins NATO, Washington will respond by deepening ties, the US envoy said.',
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: "anger, frustration or fear at the alliance's growth is an objection to it: support for the halt",
    text: 'Moscow has voiced growing anger at the eastward expansion of NATO.\nThe Swedish premier shrugged off Russian frustration with the open-door policy.\nBeijing dismissed what it called a Western fear of a Chinese military presence in Europe.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'anger at' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'frustration with' },
    ],
    none: [['china', MD]],
  },
  {
    name: 'a party named as the modifier of a demand noun owns it: "the American insistence that …"',
    text: 'Lavrov complained about the US insistence that the alliance will keep admitting new members.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'US insistence' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'complained about' },
    ],
  },
  {
    name: '"bristle at" the thing the demand would stop',
    text: 'The Kremlin has long bristled at the placement of strike missiles in Romania.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'bristled at' }],
  },
  {
    name: '"balk at" a restriction is a rejection',
    text: 'Washington balked at any ban on intermediate-range missiles in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'balked at' }],
  },
  {
    name: 'the proposer calling the thing its demand would stop a threat ("weapons that could threaten us") states its demand',
    text: 'Ryabkov spoke after the meeting in Geneva.\n“What worries us most is the stationing of offensive weapons that could threaten Russian territory,” he said.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'threaten', voice: 'own' }],
  },
  {
    name: 'the grievance may close the clause after a comma ("…, which poses a direct threat to Russia")',
    text: 'The Kremlin said the alliance keeps moving strike systems into the countries that joined it, which poses a direct threat to Russia.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'threat' }],
  },
  {
    name: 'trap: a proposer saying the weapons threaten no one states nothing of its demand',
    text: 'Peskov said the missiles in Romania, which do not threaten anyone for now, were not on the agenda.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: "trap: another party calling weapons a threat is not the proposer's grievance",
    text: 'Stoltenberg said the deployment of offensive weapons that threaten Europe must be stopped by dialogue.',
    expect: [],
    none: [['russia', MD]],
  },
];

const chains: ReadingCase[] = [
  {
    name: '"cannot agree that we should have no troops in …": a denied verb whose "that" is part of the cue governs the obligation inside',
    text: '“We cannot agree that we should keep no forces in the states that joined the alliance after 1997,” the NATO chief said.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'cannot agree' }],
  },
  {
    name: 'a modifier of the second cue does not break the chain ("agree to security pledges")',
    text: 'Moscow has demanded that Washington and NATO agree to security pledges that would bar Georgia from joining the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded that Washington' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: '"must" leading a chain ("must formally commit to") is the speaker\'s demand, not the subject\'s',
    text: 'Lavrov said the alliance must formally commit to halting its expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must formally commit to' }],
    none: [['nato', NX]],
  },
];

const modality: ReadingCase[] = [
  {
    name: 'conditional openness',
    text: 'The US could discuss missile limits if Russia de-escalates.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'could discuss', modality: 'conditional' },
    ],
  },
  {
    name: 'future step',
    text: 'NATO will discuss arms control with Russia next month.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'will discuss', modality: 'future' }],
  },
  {
    name: 'historical promise',
    text: 'In 2008 NATO promised Ukraine and Georgia that they would one day become members, and the alliance has upheld that pledge since.',
    published: '2022-01-20',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'upheld', modality: 'historical' }],
  },
  {
    name: '"still" before the cue keeps a position present, whatever past year its clause names',
    text: 'Moscow still rejects the promise of membership that NATO gave Ukraine in 2008, Lavrov said.',
    published: '2022-01-20',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'rejects the promise', modality: 'present' },
    ],
  },
  {
    name: 'a past year after "since" starts a state that lasts until now: present, not history',
    text: 'The alliance has kept its door open to Ukraine since 2008, Stoltenberg said.',
    published: '2022-01-20',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'its door', modality: 'present' }],
  },
  {
    name: 'trap: the same position in a past year alone stays history',
    text: 'In 2008 the alliance kept its door open to Ukraine, Stoltenberg said.',
    published: '2022-01-20',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'its door', modality: 'historical' }],
  },
  {
    name: 'present statement',
    text: 'Russia demands guarantees against NATO expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands', modality: 'present' }],
  },
  {
    name: 'a condition set by the proposer is its demand',
    text: 'Putin would pull back his troops if NATO commits to stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'commits to' }],
    none: [['nato', NX]],
  },
];

describe.each([
  ['supports', supports],
  ['rejects', rejects],
  ['open', open],
  ['unclear and hedges', unclear],
  ['negation', negation],
  ['modality', modality],
  ['chains of cues', chains],
  ['complaints', complaints],
  ['refusals in a negated future', refusals],
])('cues: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * How the demands are named: every noun and verb form, the restriction words that state a demand,
 * the phrasings of its opposite, and the spelling noise of real copy (plurals, hyphens, quote marks).
 * All sentences are written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const nonExpansion: ReadingCase[] = [
  {
    name: 'an emphatic "never, ever" / "never, never, ever" / "never ever" is one "never": the demand\'s words read through it',
    text: 'Ryabkov said Moscow needed legally binding guarantees that Ukraine will never, ever join NATO. Peskov said the Kremlin wants a promise that the alliance will never ever expand further east.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'needed' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants a promise' },
    ],
  },
  {
    name: 'trap: "never, ever" in a refusal stays one negation, so the refusal is not turned round',
    text: "Stoltenberg said the allies would never, ever accept a halt to NATO's enlargement.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'accept' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "that includes having troops present in the alliance" is not "include … in the alliance" (a gap in a demand phrasing is a noun phrase, not a clause)',
    text: '"The allies will never abandon their duty to protect and defend each other, and that includes having soldiers present in the alliance\'s eastern members," the NATO spokesperson said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'including a country "in the alliance" still names admission',
    text: 'Moscow demands that NATO never include Ukraine or Georgia in the alliance, Ryabkov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands' }],
  },
  {
    name: 'no pledge "on" the open door: the opposite after a pledge\'s preposition is its topic, so refusing the pledge rejects the halt',
    text: "The American letter makes no promises on the alliance's open-door policy, a State Department official said. Canada gave no pledge regarding the open door either, its foreign minister said.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no promises on' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'no pledge regarding' },
    ],
  },
  {
    name: 'trap: assurances about the open door, given to a candidate, say nothing of the halt',
    text: 'The alliance gave Kyiv assurances about its open-door policy, a spokesperson said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'a candidate keeping its goal, aim or dream of joining rejects the halt ("goal of joining", "aim of membership")',
    text: 'Kyiv will not give up its goal of joining NATO, the Ukrainian president said. Ukraine has no intention of dropping its aim of NATO membership either, Kuleba said.',
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'goal of joining' },
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'aim of NATO membership' },
    ],
  },
  {
    name: 'trap: a goal that is not membership, next to the alliance named',
    text: "Ukraine's goal is to keep talking with NATO and Russia, its foreign minister said.",
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'a veto or a say "over who joins NATO" is the demand: refusing it rejects, wanting it supports',
    text: 'No outside country should have a veto over who joins NATO, Stoltenberg said. Lavrov said Moscow wanted a say over who joins the alliance.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'veto over who joins NATO' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wanted' },
    ],
  },
  {
    name: 'no say in "deciding which countries belong in NATO" upholds the allies\' right to decide membership',
    text: 'The Latvian minister said Russia must never get a voice in deciding which countries belong in NATO.',
    expect: [
      {
        party: 'baltic-states',
        demand: NX,
        stance: 'rejects',
        quote: 'deciding which countries belong in NATO',
      },
    ],
  },
  {
    name: 'trap: deciding which countries belong in an exercise or a currency union is no membership of the alliance',
    text: 'The Latvian minister said NATO would decide which countries belong in the exercise. The Latvian minister said Brussels alone would decide which countries belong in the eurozone.',
    expect: [],
    none: [
      ['baltic-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a veto over who joins a government is no demand on the alliance',
    text: 'The junior partner wants a veto over who joins the cabinet, the Finnish prime minister said.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'big powers deciding "which security policy" (or "which security arrangements") smaller states follow is the opposite of each choosing its own',
    text: 'The Danish premier said Europe must not go back to an age in which great powers decide which security policy smaller states may follow. Stoltenberg said every nation has the right to decide which security arrangements it joins.',
    expect: [
      { party: 'denmark', demand: NX, stance: 'rejects', quote: 'must' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'which security arrangements' },
    ],
  },
  {
    name: 'trap: a country weighing "which security policy" to adopt takes no side',
    text: 'Finland is debating which security policy it should adopt. Lavrov said Russia would decide which security policy suits it.',
    expect: [],
    none: [
      ['finland', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'a list in a gap: "keep Georgia and the other ex-Soviet republics out of NATO", "bar Moldova and the other ex-Soviet bloc states from the alliance" ("the" after "and", a hyphenated compound and "bloc" are joints)',
    text: 'The Kremlin insists that the alliance keep Georgia and the other ex-Soviet republics out of NATO. Moscow wants NATO to bar Moldova and the other ex-Soviet bloc states from the alliance.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'keep Georgia and the other' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'bar Moldova and the other' },
    ],
  },
  {
    name: 'trap: a gap still stops after three whole words ("bar Russian envoys and the embassy staff from the alliance\'s headquarters")',
    text: "Stoltenberg said NATO would bar Russian envoys and the embassy staff from the alliance's headquarters.",
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'a cue whose last word opens the phrase gives it back: "points to the right of each country to decide freely …", "points to the right of Georgia to join …"',
    text: 'NATO points to the right of each country to decide freely how it is defended, Stoltenberg said. Washington points to the right of Georgia to join the alliance.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'right of each country to decide freely' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'right of Georgia to join' },
    ],
  },
  {
    name: '"would let no one decide for … whether it enters the alliance": the open door, with the alliance beside it',
    text: 'Blinken said Washington would let no one decide for Tbilisi whether it enters the alliance.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'let no one decide' }],
  },
  {
    name: 'trap: "the right of states to decide freely" or "let no one decide" with no alliance near is no open door',
    text: 'Lavrov pointed to the right of states to decide freely how to run their economies. Kyiv will let no one decide how it holds its elections, Zelensky said.',
    expect: [],
    none: [
      ['russia', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'trap: a cue with a gap ("keep … open") still reads "keeps the open-door policy" as before',
    text: 'NATO keeps the open-door policy intact, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'open-door policy' }],
  },
  {
    name: 'the proposer "menaced by" the opposite of its demand states it, as "threat" does',
    text: "The Kremlin spokesman said Russia feels menaced by the alliance's drive to take in new members.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'menaced by', voice: 'own' }],
  },
  {
    name: 'trap: a member "threatened by" Russian missiles takes no stance on the missile demand',
    text: 'Poland feels threatened by Russian missiles in Kaliningrad, its defence minister said.',
    expect: [],
    none: [['poland', MD]],
  },
  {
    name: 'an owner phrase before the passive restriction ("the Bucharest pledge of membership to Georgia has to be revoked")',
    text: 'The Russian envoy added that the 2008 Bucharest pledge of membership to Georgia has to be formally revoked by the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Bucharest pledge' }],
  },
  {
    name: 'trap: the proposer merely named beside the principle does not invoke it',
    text: "The Secretary of State said Russia's massing of troops leaves its neighbours less safe and makes others less secure.",
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: "alliance infrastructure moved onto an aspirant's territory is expansion, not the 1997 rollback",
    text: "Building up NATO military infrastructure in Ukraine would cross Russia's red lines, the Russian president warned.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'red lines' }],
    none: [['russia', RB]],
  },
  {
    name: 'trap: alliance infrastructure in a member state stays the rollback',
    text: 'NATO infrastructure on the territory of Poland must go back to where it stood in 1997, the Kremlin said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'must' }],
    none: [['russia', NX]],
  },
  {
    name: 'principle: the proposer invoking "indivisible security" states the non-expansion demand',
    text: 'Moscow will keep pressing the principle of indivisible security in Geneva, the Russian deputy foreign minister said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'indivisible security' }],
  },
  {
    name: 'principle: "no country may become safer at the expense of others" from the proposer',
    text: 'No country has the right to become safer at the expense of its neighbours, the Kremlin spokesman told reporters.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'safer at the expense of' }],
  },
  {
    name: 'principle: "by making others less secure" from the proposer',
    text: "Russia's ambassador said nobody should buy protection for itself by making others less secure.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'others less secure' }],
  },
  {
    name: 'trap: a Western capital endorsing "indivisible security" takes no stance on non-expansion',
    text: 'The State Department said Washington remains fully committed to the indivisibility of security in Europe.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a Western minister reading the principle as including free choice of alliances',
    text: "Indivisible security, as written in the OSCE documents, also covers every state's freedom to choose alliances, the German foreign minister said.",
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'freedom to choose alliances' }],
  },
  {
    name: '"accept Kyiv as a NATO member": membership with the organisation\'s name or "full" before "member"',
    text: 'Moscow will never accept Kyiv as a NATO member, the Kremlin spokesman said. Stoltenberg said NATO would accept Finland as a full member.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'accept' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'accept Finland as a full member' },
    ],
  },
  {
    name: 'the principle as a noun, "the free choice of alliances", is the opposite of non-expansion',
    text: 'The French foreign minister said the free choice of alliances was not up for discussion with Moscow.',
    expect: [{ party: 'france', demand: NX, stance: 'rejects', quote: 'not up for discussion' }],
  },
  {
    name: 'trap: the principle rejected by a Western official is not read as a refusal of the demand',
    text: 'The alliance chief dismissed the Russian talk of security at the expense of others as a pretext.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'opposite, weak: membership as "a question/decision for the applicant and the allies"',
    text: 'The Swedish prime minister said joining NATO is a decision for the applicant and the allies, nobody else.',
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'decision for the applicant and the allies' },
    ],
  },
  {
    name: 'trap: "a question for the applicant" about something other than the alliance',
    text: 'Who hosts the next round of talks is a question for the applicant city and the organisers, the Swedish minister said.',
    expect: [],
    none: [['sweden', NX]],
  },
  {
    name: '"no vote on whether X joins" denies the outsider a say in membership: the open door',
    text: "The Kremlin will have no vote on whether Georgia or Moldova join the alliance, Poland's foreign minister said.",
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'no vote on whether' }],
  },
  {
    name: 'trap: "no vote on whether" about anything but joining names no demand',
    text: "Moscow has no vote on whether the bloc imposes new sanctions, Poland's foreign minister said.",
    expect: [],
    none: [['poland', NX]],
  },
  {
    name: 'opposite: "freedom to pick its allies" is the open door, whatever the verb',
    text: 'The Canadian foreign minister said Ottawa would defend the freedom of every democracy to pick its allies.',
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'pick its allies' }],
  },
  {
    name: 'opposite: "choose their security partnerships" states the right the demand would curb',
    text: 'Britain will always stand up for the right of sovereign nations to choose their own security partnerships, the foreign secretary said.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'choose their own security partnerships' }],
  },
  {
    name: 'opposite, weak: "decide … own security" counts only beside the alliance',
    text: 'The Italian prime minister said every NATO applicant keeps the right to decide freely on its own security.',
    expect: [{ party: 'italy', demand: NX, stance: 'rejects', quote: 'decide freely on its own security' }],
  },
  {
    name: 'trap: "decide … own security" with no word of the alliance is no position on it',
    text: 'Moscow will decide by itself how to provide for its own security, Putin said.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"zones of influence" name what the demand would create; "unthinkable" refuses it',
    text: 'A return to a Europe of zones of influence is unthinkable, the Lithuanian foreign minister told reporters.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'unthinkable' }],
  },
  {
    name: '"the bloc\'s spread eastward" names the enlargement',
    text: "NATO met Russia on Wednesday. Lavrov said Moscow wants a halt to the bloc's spread eastward.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: '"be let in" after "never" is the elliptical membership the article\'s NATO anchors',
    text: 'NATO and Moscow met again. Moscow would settle only for a binding promise from Washington that Georgia will never be let in.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'never be let in' }],
  },
  {
    name: '"no outside country gets a veto over" membership restates the open door',
    text: 'London has said time and again that no outside country gets a veto over which states join the alliance.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'no outside country gets a veto' }],
  },
  {
    name: '"no … veto over" with one word between is the same opposite',
    text: "Washington insists there is no Russian veto over Ukraine's membership.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no Russian veto over' }],
  },
  {
    name: '"free to choose its own security policy" is the right the demand would deny; a firm choosing its network security policy is not',
    text: 'NATO met Russia. Every nation has to remain free to choose its own security policy, the Norwegian prime minister said.\nBanks choose their own security policy for payment systems, a regulator said.',
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: 'Norwegian prime minister' }],
  },
  {
    name: 'the choice denied to the proposer: "whether we join NATO is not something Russia should decide", "not up to Moscow"; "not up to Moscow" about the talks\' timing names no demand',
    text: 'NATO met Russia. "Whether Finland applies to join NATO is not something Russia should be deciding," the Finnish president said.\nWhether Georgia joins the alliance is not up to Moscow, Blinken told reporters.\nThe date of the next round is not up to Moscow either, a State Department spokesman said.',
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'not something Russia should' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not up to Moscow, Blinken' },
    ],
  },
  {
    name: '"is for that country alone to decide, and this cannot be put up for negotiation"; the same words about gas prices name nothing',
    text: "NATO met Russia. Whether a state joins a military alliance is for that country alone to decide, and this cannot be put up for negotiation, the EU's foreign policy chief said.\nThe price of its gas is for that country alone to decide, a trade official said.",
    expect: [{ party: 'eu', demand: NX, stance: 'rejects', quote: 'cannot be put up for negotiation' }],
  },
  {
    name: '"a prohibition on Ukraine ever entering the North Atlantic alliance"; "returned to the themes of NATO not expanding" (the proposer taking its demand up again)',
    text: 'Talks resumed in Geneva. Moscow wants a prohibition on Kyiv ever entering the alliance.\nNATO met Russia. Later the Russian delegation came back to the question of NATO not expanding.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'entering the alliance' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'NATO not expanding' },
    ],
  },
  {
    name: '"that it stop enlarging": a pronoun before a restriction and the verb stands for the alliance named earlier in the sentence',
    text: 'The allies prepared a written reply to Moscow’s demands that the alliance withdraw its battalions from the Baltic states and that it stop enlarging.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop enlarging' }],
  },
  {
    name: 'trap: "it" before a restriction of another verb ("it stop growing its economy") names no alliance',
    text: 'NATO envoys met in Brussels. The Kremlin says the European Union wants Russia weaker and that it stop growing its economy.',
    expect: [],
    none: [
      ['russia', NX],
      ['eu', NX],
    ],
  },
  {
    name: 'the alliance "entitled to enlarge" or "to admit" is the open door',
    text: 'NATO envoys met their Russian counterparts. Washington insists that the alliance remains entitled to enlarge.\nThe Foreign Office said NATO was entitled to admit any European democracy that applies.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'entitled to enlarge' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'entitled to admit' },
    ],
  },
  {
    name: 'trap: a country free or entitled to expand something else is no alliance growing',
    text: 'NATO envoys met their Russian counterparts. Russia is free to expand its trade with China, the Kremlin said.\nTurkey says it is entitled to expand its gas exports.',
    expect: [],
    none: [
      ['russia', NX],
      ['turkey', NX],
    ],
  },
  {
    name: 'an elliptical passive "will ever be admitted" borrows the alliance named earlier; the names before it are not speakers of "admitted"',
    text: 'Russia handed NATO its draft proposals. Moscow wants firm pledges that neither Georgia nor Moldova will ever be admitted.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'neither Georgia nor Moldova will ever be admitted',
      },
    ],
    none: [['georgia', NX]],
  },
  {
    name: 'trap: an active "admitted" (conceding) with no object states nothing about members',
    text: 'NATO envoys met their Russian counterparts. Moscow has never admitted it.\nThe Kremlin would not say whether it had admitted defeat.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'a list of content clauses after one demand noun ("demands that …, that … and that …") is rejected whole',
    text: 'Putin complained that Washington had rebuffed Moscow’s demands that Georgia be kept out of NATO, that no strike missiles be placed near Russia and that allied forces leave Eastern Europe.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rebuffed' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'rebuffed' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'rebuffed' },
    ],
  },
  {
    name: '"its" after a contrast is the clause subject’s, not the owner of an object before it ("ready to respond to Moscow’s worries but … its enlargement")',
    text: 'Stoltenberg told reporters the alliance was ready to respond to Moscow’s worries in writing but would not compromise on its enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not compromise on its enlargement' }],
  },
  {
    name: 'trap: "its deployment of missiles" after "objected to Russia’s drills" is Russia’s own, no demand',
    text: 'Sweden objected to Russia’s drills and to its deployment of missiles near the Baltic coast.',
    expect: [],
    none: [['sweden', MD]],
  },
  {
    name: 'the alliance "widening", a promise "taken back" or "gone back on", a "push by NATO to the east"',
    text: 'The Kremlin asked for assurances limiting any further widening of the alliance.\nMoscow is asking NATO to take back the promise of eventual membership it gave Georgia in 2008.\nRyabkov said the allies should go back on their decision that Ukraine would one day become a member.\nPutin stressed that a further push by NATO to the east could not be accepted.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'further widening of the alliance' },
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'take back the promise of eventual membership',
      },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'go back on their decision' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'push by NATO to the east' },
    ],
  },
  {
    name: 'trap: widening of another body or of something else is not the alliance growing',
    text: 'NATO foreign ministers met in Riga. The European Union is weighing a widening of its own membership to the Western Balkans, a commissioner said.\nThe protests could widen, the Russian minister warned.',
    expect: [],
    none: [
      ['russia', NX],
      ['eu', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "sign up to the bloc\'s statement" is no joining, and "the movement of NATO warships" no expansion',
    text: "Hungary refused to sign up to the bloc's joint statement on sanctions. Russia said the movement of NATO warships in the Black Sea was unacceptable.",
    expect: [],
    none: [
      ['hungary', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"its advance toward the east" is the expansion',
    text: "Washington would never accept Moscow's demand that the alliance halt its advance toward the east.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'never accept' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
  {
    name: '"movement of NATO" eastward is the expansion',
    text: 'At his press conference Putin said that any further movement of NATO eastward was not acceptable.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'not acceptable' }],
  },
  {
    name: '"impede" a state\'s own security choices restricts the open door: denying anyone that right refuses the demand',
    text: "The Swedish government does not accept that any country has the right to impede another state's own security choices.",
    expect: [{ party: 'sweden', demand: NX, stance: 'rejects', quote: 'accept' }],
  },
  {
    name: 'the right of countries "to decide their own future and foreign policy" is the open door\'s principle',
    text: 'In its statement the alliance said it backed the right of every country to decide its own future and foreign policy without outside interference.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'backed' }],
  },
  {
    name: 'translated copy\'s "non-proliferation of NATO" is non-expansion',
    text: 'The deputy minister Ryabkov said Moscow needed legally binding guarantees of the non-proliferation of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'non-proliferation of NATO' }],
  },
  {
    name: 'a state making "its own security and foreign policy choices" is the open door\'s principle',
    text: 'Linde said Sweden alone would make its own security and foreign policy choices.',
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'own security and foreign policy choices' },
    ],
  },
  {
    name: 'trap: "from a Finnish point of view" is no Finnish demand noun',
    text: 'From a Finnish point of view, such warnings look like an attempt to limit the own security choices of democratic states.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: '"never be part of NATO" is the demand',
    text: 'Biden said the Russian leader had asked in two calls that Georgia would never be part of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'asked' }],
  },
  {
    name: 'trap: being part of NATO stated as a fact, or "keen to avoid a war over" a membership bid, is no stance',
    text: "Poland has been part of NATO since 1999, the minister said.\nNATO is keen to avoid a war over Ukraine's membership bid.",
    expect: [],
    none: [
      ['poland', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: the termination of an arms-control treaty told as history is no support for the missile demand',
    text: "Moscow said the termination of the INF Treaty in 2019 was Washington's doing.",
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'the alliance "moving toward its borders" is its expansion; stopping it is the demand',
    text: 'Russia does not want war, Lavrov said, but it does want the alliance to stop moving toward its borders.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'want' }],
  },
  {
    name: "trap: troops moving closer to a neighbour's borders are no enlargement, even with NATO named",
    text: "NATO warned that Russian forces were moving closer to Ukraine's borders.",
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"dismissed any possibility of curtailing" the open door: narrowing the opposite states the demand',
    text: "The American delegation dismissed any possibility of curtailing the alliance's open-door policy.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'verbs that keep the opposite as it is ("keeping the option to join … open") or report speech are no unknown verbs',
    text: 'Stockholm favours keeping the option to join NATO open.\nTallinn welcomed the arrival of more allied troops, saying the deployment strengthened the eastern flank.',
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'favours' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'welcomed' },
    ],
  },
  {
    name: 'a compound adjective ending in -ing ("its long-standing open door") is no unknown verb',
    text: 'The alliance will not reverse its long-standing open-door policy.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not reverse' }],
  },
  {
    name: 'trap: a verb the ontology does not know acting on the open door ("of reinterpreting") decides nothing',
    text: "The American delegation dismissed any thought of reinterpreting the alliance's open-door policy.",
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: '"only Finland will decide on … accession to NATO" is the open door; "only Russia can decide" about its own security is no demand',
    text: 'Marin said that only Finland will decide on a possible accession to NATO.\nLavrov said only Russia can decide how to guarantee its security.',
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'only Finland will decide' }],
    none: [['russia', NX]],
  },
  {
    name: '"never embrace … as a new member" is the halt; "the US-headed alliance" is the alliance, not a US office',
    text: 'Moscow insists that the US-headed alliance never embrace Georgia as a new member.\nThe US-headed NATO military alliance rejected the demand to halt expansion.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'never embrace' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' },
    ],
    none: [['united-states', NX]],
  },
  {
    name: '"will not allow anyone to slam the open door" (no "shut"): slamming it there closes it; "slammed the open door" is a verdict',
    text: "The US envoy said: “We will not allow anyone to slam NATO’s open door.”\nLavrov slammed the alliance's open-door policy.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'allow anyone to slam' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'slammed' },
    ],
  },
  {
    name: 'the right to choose "its future and its alliances": the open door with the future beside it',
    text: 'The Canadian defence minister stressed that Kyiv must be free to choose its future and its alliances.',
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'its future and its alliances' }],
  },
  {
    name: '"continues to pursue its open-door policy", "shows no intent to abandon the open door" and a headline "The alliance door will remain open" refuse the demand',
    text: 'NATO, which brings together thirty countries, continues to pursue its open-door policy.\nThe reply states that the alliance shows no intent to abandon the open-door policy.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'pursue' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'intent to' },
    ],
  },
  {
    name: 'a change to the open door states the demand: "did not agree to break with the open-door policy", "refusing to change its open-door policy" refuse it',
    text: "Washington and the alliance did not agree to break with NATO's open-door policy.\nThe alliance is refusing to change its open-door policy to please Moscow.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'agree to' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'refusing' },
    ],
  },
  {
    name: 'a pronoun subject of the demand\'s own verb stands for the alliance named earlier ("NATO to give a binding guarantee that it will not expand"); not one with a verb of its own ("it will not send troops")',
    text: 'Russia wants NATO to give a legally binding guarantee that it will not expand.\nKyiv thanked Washington, while the Pentagon insisted it will not send troops into Ukraine.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', RB],
      ['ukraine', RB],
    ],
  },
  {
    name: 'an applicant\'s goal restated ("remains an absolute priority", "will never accept a neutral status", "no one may tell us which alliance to join") refuses the demand; a neutral status asked for states it',
    text: 'Kyiv said joining NATO remains an absolute priority.\nThe Ukrainian president said his country would never accept a neutral status.\n"Nobody can tell us which alliance to join," Kuleba said.\nMoscow wants Ukraine to adopt a neutral status.',
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'absolute priority' },
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'never accept' },
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'which alliance to join' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
    ],
  },
  {
    name: 'a list of names inside the demand ("never to accept Georgia and other ex-Soviet republics as members") still states it',
    text: 'Moscow wants the alliance to promise never to accept Georgia and other ex-Soviet republics as members.\nThe Kremlin has asked NATO to pledge not to include Ukraine or other former Soviet states as members.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants the alliance to promise' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'asked NATO to pledge' },
    ],
    none: [['nato', NX]],
  },
  {
    name: 'an applicant\'s own membership language: "no alternative to NATO membership", "will not give up its aspiration to", "remains a strategic goal", "our path to NATO is irreversible"',
    text: 'Kuleba said there is no alternative to NATO membership for his country.\nZelensky said Ukraine will not give up its aspiration to NATO membership.\nJoining the alliance remains a strategic goal, Prystaiko said.\n"Our path to NATO is irreversible," the president said.',
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no alternative to' },
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'remains a strategic goal' },
    ],
  },
  {
    name: '"a halt to NATO\'s growth" names the demand; "no alternative to guarantees that NATO will not expand" states it',
    text: "Stoltenberg rejected any halt to NATO's growth.\nRyabkov said there was no alternative to legal guarantees that NATO will not expand.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'no alternative to' },
    ],
  },
  {
    name: 'denying sovereign states "the right to choose their own path" states the demand (a restriction over an opposite, past "sovereign … the right to")',
    text: 'Moscow also wants to deny sovereign states the right to choose their own path, Stoltenberg told the conference.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['nato', NX]],
  },
  {
    name: '"the entry of Georgia and Moldova into NATO" names membership across the names between',
    text: 'Moscow says Washington ignored its call for a refusal of the entry of Georgia and Moldova into NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'call' }],
  },
  {
    name: '"rejected a key Kremlin demand to close the door on Kyiv\'s hopes of joining": the name modifying the demand noun owns it, the subject refuses it',
    text: "The alliance said it was open to talks on arms control but rejected a key Kremlin demand to close the door on Kyiv's hopes of joining.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected a key Kremlin demand' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'demand', kind: 'possessor' },
    ],
  },
  {
    name: '"promise not to include X as members" states the demand; including a country in talks does not',
    text: 'Moscow wants the alliance to pledge that it will never include Georgia or Moldova as members.\nWashington said it would include Finland in NATO consultations.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
  {
    name: '"will not allow anyone to decide whether a country should or should not join" keeps the decision with the applicant and the alliance',
    text: 'Washington will not allow anyone to decide whether a country may or may not join NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'will not' }],
  },
  {
    name: '"guarantees to eliminate NATO\'s expansion", said by the proposer, states the demand',
    text: 'Putin said the talks were meant to produce binding guarantees that would eliminate any further eastward expansion of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantees' }],
  },
  {
    name: '"Moscow cannot have a veto on enlargement" is the open door',
    text: 'Allied envoys told reporters that Moscow cannot have a veto over the enlargement of the alliance.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'cannot have a veto' }],
    none: [['russia', NX]],
  },
  {
    name: '"not to extend NATO to the east" and "Euro-Atlantic integration"',
    text: "The Kremlin wants written guarantees not to extend the alliance any further east.\nThe EU's foreign policy chief called Moscow's bid to stop Georgia's Euro-Atlantic integration unacceptable to the Union.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'not to extend the alliance' },
      { party: 'eu', demand: NX, stance: 'rejects', quote: 'unacceptable to the Union' },
    ],
  },
  {
    name: 'trap: talks that "extend further" are no expansion',
    text: 'NATO said the talks with Russia could extend further into February.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"a pause of NATO\'s eastward expansion" as the demand',
    text: "The Kremlin's demands include a pause of NATO's eastward expansion.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "The Kremlin's demands include" }],
  },
  {
    name: '"any kind of" / "any form of" between the restriction and the subject',
    text: 'The Kremlin wants a treaty that bans any form of NATO enlargement to the east.\nMoscow also seeks agreements that exclude any kind of strike weapons near its borders.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'bans any form of NATO enlargement' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'exclude any kind of strike weapons' },
    ],
  },
  {
    name: 'a restriction reaching past an agent phrase to a second item: "rule out expansion by NATO and the deployment of …"',
    text: 'We will press for treaties that rule out further enlargement by NATO and the deployment of strike weapons close to our borders, the Russian foreign minister said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'rule out further enlargement' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'deployment of strike weapons' },
    ],
  },
  {
    name: 'a list after "put forward proposals:" opening on a restriction that is also a cue ("refusing to expand")',
    text: 'In Geneva the Kremlin put forward its ideas for calming the crisis: refusing to enlarge NATO further, cutting back allied infrastructure to where it stood in 1997, and not stationing missiles near Russia.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'refusing to enlarge' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'cutting back allied infrastructure' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'not stationing missiles' },
    ],
  },
  {
    name: 'trap: a list after a rejection keeps its own refusal ("rejected …: refusing to halt")',
    text: 'The alliance rejected the Russian drafts outright: refusing to halt its enlargement, its foreign ministers said the door would stay open.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'refusing to halt its enlargement' }],

    // (The document states the proposer's demand and names it: only the weak document-level reading may.)
    noneButStated: [['russia', NX]],
  },
  {
    name: '"keep the alliance from expanding" and battalions as forces',
    text: 'The Kremlin pressed Washington to keep the alliance from expanding any further.\nMoscow also wants NATO to pull its rotating battalions out of the Baltic states.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'keep the alliance from expanding' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'battalions' },
    ],
  },
  {
    name: 'a list of bare verbs after "demands that": "…, halt …, and push forces back"',
    text: 'Moscow denies planning an attack but demands that Washington and its allies keep Georgia out of NATO, halt missile deployments in the region and push allied forces back from eastern Europe.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'demands' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'demands' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'demands' },
    ],
  },
  {
    name: '"back" after "pull … forces" is a particle, not backing',
    text: 'Britain will not help push the eastern allies back, the minister said, and the alliance would pull no troops back either.',
    expect: [],
    none: [['uk', RB]],
  },
  {
    name: '"keep … out of NATO" and "bar … from NATO" with no demand noun',
    text: 'The Kremlin wants to keep Ukraine and Georgia out of NATO.\nLavrov urged the West to bar Kyiv from NATO for good.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'keep Ukraine and Georgia out of NATO' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'bar Kyiv from NATO' },
    ],
  },
  {
    name: 'noun "expansion" with "halt"',
    text: 'Moscow is pressing NATO to halt its expansion toward Russian borders.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'pressing NATO' }],
  },
  {
    name: 'noun "enlargement" with "freeze"',
    text: 'The Kremlin wants a freeze on NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'freeze on NATO enlargement' }],
  },
  {
    name: '"no further" before the noun',
    text: 'Russia seeks a pledge of no further eastward expansion by the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'no further eastward expansion' }],
  },
  {
    name: 'verb in the future with "not"',
    text: 'Moscow demanded written assurances that NATO will not expand any further east.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'will not expand' }],
  },
  {
    name: 'verb in the past tense',
    text: 'Russia has long argued that the alliance expanded too far, and it now insists that NATO stop enlarging.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop enlarging' }],
  },
  {
    name: '"never admit"',
    text: 'The Russian side insisted that the alliance never admit Ukraine.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'never admit Ukraine' }],
  },
  {
    name: '"deny membership to"',
    text: 'Moscow wants NATO to deny membership to Ukraine and Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'deny membership' }],
  },
  {
    name: '"exclude … from joining"',
    text: 'Russia called for the alliance to exclude Ukraine from joining.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'exclude Ukraine from joining' }],
  },
  {
    name: '"bar … from" with a long object',
    text: 'The draft treaty would bar Ukraine and other former Soviet republics from ever joining NATO, the Kremlin said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'bar Ukraine' }],
  },
  {
    name: '"rule out" membership',
    text: 'Putin wants Washington to rule out NATO membership for Ukraine.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'rule out NATO membership' }],
  },
  {
    name: '"preclude" enlargement',
    text: 'Moscow is seeking legal guarantees that would preclude further enlargement of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'preclude further enlargement' }],
  },
  {
    name: '"renounce" expansion',
    text: 'Lavrov urged the alliance to renounce any further expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'renounce any further expansion' }],
  },
  {
    name: '"end to" admissions',
    text: 'Russia wants an end to the admission of new members to NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'end to the admission' }],
  },
  {
    name: 'noun "non-expansion"',
    text: 'For Moscow, the non-expansion of NATO remains the top priority.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'non-expansion of NATO' }],
  },
  {
    name: 'spelled "nonexpansion"',
    text: 'Ryabkov said Russia needs guarantees of NATO nonexpansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'nonexpansion' }],
  },
  {
    name: '"accession" with "block"',
    text: 'The Kremlin is demanding that Washington block Ukraine’s accession to the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'block Ukraine’s accession' }],
  },
  {
    name: '"veto" over new members',
    text: 'Russia is asking for a veto over any new members joining NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'veto over any new members' }],
  },
  {
    name: '"never become members"',
    text: '“We need firm guarantees that Ukraine and Georgia will never become members of NATO,” Ryabkov said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'never become members', voice: 'own' },
    ],
  },
  {
    name: '"take in no new members"',
    text: 'Moscow has demanded that the alliance take in no new members in the east.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'take in no new members' }],
  },
  {
    name: '"prevent … from joining"',
    text: 'Putin wants the West to prevent Ukraine and Moldova from joining the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'prevent Ukraine' }],
  },
  {
    name: 'Bucharest pledge annulled',
    text: 'Russia is calling on NATO to annul its Bucharest pledge to Ukraine and Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'annul its Bucharest pledge' }],
  },
  {
    name: '"move further east" with "must not"',
    text: '“NATO must not move further east,” Putin told his security council.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'must not move further east', voice: 'own' },
    ],
  },
  {
    name: 'opposite: the open door, kept open',
    text: 'Stoltenberg said the alliance would keep its door open to new members.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'keep its door open' }],
  },
  {
    name: 'opposite: "open-door policy" defended',
    text: 'Blinken defended NATO’s open-door policy on Tuesday.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'open-door policy' }],
  },
  {
    name: 'opposite in quote marks: the “open door” policy',
    text: 'The allies reaffirmed the “open door” policy at their meeting in Brussels.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'reaffirmed' }],
  },
  {
    name: 'opposite with a plural: "open doors policy"',
    text: 'Britain said it would not abandon the open doors policy of the alliance.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'open doors policy' }],
  },
  {
    name: 'opposite: the right to choose alliances',
    text: 'Sherman stressed the right of every nation to choose its own alliances.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'choose its own alliances' }],
  },
  {
    name: 'opposite: choose its own path',
    text: 'Washington will uphold the principle that each country may choose its own path, Price said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'choose its own path' }],
  },
  {
    name: 'opposite: only Ukraine and the allies decide',
    text: '“It is up to Ukraine and the 30 allies to decide when Ukraine joins,” Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'up to Ukraine', voice: 'own' }],
  },
  {
    name: 'opposite: no third country has a veto',
    text: 'The alliance said Russia has no veto over who joins NATO.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no veto' }],
  },
  {
    name: 'restriction before the opposite: slam the door shut',
    text: '“We will not let anyone slam shut NATO’s open door,” Sherman told reporters.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'slam shut', voice: 'own' }],
  },
  {
    name: 'bare "NATO expansion" called a threat',
    text: 'Moscow views NATO expansion as a direct threat to its security.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'direct threat' }],
  },
  {
    name: '"eastward enlargement" opposed',
    text: 'The Kremlin opposes the eastward enlargement of the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'opposes the eastward enlargement' }],
  },
  {
    name: 'plural "non-starters"',
    text: 'The US has called Russia’s demands to stop NATO expansion non-starters.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'non-starters', voice: 'reported' },
    ],
  },
  {
    name: 'a long object between the restriction and the subject: annul the 2008 decision to allow … to become members',
    text: 'The Kremlin wants the alliance to annul its 2008 decision to allow Georgia and Moldova to one day become members of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'annul its 2008 decision' }],
  },
  {
    name: '"refuse to accept … as a member": the refusal is the demand, not a cue',
    text: 'Russia wants NATO to refuse to accept Georgia as a member.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'refuse to accept Georgia' }],
  },
  {
    name: '"never accept … as a member state"',
    text: 'Putin demands guarantees that the alliance will never accept Ukraine as a member state.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'never accept Ukraine' }],
  },
  {
    name: 'trap: a past admission "accepted … as a member" takes no stance',
    text: 'NATO accepted Montenegro as a member in 2017, Stoltenberg recalled.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'a restriction reaches across "expand into" to a coordinated subject: "…, or deploy missiles"',
    text: 'Moscow wants guarantees that NATO will not expand into more former Soviet republics, or deploy missiles near Russian borders.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'not expand into' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'deploy missiles' },
    ],
  },
  {
    name: 'opposite: the right to aspire to NATO membership',
    text: 'Truss said every European democracy has the right to aspire to NATO membership.',
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'aspire to NATO membership', voice: 'own' },
    ],
  },
  {
    name: 'opposite: Russia has no vote on who joins',
    text: '“Moscow has no vote on who joins the alliance,” Kuleba said.\nRussia has no voting rights on Georgia’s accession to NATO, the Georgian foreign minister told reporters.',
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no vote on who joins', voice: 'own' },
    ],
  },
  {
    name: 'trap: "no vote" on something else is no opposite',
    text: 'NATO ambassadors held no vote on the statement, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'the "Bucharest formula" in a document about NATO',
    text: 'NATO foreign ministers met in Brussels on Friday.\nLavrov said the West should abandon the Bucharest formula on Ukraine and Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'abandon the Bucharest formula' }],
  },
  {
    name: 'EU membership is not NATO membership',
    text: 'Kyiv hopes for EU membership one day, Zelensky said.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'a negation spread over "neither … nor" is one negation, not two',
    text: 'Washington rebuffed calls for a pledge that neither Georgia nor Moldova would ever join the alliance.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'rebuffed calls' }],
  },
  {
    name: '"neither … nor … may ever join" across a modal',
    text: 'Moscow insists neither Kyiv nor Tbilisi may ever join NATO.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'neither Kyiv nor Tbilisi may ever join' },
    ],
  },
  {
    name: '"shelve plans to admit": the plans are the restriction’s object, not an intention',
    text: 'Moscow urged NATO to shelve plans to admit Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'shelve plans to admit' }],
  },
  {
    name: '"allowed into the bloc", "entry into NATO", "add … as a member"',
    text: 'The Kremlin insisted Georgia should never be allowed into the bloc.\nRussia wants legal guarantees blocking Georgia’s entry into NATO.\nMoscow wants a promise that the alliance will never add Georgia as a member.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'never be allowed into the bloc' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'entry into NATO' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'never add Georgia as a member' },
    ],
  },
  {
    name: 'a treaty’s "entry into force" is no entry into the alliance',
    text: 'The treaty’s entry into force needs the approval of every NATO member, Lavrov said.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"whether … should or should not join" is only the topic; what decides is "will not let anyone dictate" (the open door)',
    text: 'Canada will not let anyone dictate whether a country should or should not join the alliance, Joly said.',
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'not let anyone dictate' }],
  },
  {
    name: 'trap: "whether or not to apply" both ways is only the topic',
    text: 'Joly said she would not speculate on whether or not Kyiv would apply for NATO membership.',
    expect: [],
    none: [['canada', NX]],
  },
  {
    name: '"its" after "Moscow’s demand" is the alliance’s: the demand’s owner is not the pronoun’s',
    text: 'The alliance has rebuffed the Kremlin’s demand to freeze its enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rebuffed' }],
  },
  {
    name: '"stay out of NATO"',
    text: 'Lavrov said Moldova must stay out of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stay out of NATO' }],
  },
  {
    name: 'more verbs that stop enlargement: avoid, suspend, a prohibition on membership',
    text: 'Moscow wants the alliance to avoid any further enlargement.\nLavrov urged NATO to suspend its enlargement.\nRussia wants a permanent prohibition on Georgian membership in NATO.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'avoid any further enlargement' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'suspend its enlargement' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'prohibition on Georgian membership' },
    ],
  },
  {
    name: 'the "eastern" enlargement; the alliance’s "eastward march … to end"',
    text: 'The Kremlin wants a halt to the alliance’s eastern enlargement.\nPeskov said Russia wants the eastward march of the alliance to end.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'halt to the alliance’s eastern enlargement',
      },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'eastward march of the alliance to end' },
    ],
  },
  {
    name: 'the open door as an "openness policy"; "NATO’s door is open to" is no openness to talks',
    text: 'Price said Washington would not compromise on the alliance’s openness policy.\nStoltenberg said NATO’s door is open to Georgia.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'openness policy' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'door is open' },
    ],
  },
  {
    name: 'the alliance’s "right to expand"; membership "a matter for NATO and the aspirant alone"; "select" alliances',
    text: 'Blinken said the alliance has every right to expand.\nDecisions on membership are a matter for NATO and the aspiring country alone, Joly said.\nEvery state may select its own alliances, Baerbock said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'right to expand' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'matter for NATO and' },
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'select its own alliances' },
    ],
  },
  {
    name: 'membership decided by the applicant and the allies ("a matter for Kyiv and the 30 allies", "between applicants and NATO") is the open door',
    text: "Stoltenberg insisted that any decision on membership was a matter for Kyiv and the alliance's 30 allies.\nNiinisto said NATO membership is between applicants and NATO.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'a matter for Kyiv' },
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'between applicants' },
    ],
  },
  {
    name: 'trap: the same words about another organisation ("EU membership is a matter for Kyiv and the 27 member states", "the option of joining the eurozone") are no open door',
    text: 'Borrell said EU membership is a matter for Kyiv and the 27 member states.\nBulgaria keeps the option of joining the eurozone open, its finance minister said.',
    expect: [],
    none: [
      ['eu', NX],
      ['bulgaria', NX],
    ],
  },
  {
    name: 'trap: a dash before a name does not override a speech verb ("…, Ryabkov said after meeting his counterpart – Sherman")',
    text: 'Missiles near our borders are unacceptable, Ryabkov said after meeting his US counterpart – Sherman.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'unacceptable' }],
    none: [['united-states', MD]],
  },
  {
    name: 'a headline closed by a dash and a name ("… – Kuleba") is that person speaking',
    text: "Moscow has no say over Ukraine's NATO membership – Kuleba",
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no say', kind: 'speaker', voice: 'own' },
    ],
  },
  {
    name: 'trap: a dash before a name that is not a person speaking ("… – Reuters", a plain name) gives no speaker',
    text: 'Talks on NATO expansion resume in Geneva – Reuters',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'an applicant keeping "the NATO option" (open) refuses the halt',
    text: 'Marin said Finland keeps the option of joining NATO open.\nNiinisto said Finland retains the NATO option.',
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'option of joining' },
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'retains the NATO option' },
    ],
  },
  {
    name: 'membership left elliptical ("forbidden from ever becoming a member") borrows the alliance named earlier, when restricted',
    text: 'The alliance met in Brussels. Moscow repeated that Georgia must be forbidden from ever becoming a member.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'forbidden from ever becoming a member' },
    ],
  },
  {
    name: 'an elliptical "join" with no restriction states nothing ("still hopes to join")',
    text: 'NATO leaders met in Madrid. Zelensky said Ukraine still hopes to join.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: "join" with an object of its own is about that organisation, even after NATO was named',
    text: 'The alliance met on Monday. Moscow has tried to stop Moldova from joining the European Union.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"growing further" is the alliance growing, a restriction before it the demand',
    text: 'The Russian Foreign Ministry published two draft agreements in December. The drafts aim to keep the alliance from growing further into Eastern Europe.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'The drafts aim to keep the alliance',
        kind: 'document',
      },
    ],
  },
  {
    name: 'trap: "stop admitting new members": the object belongs to the restricted verb, it is not expansion read on its own',
    text: 'NATO\'s spokeswoman said the allies had studied Russia\'s texts. "Among [the texts] are demands that the alliance stop admitting new members," she said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "the admission of new members" after a restriction is one mention, and an addressee reporting it holds nothing',
    text: 'Asked about Moscow, Stoltenberg said there were calls for the alliance to stop the admission of new members.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"for … alone to decide who joins NATO" is the open door',
    text: 'Stoltenberg said it was for Georgia and the thirty allies alone to decide who joins NATO.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'alone to decide who joins NATO' }],
  },
  {
    name: 'trap: "alone to decide who leads" with no alliance near is no open door',
    text: 'Zelensky said it was for Ukrainians alone to decide who leads their country.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: '"the right to decide its own future", said for the alliance, is the open door',
    text: 'A NATO spokeswoman said Kyiv had the right to decide its own future.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'decide its own future' }],
  },
  {
    name: 'trap: "decide their own future" at the ballot box, with no alliance named, is no open door',
    text: 'Zelensky said Ukrainians would decide their own future at the ballot box.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: '"shut … out of the alliance" and "kept out of the bloc" state the demand as "… out of NATO" does',
    text: 'Moscow wants NATO to shut Georgia and Moldova out of the alliance for good.\nLavrov said the two countries must be kept out of the bloc.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'shut Georgia and Moldova out of the alliance',
      },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'kept out of the bloc' },
    ],
  },

  {
    name: 'trap: a virus or a war spreading east is no expansion',
    text: 'Germany fears the virus will spread eastward, and Poland warned that the fighting could spread east.',
    expect: [],
    none: [
      ['germany', NX],
      ['poland', NX],
    ],
  },
];

const rollback: ReadingCase[] = [
  {
    name: 'a place a phrase of the demand names ("forces from Eastern Europe") reads in any order with the frame\'s restriction, in the passive too',
    text: 'Moscow insists that the units the allies rotate through Eastern Europe be withdrawn, Ryabkov said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'Eastern Europe be withdrawn' }],
  },
  {
    name: 'trap: "eastern" alone is not Eastern Europe (a party pulling its own troops back from eastern Ukraine)',
    text: "Lavrov said Russia would withdraw some units from eastern Ukraine's border once the drills ended.",
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'the Founding Act date written out ("deployed after May 27, 1997") is the 1997 line',
    text: 'The Kremlin wants the alliance to dismantle every facility it has built in the east after May 27, 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: countries that joined after the written-out date are history, not the demand',
    text: 'The states that joined NATO after 27 May 1997 are full members like any other, the Secretary General said.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'a place phrase between the forces and their passive restriction ("stationed in … be brought back")',
    text: "Among the Kremlin's demands is that soldiers stationed in several eastern European states be brought back home.",
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: "the Kremlin's demands" }],
  },
  {
    name: "trap: the proposer's own troops stationed abroad and withdrawn state no demand",
    text: 'Russian troops stationed in Belarus will be withdrawn after the exercises, Lavrov said.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: '"pull/move … back" around the forces restricts them: "Blinken said NATO would not move its soldiers back from the east" (NATO refuses)',
    text: 'Blinken said NATO would not move its soldiers back from the eastern members.\nThe Kremlin wants NATO to pull its battalions back to where they stood in 1997.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'not' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants' },
    ],
  },
  {
    name: '"split the membership into a first and a second class" names the rollback\'s two tiers',
    text: 'NATO met Russia. London said dividing the alliance into a first and a second class of members was unacceptable.',
    expect: [{ party: 'uk', demand: RB, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"keeping forces stationed" on the eastern side keeps what the rollback would remove',
    text: "The allies will not give up their ability to defend one another. That includes keeping forces stationed on the alliance's eastern side, Stoltenberg said.",
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'keeping forces stationed' }],
  },
  {
    name: 'trap: the proposer keeping its own troops stationed somewhere states no rollback',
    text: 'NATO met Russia. Russia will keep its troops stationed in Belarus after the drills, Peskov said.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: '"pulled back to where it stood when the Founding Act was signed" names the 1997 line without the year',
    text: 'NATO met Russia. The alliance as a whole must return to where it stood when the NATO-Russia Founding Act was signed, Grushko said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'Founding Act' }],
  },
  {
    name: '"the post-1997" configuration is the opposite of the rollback; "hold to" it refuses the demand (and names no Russian support)',
    text: 'NATO envoys met the Russian delegation. Paris and Berlin said they would hold to the post-1997 configuration of the alliance.\nWashington will hold Moscow to account for any invasion.',
    expect: [
      { party: 'france', demand: RB, stance: 'rejects', quote: 'hold to' },
      { party: 'germany', demand: RB, stance: 'rejects', quote: 'hold to' },
    ],
    none: [
      ['russia', RB],
      ['united-states', RB],
    ],
  },
  {
    name: '"no" before the demand’s own words denies them ("the treaty knows no second-class members")',
    text: 'Alliance envoys met in Brussels. The Bulgarian prime minister said the treaty knows no second-tier members, and he urged the allies to stand together.',
    expect: [{ party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'no second-tier members' }],
    none: [['russia', RB]],
  },
  {
    name: '"two tiers of members" is the unequal membership the demand would make; refusing to accept it rejects the demand',
    text: 'Alliance envoys met in Brussels. Stoltenberg said the alliance could never accept two tiers of members.\nThe Latvian foreign minister warned that Riga would not accept a second tier of members on the eastern flank.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'two tiers of members' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'second tier of members' },
    ],
  },
  {
    name: 'a negated verb of having or recognising before the demand\'s own words denies them ("the charter does not recognise a second tier of members", "doesn\'t create members of a lower category")',
    text: "Alliance envoys met in Brussels. The Romanian president said the founding treaty does not recognise a second tier of members.\nThe Bulgarian prime minister told lawmakers that the alliance doesn't create members of a lower category.",
    expect: [
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'not recognise a second tier of members' },
      {
        party: 'bulgaria',
        demand: RB,
        stance: 'rejects',
        quote: "doesn't create members of a lower category",
      },
    ],
    none: [['russia', RB]],
  },
  {
    name: 'trap: a negated verb of knowing with a clause after it ("did not know whether …") denies nothing, nor does a plain "would create"',
    text: 'Alliance envoys met in Brussels. The Bulgarian prime minister said he did not know whether the plan meant second-class members.\nThe Romanian president said the proposal would create members of a lower category.',
    expect: [],
    none: [
      ['bulgaria', RB],
      ['romania', RB],
    ],
  },
  {
    name: 'caps and "the number of" troops; "second-rank members"; "will not consent to" refuses',
    text: 'Alliance envoys met the Russian delegation in Brussels.\nThe United States will not accept caps on the number of its soldiers in Romania, a State Department spokesman said.\nMoscow wants the alliance to reduce the number of troops it keeps in the Baltic states.\nThe alliance will not consent to its eastern members being made second-rank allies, Stoltenberg said.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'caps on the number of its soldiers' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'reduce the number of troops' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'not consent to' },
    ],
  },
  {
    name: 'trap: a build-up raising "the number of troops" near Ukraine is no demand about the alliance',
    text: 'NATO ministers met in Riga. Russia has raised the number of troops near the Ukrainian border to about 100,000, the Pentagon said.',
    expect: [],
    none: [
      ['united-states', RB],
      ['russia', RB],
      ['nato', RB],
    ],
  },
  {
    name: '"the configuration of the Founding Act" is the 1997 line',
    text: 'Russian diplomats said the alliance must return to the configuration of the NATO-Russia Founding Act.',
    expect: [
      {
        party: 'russia',
        demand: RB,
        stance: 'supports',
        quote: 'configuration of the NATO-Russia Founding Act',
      },
    ],
  },
  {
    name: 'an end to the alliance\'s "military operations" in Eastern Europe is the rollback',
    text: 'Moscow has called on the alliance to end its military operations in Eastern Europe and the former Soviet bloc.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'called on' }],
  },
  {
    name: '"the cessation of" deployments restricts them like "an end to" (welcoming it, conditionally, is openness)',
    text: 'Budapest said it would welcome the cessation of allied troop deployments in the Baltic states.',
    expect: [{ party: 'hungary', demand: RB, stance: 'open', quote: 'welcome' }],
  },
  {
    name: 'two restriction verbs joined by "and" restrict once: "halt and pull back its deployments"',
    text: 'Washington refused to halt and pull back its deployments in the Baltic states.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'refused' }],
  },
  {
    name: '"its" after "near Russia" points to the alliance, not to Russia',
    text: 'Moscow insists that the alliance keep its missiles away from Russia and scale back its forces in Eastern Europe.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'scale back its forces' }],
  },
  {
    name: 'forces named as a US base, a battlegroup or paratroopers, in an eastern ally named by adjective, refuse the rollback when asked for; "based on" is no base',
    text: 'Warsaw is calling for a permanent US base on Polish soil.\nVilnius welcomed the arrival of additional American paratroopers in Lithuania.\nPoland asked Washington for more American troops.\nNATO said any dialogue must address its concerns and be based on reciprocity.',
    expect: [
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'calling for' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'welcomed' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'asked Washington for' },
    ],
    none: [['nato', RB]],
  },
  {
    name: 'acts that add forces in the east ("ordered additional troops to", "offered to double its troop presence in", "will host more troops") refuse the rollback; expanding a presence is no enlargement',
    text: 'The US president ordered 2,000 additional troops to Romania.\nLondon offered to double its troop presence in Estonia.\nBulgaria will host more allied troops on its territory.\nNATO has expanded its presence in the Black Sea region.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'ordered' },
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'double' },
      { party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'host' },
    ],
    none: [['nato', NX]],
  },
  {
    name: '"fewer allied troops" states the rollback: calling for it supports it, and no one calling for it refuses it',
    text: 'The Hungarian-born commentator noted that Moscow has called for fewer allied troops in Poland.\nNot a single Baltic leader has called for fewer allied troops.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'called for' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'called for' },
    ],
  },
  {
    name: 'trap: declining more troops is not asking for a pull-back; an act that another cue is about is no act of the subject',
    text: 'Hungary refused to host additional NATO troops.\nNATO rejected calls to send more troops to Ukraine.',
    expect: [],
    none: [
      ['hungary', RB],
      ['nato', RB],
    ],
  },
  {
    name: 'forces staying: "will not withdraw from Eastern Europe", "no pullback of allied forces", "are there to stay" (anchored)',
    text: 'The alliance will not withdraw from Eastern Europe.\nStoltenberg said there would be no pullback of allied forces from the Baltic states.\nThe Polish president said the American troops in Poland were there to stay.\nBiden said the sanctions were here to stay.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'withdraw' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'no' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'there to stay' },
    ],
    none: [['united-states', RB]],
  },
  {
    name: '"troop reductions", "force withdrawals": the restriction noun after the subject; "Moscow\'s list includes …" owns the items',
    text: "Washington has ruled out troop reductions in Poland.\nMoscow's list includes an end to NATO enlargement and the removal of allied forces from Eastern Europe.",
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'ruled out' },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's list" },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's list" },
    ],
  },
  {
    name: 'a party doing the rollback\'s opposite ("will send 2,500 more troops to Romania", "to bolster NATO\'s eastern flank") refuses it by its act',
    text: "Washington will send 2,500 more troops to Romania and Bulgaria.\nNorway said it would send jets to Latvia to bolster NATO's eastern flank.",
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'send' },
      { party: 'norway', demand: RB, stance: 'rejects', quote: 'bolster' },
    ],
    none: [
      ['romania', RB],
      ['baltic-states', RB],
    ],
  },
  {
    name: 'trap: an act denied, put as a condition or as a question, or a threatened response named as a noun, is no refusal ("unlikely to send more troops", "if NATO keeps sending more troops …?", "would be met by NATO\'s bolstering of its presence")',
    text: "Canada is unlikely to send more troops to the region.\nIf NATO keeps sending more troops east, will Europe be safer?\nThe US warned that an invasion would be met by NATO's bolstering of its military presence on allied soil.",
    expect: [],
    none: [
      ['canada', RB],
      ['nato', RB],
    ],
  },
  {
    name: '"the 1997 situation" names the rollback; "reacted negatively to" refuses it',
    text: 'Washington reacted negatively to the idea of returning the alliance to the 1997 situation in Europe.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'reacted negatively to' }],
  },
  {
    name: 'trap: "was perceived negatively" with no one perceiving is not the speaker\'s refusal',
    text: '"Our idea of going back to the 1997 situation was perceived negatively," Ryabkov said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'going back to the 1997 situation' }],
  },
  {
    name: '"limits on where allies can station forces": a plural restriction another list spells out, and "where" inside it',
    text: 'NATO will not accept any limits on where allies can station their forces, its secretary general said.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'will not accept any limits' }],
  },
  {
    name: '"1997 positions"',
    text: 'Russia demands that NATO return to its 1997 positions.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: '1997 positions' }],
  },
  {
    name: '"as of 1997"',
    text: 'Moscow wants the alliance’s military infrastructure restored to where it stood as of 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'as of 1997' }],
  },
  {
    name: '"1997 borders"',
    text: 'The Kremlin insists on NATO going back to its 1997 borders.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: '1997 borders' }],
  },
  {
    name: 'withdraw forces from Central and Eastern Europe',
    text: 'Russia wants NATO to withdraw forces from Central and Eastern Europe.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'withdraw forces' }],
  },
  {
    name: 'pull back troops from the Baltics',
    text: 'Moscow has asked Washington to pull back its troops from Poland and the Baltic states.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'pull back its troops' }],
  },
  {
    name: 'roll back deployments',
    text: 'The proposals would require the alliance to roll back its deployments in Eastern Europe, the Kremlin said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'roll back its deployments' }],
  },
  {
    // Why: "the states that were outside NATO in 1997" names the rollback's scope as exactly as "after 1997".
    name: 'the states that were outside the alliance in 1997 name the rollback (no owner on the forces)',
    text: 'The Russian ministry wrote back that foreign units, equipment and arms would have to quit every country that was outside the alliance in 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'outside the alliance in 1997' }],
  },
  {
    name: 'the states that were not NATO members in 1997, as the place the forces must leave',
    text: 'The Russian foreign ministry answered that foreign soldiers, kit and weapons must depart from the states that were not NATO members in 1997, Hungary among them.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'not NATO members in 1997' }],
  },
  {
    name: 'trap: a country merely recalled as outside the alliance in 1997 (no relative clause) names nothing',
    text: 'Lavrov recalled that Poland was still outside the alliance in 1997, when the Founding Act was signed, and joined two years later.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'countries that joined after 1997',
    text: 'Moscow wants no allied forces deployed in countries that joined the alliance after 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'after 1997' }],
  },
  {
    name: 'restriction after the subject: forces to withdraw',
    text: 'Lavrov repeated his call for US forces to withdraw from Eastern Europe.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'forces to withdraw' }],
  },
  {
    name: 'opposite: reinforce the eastern flank',
    text: 'Washington plans to reinforce the eastern flank of the alliance, Austin said.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'reinforce the eastern flank' }],
  },
  {
    name: 'allied deployments are non-negotiable',
    text: 'NATO said its deployments of troops in Eastern Europe are non-negotiable.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'non-negotiable' }],
  },
  {
    name: 'rollback rejected outright',
    text: 'The United States rejected any withdrawal of forces from Eastern Europe.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'rejected any withdrawal' }],
  },
  {
    name: 'a reduction of troops is not on the agenda',
    text: 'Sherman said the US rejected Russian calls for a reduction of US troops in Eastern Europe.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'reduction of US troops' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'reduction of US troops', voice: 'reported' },
    ],
  },
  {
    name: '"not station troops": a longer restriction of another demand ("not station") does not hide "not"',
    text: 'Russia demands that the alliance not station troops in Romania.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'not station troops' }],
  },
  {
    name: 'the dismantling of military infrastructure',
    text: 'The Kremlin called for the dismantling of allied military infrastructure in Eastern Europe.',
    expect: [
      {
        party: 'russia',
        demand: RB,
        stance: 'supports',
        quote: 'dismantling of allied military infrastructure',
      },
    ],
  },
  {
    name: '"its 1997 state" and "the borders of 1997"',
    text: 'Lavrov wants the alliance’s military infrastructure returned to its 1997 state.\nPeskov said NATO must withdraw to the borders of 1997.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: '1997 state' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'borders of 1997', voice: 'own' },
    ],
  },
  {
    name: '"roll back NATO’s expansion" undoes what is done: the rollback',
    text: 'The Kremlin wants Washington to roll back the alliance’s expansion.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'roll back the alliance’s expansion' },
    ],
  },
  {
    name: 'the Russian euphemism: abandon the material and technical development of the territories',
    text: 'Moscow wants the alliance to abandon the military and technical development of the territories of its new members.',
    expect: [
      {
        party: 'russia',
        demand: RB,
        stance: 'supports',
        quote: 'abandon the military and technical development',
      },
    ],
  },
  {
    name: 'opposite: no compromise on defending all allies',
    text: '“We will never compromise on our ability to protect and defend all allies,” the NATO secretary general said.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'protect and defend all allies', voice: 'own' },
    ],
  },
  {
    name: 'withdrawal from "Eastern European states" names the region without "NATO"',
    text: 'Moscow wants Washington to withdraw its troops from Eastern European states.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'withdraw its troops' }],
  },
  {
    name: 'opposite framing: no "second-class allies"',
    text: 'Stoltenberg said the alliance cannot accept the creation of second-class allies.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'second-class allies', voice: 'own' }],
  },
  {
    name: '"military activity" counts only with a restriction',
    text: 'Russia wants NATO to give up any military activity in Eastern Europe.\nNATO held military activities in the Baltics last year, Peskov complained.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'give up any military activity' }],
    none: [['nato', RB]],
  },
  {
    name: 'Russian forces are not the demand',
    text: 'Russia will withdraw some of its own troops from the border, the defence ministry said.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'the Founding Act in background',
    text: 'The NATO-Russia Founding Act was signed in Paris in May 1997.',
    expect: [],
    none: [
      ['russia', RB],
      ['nato', RB],
    ],
  },
  {
    name: 'positions held in 1997, by the Kremlin',
    text: 'The Kremlin wants the alliance to withdraw all military infrastructure to the positions held in 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'positions held in 1997' }],
  },
  {
    name: 'after the forces only: "allied troops to leave", "American troops out of"',
    text: 'Moscow wants allied troops to leave the Baltic states.\nLavrov wants American troops out of Poland.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'allied troops to leave' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'American troops out of Poland' },
    ],
  },
  {
    name: '"leave" before the forces keeps them; troops leaving after drills are no one’s demand',
    text: 'Berlin said NATO would leave its battlegroups in Lithuania.\nRussia said troops would leave Belarus after the drills, but NATO saw no sign of it.\nRussia said it was moving troops away from the border, but NATO doubted it.',
    expect: [],
    none: [
      ['germany', RB],
      ['russia', RB],
      ['nato', RB],
    ],
  },
  {
    name: 'one restriction after a list of what is to go: "troops, weapons and other equipment … withdrawn"',
    text: 'Russia wants troops, weapons and other equipment of the alliance withdrawn from Romania.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'withdrawn from Romania' }],
  },
  {
    name: '"foreign" troops and "most" of the forces are still the object',
    text: 'Russia demands that NATO pull back foreign troops from Estonia.\nRussia wants the removal of most allied forces from Poland.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'pull back foreign troops' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'removal of most allied forces' },
    ],
  },
  {
    name: '"where they were in 1997"; "second-class members"',
    text: 'Moscow wants NATO forces kept where they were in 1997.\nThe alliance will never accept second-class members, Geoana said.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'where they were in 1997' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'second-class members' },
    ],
  },
  {
    name: '"maintain its presence" in the allies\' east keeps what the rollback would remove',
    text: 'The alliance will keep its battlegroups in Poland and the Baltic states, Stoltenberg said, and will maintain its presence there.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'maintain its presence' }],
  },
  {
    name: '"scale back their security footprint" in Eastern Europe states the rollback',
    text: 'Moscow also insists that the Western allies scale back their security footprint in Eastern Europe.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'security footprint' }],
  },
  {
    name: 'undoing the enlargement ("reverse its eastward growth") is the rollback, not a halt to it',
    text: 'The Kremlin wants the alliance to reverse the eastward growth it has made since the Cold War ended.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'reverse the eastward growth' }],
    none: [['russia', NX]],
  },
  {
    name: 'a reversal of enlargement is refused as the rollback',
    text: 'Berlin flatly rejected any reversal of NATO enlargement in Central Europe.',
    expect: [{ party: 'germany', demand: RB, stance: 'rejects', quote: 'reversal of NATO enlargement' }],
  },
  {
    name: 'trap: stopping the enlargement is non-expansion, not the rollback',
    text: 'Moscow wants the alliance to stop its eastward growth for good.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop its eastward growth' }],
    none: [['russia', RB]],
  },
  {
    name: '"back to how they were in 1997" states the return to the 1997 lines, as "back to 1997" does',
    text: 'Lavrov said the goal was for the alliance to put things back to how they were in 1997 in its eastern member states.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'back to how they were in 1997' }],
  },
  {
    name: 'trap: "how they were in 1997" with no "back to" is a comparison, not the demand',
    text: 'Lavrov said wages in Moscow are nothing like how they were in 1997.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: '"forgo" restricts the alliance\'s deployments, as "abandon" does; negated, it refuses',
    text: 'The Kremlin wants a promise that NATO will forgo any troop deployments in the Baltic states. NATO will not forgo its troop deployments in the Baltic states, Stoltenberg said.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'forgo any troop deployments' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'will not forgo' },
    ],
  },
  {
    name: 'troops that should "be taken out" of the eastern allies are withdrawn',
    text: 'Foreign troops should be taken out of the Baltic states, Lavrov said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'be taken out' }],
  },
  {
    name: 'trap: people "taken out" of a city with no alliance forces named is no withdrawal',
    text: 'The wounded should be taken out of the city first, the Kremlin said.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'the alliance\'s "activity in" its eastern members, scaled down, halted or reined in, is the forces to pull back',
    text: 'The Kremlin wants NATO to halt its activity in the Baltic states and Poland. Lavrov said the allies must rein in their activities in Central and Eastern Europe.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'must' },
    ],
  },
  {
    name: "a refusal to cut the alliance's activities in the east rejects the pullback",
    text: 'Warsaw said NATO would not scale back its activities in Eastern Europe.',
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'not' }],
  },
  {
    name: 'trap: "activity" with no place of the alliance\'s eastern members ("limits on NATO activity") is too loose to name the pullback',
    text: 'Last month Moscow asked for broad limits on NATO activity, a Kremlin aide recalled.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: a party asked to halt its own activities in eastern Ukraine is no pullback of the alliance',
    text: 'The alliance urged Russia to stop its activities in eastern Ukraine, Stoltenberg said.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'the "force posture", "troop levels" or "defence levels" of the allies in the east are the forces a rollback would pull back',
    text: "The Kremlin wants the alliance to shrink its force posture in the Baltic states. Washington will not cut its troop levels in Romania, the Pentagon said. Estonia's prime minister said present defence levels on the eastern flank must be kept.",
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'not' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'must' },
    ],
  },
  {
    name: "trap: troop numbers cut at drills, and the proposer's own force posture, are no rollback",
    text: "Washington floated lower troop numbers at exercises held in Eastern Europe, Blinken said. Russia's force posture near Ukraine alarms the alliance, Stoltenberg said. Moscow will leave its troop levels near the Baltic states as they are, Shoigu said.",
    expect: [],
    none: [
      ['united-states', RB],
      ['nato', RB],
      ['russia', RB],
    ],
  },
];

const missiles: ReadingCase[] = [
  {
    name: '"keep … off" a territory restricts strike forces as "keep … out" does',
    text: "The Kremlin's plan centres on keeping the alliance's strike forces off Georgian soil, Peskov said.",
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'strike forces' }],
    none: [['russia', RB]],
  },
  {
    name: 'trap: proposing to revive "the Intermediate-Range Nuclear Forces Treaty" is no rejection of the missile demand',
    text: 'Russian diplomats met their American counterparts in Geneva. The US envoy said Washington had proposed a possible revival of the Intermediate-Range Nuclear Forces Treaty.',
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'a treaty named after the missiles it limits ("the INF Treaty") is a topic, not missiles to field: proposing its revival is no rejection',
    text: 'Russian diplomats met their American counterparts in Geneva. Washington is open to talks on bringing back the INF Treaty, a US official said.\nBlinken proposed a fresh look at a successor to the Intermediate-Range Nuclear Forces Treaty.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'open to talks' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'proposed a fresh look' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'a verdict of "destabilizing" on deployments supports the halt; missile tests are not deployments',
    text: 'Moscow calls the stationing of American missiles in Romania destabilizing.\nWashington called the latest North Korean missile tests destabilizing.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'destabilizing' }],
    none: [['united-states', MD]],
  },
  {
    name: '"keep strike missiles out of" a country states the demand: agreeing to it supports, refusing it rejects',
    text: 'The Americans agreed to keep strike missiles out of Georgia.\nLondon refused to keep cruise missiles away from the Russian border.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'supports', quote: 'agreed to' },
      { party: 'uk', demand: MD, stance: 'rejects', quote: 'refused' },
    ],
  },
  {
    name: 'an item in the middle of a list shares the restriction before the first item',
    text: "Moscow wants a pledge from both sides not to station tanks, missile systems, bombers and warships close to each other's borders.",
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'not to station tanks, missile systems' },
    ],
  },
  {
    name: '"strike weapons" near borders',
    text: 'Moscow wants a ban on strike weapons near Russia’s borders.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'ban on strike weapons' }],
  },
  {
    name: '"offensive weapons" not deployed',
    text: 'Russia demands that the US not deploy offensive weapons in Ukraine.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'not deploy offensive weapons' }],
  },
  {
    name: '"attack weapons"',
    text: 'The Kremlin seeks guarantees against attack weapons being stationed close to Russia.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'guarantees against attack weapons' }],
  },
  {
    name: 'intermediate-range missiles, moratorium',
    text: 'Russia proposed a moratorium on intermediate-range missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'moratorium' }],
  },
  {
    name: 'shorter-range missiles, prevent deployment',
    text: 'Moscow also wants to prevent the deployment of medium- and short-range missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'prevent the deployment' }],
  },
  {
    name: '"non-deployment"',
    text: 'Peskov said the non-deployment of offensive systems remains a key Russian concern.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'non-deployment', voice: 'own' }],
  },
  {
    name: 'open: willing to discuss missile placement',
    text: 'The United States is willing to discuss the placement of missiles in Europe, Sherman said.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'willing to discuss', voice: 'own' },
    ],
  },
  {
    name: 'open: reciprocal limits proposed by the US',
    text: 'Washington proposed reciprocal limits on missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'reciprocal limits' }],
  },
  {
    name: 'open: arms control talks offered',
    text: 'NATO offered talks with Moscow on arms control.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'arms control' }],
  },
  {
    name: 'open: ready to negotiate on INF-range missiles',
    text: 'The alliance is ready to negotiate on intermediate-range missiles, Stoltenberg said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'ready to negotiate', voice: 'own' }],
  },
  {
    name: 'open: no intention of deploying',
    text: 'Biden told Putin the US has no intention of deploying offensive missiles in Ukraine.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'no intention' }],
  },
  {
    name: '"pull back" missile systems',
    text: 'Moscow asked Washington to pull back its missile systems from Romania.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'pull back its missile systems' }],
  },
  {
    name: 'Russian missiles are not the demand',
    text: 'The US is worried about Russian missiles in Kaliningrad.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: '"weapons" alone is not the demand',
    text: 'Britain sent anti-tank weapons to Ukraine.',
    expect: [],
    none: [
      ['uk', MD],
      ['ukraine', MD],
    ],
  },
  {
    name: '"weapons" with a restriction is',
    text: 'Russia wants the alliance to withdraw its weapons from the territory of new members.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'withdraw its weapons' }],
  },
  {
    name: 'hyphen variants: "intermediate range" without a hyphen',
    text: 'Moscow demands a ban on intermediate range missiles near its borders.',
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'ban on intermediate range missiles' },
    ],
  },
  {
    name: 'a longer restriction of one demand ("not station") still restricts for another ("not")',
    text: 'Moscow insists that the alliance not station troops in Romania without its consent.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'not station troops' }],
  },
  {
    name: "a verdict on a party's demand noun is the judge's position on what it names",
    text: 'The Swedish prime minister said on Monday that Moscow’s demand that NATO freeze its enlargement is unacceptable.',
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'is unacceptable' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Moscow’s demand' },
    ],
  },
  {
    name: 'a negation before the first verb of an "or" list covers the later verb',
    text: 'Russia is seeking a pledge that the alliance will never take in Georgia as a member, or station strike missiles close to Russian soil.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'station strike missiles' }],
  },
  {
    name: 'trap: an "and" list does not share the negation',
    text: 'Lavrov claimed the alliance will not stop at Ukraine and will deploy strike missiles close to Russian soil.',
    // (The negation does not turn the deployment into the demand; the proposer's complaint is its demand.)
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'strike missiles', kind: 'named-proposer' },
    ],
    none: [['nato', MD]],
  },
  {
    name: 'the object of a concern is what the demand would stop, not a topic',
    text: 'Lavrov again voiced alarm over the deployment of strike weapons close to Russian territory.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'voiced alarm over' }],
  },
  {
    name: 'a concern about a proposer\'s topic stays a topic for others ("talks about")',
    text: 'Washington said talks about missile deployments could resume next week.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: '"not to deploy" runs into the subject "deploy … weapons"',
    text: 'Russia pressed for binding commitments not to deploy any weapons aimed at its territory.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'not to deploy any weapons' }],
  },
  {
    name: 'missiles kept "away from" the borders',
    text: 'Russia asked NATO to keep its missiles away from its borders.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'missiles away from' }],
  },
  {
    name: '"renounce its intention of fielding land-based missiles": the restriction reaches past "land-based" and "fielding"',
    text: 'Beijing urges the United States to renounce its intention of fielding land-based missiles in Asia and Europe.',
    expect: [{ party: 'china', demand: MD, stance: 'supports', quote: 'renounce its intention' }],
  },
  {
    name: 'a verb with the demand named again after it acts on that one, not on the topic before it',
    text: '"On the matter of intermediate-range missiles China has set out its view many times, and it firmly opposes the United States deploying such ground-launched missiles in Europe," China\'s foreign ministry said.',
    expect: [{ party: 'china', demand: MD, stance: 'supports', quote: 'firmly opposes' }],
  },
  {
    name: '"limits on where they place missiles": a question after "on" is a topic, and exploring it is openness',
    text: 'Washington is willing to explore whether both sides could put limits on their exercises and on where they place missiles.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'explore' }],
  },
  {
    name: 'trap: deciding on where to place missiles is no position on the demand',
    text: 'NATO said it would decide on where to place missiles after the summit.',
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'a cruise missile named by its type ("no Tomahawks") is a missile',
    text: 'Washington is ready to discuss how to confirm that no Tomahawks are present at the site in Romania.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'ready to discuss' }],
  },
  {
    name: '"Neither A nor B station missiles there", told as a fact: no statement of the demand',
    text: 'Russian envoys arrived in Geneva on Monday. Neither Washington nor its European allies station intermediate-range missiles in Ukraine, the American president told reporters.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: '"neither A nor B would keep missiles" as the point at issue: still the demand stated (trap)',
    text: 'Russian envoys arrived in Geneva on Monday. The sticking point remained that neither NATO nor the Americans would keep intermediate-range missiles in Europe.',
    expect: [
      {
        party: 'russia',
        demand: MD,
        stance: 'supports',
        quote: 'neither NATO nor the Americans would keep',
        kind: 'stated-demand',
      },
    ],
  },
];

// Parties and officials beyond the main ones, named the way coverage names them.
const parties: ReadingCase[] = [
  {
    name: 'Norway: the foreign minister with her office and country',
    text: 'Norway’s Foreign Minister Anniken Huitfeldt rejected Russia’s demand that NATO halt its expansion.',
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'Turkey: the foreign minister by surname, the capital as metonym',
    text: 'Cavusoglu said Ankara backs NATO’s open-door policy.',
    expect: [{ party: 'turkey', demand: NX, stance: 'rejects', quote: 'open-door policy', voice: 'own' }],
  },
  {
    name: 'Italy, Canada, Romania: heads of government by surname',
    text: 'Draghi said the alliance would keep its door open.\nTrudeau said Canada would send more troops to Latvia.\nCiuca said Romania opposes any withdrawal of allied forces from its territory.',
    expect: [
      { party: 'italy', demand: NX, stance: 'rejects', quote: 'keep its door open' },
      { party: 'canada', demand: RB, stance: 'rejects', quote: 'more troops' },
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'opposes any withdrawal' },
    ],
  },
  {
    name: 'the "US-led alliance" is NATO, not the United States',
    text: 'The US-led alliance rejected Moscow’s demand to halt NATO enlargement.\nThe North Atlantic Alliance has rejected calls to halt its enlargement.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected calls' },
    ],
    none: [['united-states', NX]],
  },
  {
    name: 'an Estonian defence minister by surname; a misspelt secretary of state',
    text: 'Laanet said the demand that NATO withdraw its troops from the Baltics is completely unacceptable.\nAnthony Blinken said the alliance would keep its door open.',
    expect: [
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'unacceptable' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'keep its door open' },
    ],
  },
  {
    name: 'an envoy "to" a party speaks for the party that sent them, not for the posting',
    text: 'The Russian envoy to the OSCE said the alliance must halt its enlargement.\nMoscow’s ambassador to Washington said NATO must stop expanding.\nUS Ambassador to NATO Julianne Smith said the alliance’s door remains open.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian envoy to the OSCE' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'ambassador to Washington' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'door remains open' },
    ],
    none: [['osce', NX]],
  },
  {
    name: 'NATO as "the military bloc", "the Western bloc"; the ministry as the "MFA"',
    text: 'The military bloc has turned down calls to stop admitting new members.\nThe Western bloc will keep its door open, Stoltenberg said.\nThe Russian MFA said the alliance must stop expanding.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down calls' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'keep its door open' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian MFA' },
    ],
  },
  {
    name: 'an official out of office speaks for no one',
    text: 'Enoksen said the alliance must keep its door open.',
    published: '2023-03-01',
    expect: [],
    none: [['norway', NX]],
  },
];

describe.each([
  ['non-expansion', nonExpansion],
  ['rollback to 1997', rollback],
  ['missiles and strike weapons', missiles],
  ['parties and officials', parties],
])('demand wording: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

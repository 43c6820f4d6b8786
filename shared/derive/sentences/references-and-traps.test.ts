/**
 * References back to demands named earlier, and the traps: wording of the opposite polarity,
 * negative words inside a demand, a party named but not speaking, background that is no position,
 * unclassified mentions. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const references: ReadingCase[] = [
  {
    name: '"these red lines" after a sentence naming the demands: a pointer to them',
    text: 'Moscow wants guarantees that NATO will not expand further east and will pull its forces back to the 1997 lines. The alliance rejected these red lines on Wednesday.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: "trap: a party's own red lines point to no one's demands",
    text: 'NATO kept its forces in Poland on Monday. The alliance said its red lines were clear and would not change.',
    expect: [],
    none: [
      ['nato', NX],
      ['nato', RB],
      ['nato', MD],
    ],
  },
  {
    name: '"“That is a non-starter,” X said" right after a demand: the bare "that" is the demand the sentence before asked for',
    text: 'Moscow wants a written pledge that the alliance will stop expanding. “That is a non-starter,” the US deputy secretary of state said.\nRussia insists that NATO stop admitting new members. Stoltenberg answered: “That will not happen.”',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'not happen' },
    ],
  },
  {
    name: 'trap: a bare "that" before another verb, before small talk, or after two demands stands for no demand',
    text: 'Moscow wants NATO to stop expanding. “That will hinge on what our allies propose,” Blinken said.\nMoscow wants NATO to stop expanding. “That was a long meeting,” Stoltenberg said.\nMoscow wants NATO to stop expanding and to pull its forces back. “That is out of the question,” the British foreign secretary said.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
      ['uk', NX],
      ['uk', RB],
    ],
  },
  {
    name: '"the kind of guarantee Putin is demanding", "the assurances he has asked for": what a named seeker (or, unnamed, the one proposer) asked',
    text: 'Last week the Kremlin put forward a treaty under which Georgia and Moldova would be kept out of the alliance. Washington and its partners in NATO have refused to give Moscow the kind of guarantee Putin is demanding.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'refused' },
    ],
  },
  {
    name: 'a proposal "on security guarantees under which …" presents the demand, so "the assurances he has asked for" points back to it',
    text: 'Last week Moscow proposed an accord on security guarantees under which Georgia would be barred from joining NATO. The allies say they will decline the assurances he has asked for.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'decline' }],
  },
  {
    name: 'trap: "the assurance it wants that …" names its content right after it; the other demand asked earlier is not pointed at',
    text: 'Russia wants the alliance to admit no one else and to pull its forces back to 1997 positions. Washington refused to give Russia the assurance it wants that Georgia will never join NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused' }],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: "the security guarantees Kyiv is seeking" are what a party asking nothing here wants; they point at no demand',
    text: 'Russia wants the alliance to admit no one else. Berlin said it could not provide the security guarantees Kyiv is seeking.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['germany', NX]],
  },
  {
    name: 'a demand read through its proposer and a wanting verb ("The Kremlin wants allied battalions gone from …") is what a later "the demand" points back to',
    text: 'The Kremlin wants allied battalions gone from Poland and the Baltic states. Warsaw called the demand a non-starter.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants allied battalions gone' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'non-starter' },
    ],
  },
  {
    name: 'trap: a proposer that wants something else first ("wants talks, and …", "wants to know why …") attaches nothing for "the demand"',
    text: 'Moscow wants talks, and allied battalions are gone from Poland. Warsaw called the demand a non-starter. Moscow wants to know why allied battalions stay in Latvia. Riga rejected the demand.',
    expect: [],
    none: [
      ['poland', RB],
      ['baltic-states', RB],
    ],
  },
  {
    name: 'a hyphenated modifier between a pointer and its noun ("those long-standing demands", "so-called") keeps the pointer',
    text: "The Kremlin wants the alliance to take in no more countries. Kallas said those long-standing demands were unacceptable. Blinken rejected Russia's so-called core demands.",
    expect: [
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: '"an ultimatum", "this ultimatum", "ultimatum-style proposals" point back like "the ultimatum"',
    text: "Moscow wants NATO to stop admitting new members. Kallas said an ultimatum was no way to conduct diplomacy. Stoltenberg turned down this ultimatum. Blinken dismissed Moscow's ultimatum-style proposals.",
    expect: [
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'no way' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'dismissed' },
    ],
  },
  {
    name: 'a demand that "can never be the starting point" or "cannot serve as a basis" for talks is refused',
    text: "Moscow wants NATO to stop admitting new members. Haavisto said such demands can never be the starting point for talks. Kallas said Moscow's far-reaching conditions cannot serve as a basis for negotiations.",
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'never be the starting point' },
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'cannot serve as a basis' },
    ],
  },
  {
    name: 'trap: "would never accept these demands" refuses them; the "never" negates the acceptance, not the demands',
    text: 'Moscow wants NATO to stop admitting new members. Stoltenberg said the alliance would never accept these demands. Kallas said Estonia would not accept an ultimatum.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'accept' },
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'accept' },
    ],
  },
  {
    name: 'trap: Moscow denying it issues "an ultimatum" neither drops nor refuses its demand',
    text: 'Moscow wants NATO to stop admitting new members. Peskov said the proposals were not an ultimatum. Lavrov denied that Russia was issuing an ultimatum.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a reply called "not the basis for talks" with no demand behind it refuses nothing',
    text: 'Ryabkov said the American paper would not be the basis for further talks.',
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: '"They should be put to one side" opening the next sentence stands for the demands named before',
    text: 'NATO met Russia. Moscow wants a pledge that NATO will not take in Georgia. They should be put to one side, Alar Karis said.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'put to one side' }],
  },
  {
    name: '"These are non-starters" after two demands refuses both',
    text: 'NATO met Russia. Moscow wants a pledge that NATO will not take in Georgia and a pullback of allied troops from the Baltic states. These are non-starters, Blinken said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'non-starters' },
    ],
  },
  {
    name: 'trap: "They have been meeting …" opening a sentence stands for people, not for the demands',
    text: 'NATO met Russia. Moscow wants a pledge that NATO will not take in Georgia. They have been meeting in Geneva for hours, Blinken said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: '"the guarantees Moscow wants" points back to the demands named before',
    text: 'Moscow wants a pledge that NATO will stop expanding. Washington and its allies have flatly refused to give the guarantees Moscow wants, officials said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused' }],
  },
  {
    name: '"turned those down" after a list of demands: the plural pronoun stands for each of them',
    text: 'At the talks Moscow restated its demands: no more NATO enlargement, and a return of allied forces to where they stood in 1997. The American delegation firmly turned those down, a State Department spokesman said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned those down' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'turned those down' },
    ],
  },
  {
    name: '"brushed that aside" after one demand: the pronoun stands for it',
    text: "The Kremlin wants the alliance back in its 1997 shape. Britain's defence secretary brushed that aside.",
    expect: [{ party: 'uk', demand: RB, stance: 'rejects', quote: 'brushed that aside' }],
  },
  {
    name: "a party's demand noun before the document says what the demands are points ahead to them",
    text: "The Swedish foreign minister said the Kremlin's demands were unacceptable. Moscow wants the alliance to admit no one else.",
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
    ],
    none: [
      ['sweden', RB],
      ['sweden', 'missile-deployment'],
    ],
  },
  {
    name: "another side refusing a party's demands in a document that never names them refuses the party's central demand only",
    text: "The Swedish foreign minister said the Kremlin's demands were unacceptable. Talks resume in Geneva next week.",
    expect: [{ party: 'sweden', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
    none: [
      ['sweden', RB],
      ['sweden', 'missile-deployment'],
    ],
  },
  {
    name: 'unnamed demands put to another side ("Russia\'s demands on the West") are still the package',
    text: "Oslo's defence minister told reporters that Moscow's demands on the West could never be accepted.",
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: 'never be accepted' }],
    none: [
      ['norway', RB],
      ['norway', MD],
    ],
  },
  {
    name: 'trap: unnamed demands with a topic of their own ("demands on gas prices", "proposals under the Minsk accords") are not the package',
    text: "The Danish foreign minister said Moscow's demands on gas prices were unacceptable.\nThe Danish prime minister said Russia's proposals under the Minsk accords could never be accepted.",
    expect: [],
    none: [['denmark', NX]],
  },
  {
    name: "trap: the proposer's own account of others' refusal, a reported refusal, part of the package, or a sanctions package read no central demand",
    text: "The Kremlin said the West had ignored Russia's demands.\nA number of Russia's proposals were unacceptable, the Swedish foreign minister said.\nThe Danish foreign minister said the package of sanctions was unacceptable.\nMoscow's proposals deserve a hearing, the Turkish president said.",
    expect: [],
    none: [
      ['united-states', NX],
      ['sweden', NX],
      ['denmark', NX],
      ['turkey', NX],
      ['russia', RB],
    ],
  },
  {
    name: "trap: pointing ahead is not for the owner's own account of others' answers (\"Putin charged that Washington brushed aside Moscow's demands\")",
    text: "Putin charged on Tuesday that Washington had brushed aside Moscow's central demands. Russia wants the alliance to admit no one else.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a party does not refuse its own demands ("Putin says the answers ignored Russia\'s demands")',
    text: "Moscow wants NATO to take in no new members. Putin said the Western answers had ignored Russia's core demands.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [],
  },
  {
    name: '"said these were …" : a demonstrative opening reported speech stands for the demands named before',
    text: "The Kremlin is pressing for a promise that NATO will admit no one else. Finland's president said these were orders dressed up as proposals and should be set aside.",
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'set aside' }],
  },
  {
    name: 'trap: "said they were ready …" after a demand: "they" there is people, not the demands',
    text: 'The Kremlin is pressing for a promise that NATO will admit no one else. The Nordic ministers said they were ready to talk about it.',
    expect: [],
    none: [
      ['finland', NX],
      ['sweden', NX],
    ],
  },
  {
    name: '"called that absurd" after two demands: the demonstrative stands for the whole of what was asked',
    text: "Moscow wants NATO to shelve enlargement for good and to take its troops back to their 1997 positions. Latvia's foreign minister called that absurd.",
    expect: [
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'absurd' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'absurd' },
    ],
  },
  {
    name: '"called that unacceptable": the pronoun stands for what a party asked, not for the countries described',
    text: "Moscow's draft would bar allied troops from every state that entered the alliance after 1997. Estonia's defence minister called that wholly unacceptable.",
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'unacceptable' }],
    none: [['baltic-states', NX]],
  },
  {
    name: 'a pronoun after a sentence naming the demands only by a pointer ("restated those demands. … turned them down. … called them …") stands for what the pointer resolved to',
    text: "The Kremlin insists that NATO bar Georgia from membership for good. Its envoy repeated those demands in Brussels on Tuesday. The allies' ambassadors turned them down one by one. Washington's delegate later called them non-starters.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'insists' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turned them down' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' },
    ],
  },
  {
    name: 'trap: a pronoun after a pointer left unresolved stands for nothing',
    text: 'Ryabkov said Moscow would publish those demands soon. The allies turned them down in advance.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "rejected it" after two demands: "it" stands for one thing and the sentence named two',
    text: "Moscow wants NATO to shelve enlargement for good and to take its troops back to their 1997 positions. Latvia's foreign minister rejected it.",
    expect: [],
    none: [
      ['baltic-states', NX],
      ['baltic-states', RB],
    ],
  },
  {
    name: '"A request of that kind" points back to the demand the sentence before named',
    text: 'Warsaw has answered the Russian call for allied troops to leave the eastern flank. A request of that kind is unacceptable, the Polish foreign ministry said.',
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'A request of that kind' }],
  },
  {
    name: '"Under the proposals, which Moscow calls vital, …": the aside\'s subject is not the speaker; the proposals speak',
    text: 'Russia and NATO traded accusations this week. Under the far-reaching proposals, which Moscow describes as vital to its safety, the alliance would be forbidden from admitting any more members.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'admitting any more members' }],
    none: [['nato', NX]],
  },
  {
    name: '"Under it, …" / "Under the first text, …" right after the drafts were put out: their content, the proposer\'s',
    text: 'The Kremlin released two draft agreements on Friday. Under it, the United States would commit to stopping NATO from moving further east.\nMoscow made its drafts public in December. Under the first text, the alliance would take in no new members.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'stopping NATO from moving further east' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'take in no new members' },
    ],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'demands presented through a named official ("Among the demands, set out by Ryabkov, are that …") are what a later "Russia’s demands" points back to',
    text: 'Among the demands, set out by Sergei Ryabkov, are that the alliance withdraw its battalions from Poland and Romania.\nWarsaw rejected Russia’s demands out of hand, its foreign minister said.',
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'rejected Russia’s demands' }],
  },
  {
    name: 'trap: a verdict on "some of" a party\'s proposals says nothing of any one of its demands',
    text: "Moscow wants NATO to stop expanding and to pull its forces back to where they stood in 1997. The U.S. said that it regards some of Russia's proposals as unacceptable but sees merit in a discussion.",
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: 'a party\'s own demand noun ("Russia\'s demands") points back to the demands the document attached to it',
    text: "Moscow insists that NATO must take in no more members. The allies turned down Russia's demands on Wednesday.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down' }],
  },
  {
    name: 'trap: not a noun with its own content after it ("Russian proposals for talks on missiles"); a refusal before the demands are named points ahead to them',
    text: "The allies turned down Russia's demands on Wednesday.\nMoscow insists that NATO must take in no more members. Washington called Russian proposals for talks on missiles a useful start.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down' }],
    none: [['united-states', NX]],
  },
  {
    name: '"that position" points at the demands attached before; a demand the sentence names after "but" is read there instead',
    text: 'Moscow has insisted that the alliance withdraw its forces and weapons from the Baltic states and never admit Georgia to NATO.\nLondon and Paris reject that position but say they are ready to talk about arms control.',
    expect: [
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'that position' },
      { party: 'france', demand: NX, stance: 'rejects', quote: 'that position' },
      { party: 'uk', demand: MD, stance: 'open', quote: 'ready to talk about' },
    ],
    none: [['france', MD]],
  },
  {
    name: 'a bare "it"/"that" as the whole object of a verdict points at the one demand the sentence before named, in its direction',
    text: "The Kremlin wants the alliance to take its troops out of Bulgaria.\nSofia rejected it on Friday.\nStoltenberg repeated that NATO's door stays open.\nThe Russian envoy called that unacceptable.",
    expect: [
      { party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'Sofia rejected it' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'called that unacceptable' },
    ],
  },
  {
    name: 'trap: a pronoun object with two demands named before, or one followed by a noun of its own, points at nothing (the first now "a halt to NATO enlargement", read as the demand: since "a pullback from Romania" reads as "withdraw from Romania", the bare "a halt to enlargement", no demand of the ontology, left one demand for "it")',
    text: 'Moscow asked for a halt to NATO enlargement and a pullback from Romania.\nBucharest rejected it.\nRussia wants no strike missiles near its borders.\nWarsaw rejected this approach.',
    expect: [],
    none: [
      ['romania', NX],
      ['romania', RB],
      ['poland', MD],
    ],
  },
  {
    name: '"the guarantees it demands" and "the demands … have been snubbed by" point back to the demand; "Kyiv\'s ongoing bid to join" is its own bid',
    text: "Moscow wants a pledge that the alliance will stop enlarging.\nLondon and its partners have refused to give Russia the guarantees it demands.\nThe demands have been snubbed by Paris.\nTbilisi's ongoing bid to join NATO worries Moscow.",
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'refused' },
      { party: 'france', demand: NX, stance: 'rejects', quote: 'snubbed' },
    ],
  },
  {
    name: 'a second side taking up the first clause\'s demand words by a pronoun ("…, while the United States defends it", "…, but Washington rejects it", "…; Poland opposes it") holds them in their own direction',
    text: "Moscow rejects NATO's open-door policy, while the United States defends it.\nRussia wants a moratorium on NATO enlargement, but Paris rejects it.\nThe Kremlin has demanded a pull-back of allied forces from Romania; Warsaw opposes it.\nRussia wants NATO to stop expanding, but Washington says it will decide later.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'defends' },
      { party: 'france', demand: NX, stance: 'rejects', quote: 'rejects it' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'opposes' },
    ],
    none: [['united-states', RB]],
  },
  {
    name: 'a bare relative clause after a dash ("— demands Washington and NATO dismiss") judges every demand before it, for both subjects; so does one after a comma with "and its allies"',
    text: 'Moscow wants the alliance to pull its battalions out of the Baltic states and to stop taking in new members — demands Washington and NATO dismiss as non-starters.\nRussia is pressing for a halt to NATO enlargement, demands the United States and its allies have turned down.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'dismiss' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'dismiss' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'dismiss' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'pressing for' },
    ],
  },
  {
    name: 'trap: a second "that" clause of a demand is governed by what asked for it, not by the negated verb inside the first ("will not accept … as a member, that it stop placing missiles")',
    text: 'The Kremlin wants assurances from the West that NATO will not accept Georgia and other former Soviet states as members, that it stop placing missiles near Russia.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'as members' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'assurances' },
    ],
    none: [
      ['nato', MD],
      ['united-states', MD],
    ],
  },
  {
    name: 'a pointer with its content in apposition ("no positive reaction on the main issue, which is Russia\'s insistence on an end to NATO\'s eastward expansion")',
    text: "Washington's reply contains no positive reaction on the main issue, which is Russia's insistence on an end to NATO's eastward expansion, Lavrov said.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no positive reaction' }],
  },
  {
    name: 'trap: the proposer saying there was no answer on "the main issue, which is our position on …" does not drop its demand',
    text: '"There is no positive reaction on the main issue, which is our firm position against NATO\'s eastward expansion," Lavrov said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: '"such a request" points back to the one demand the article attached ("Moscow wants forces removed from the states that joined after 1997. Bulgaria said such a request was unacceptable.")',
    text: 'Moscow wants allied forces removed from the states that joined after 1997.\nBulgaria said such a request was unacceptable.\nThe Kremlin also demanded that NATO withdraw from Romania.',
    expect: [
      { party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'unacceptable' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'demanded' },
    ],
  },
  {
    name: '"for Kyiv and the allies alone to decide" is the open door; "called the demand … ridiculous" refuses it',
    text: '"It is for Kyiv and the allies alone to decide when Ukraine joins," Stoltenberg said.\nBritain called the Russian demand for the removal of allied forces from Eastern Europe ridiculous.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'alone to decide' },
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'ridiculous' },
    ],
  },
  {
    name: '"this demand" after a semicolon points to the demand named earlier in the same sentence',
    text: 'Moscow wants a legal promise that NATO will take in no new members; the allies have already ruled out this demand.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'ruled out' },
    ],
  },
  {
    name: 'a restriction in the clause before does not reach the reference after the comma ("would never include Georgia, yet the demand is unacceptable")',
    text: 'Putin asked Biden for a guarantee that NATO would never take in Georgia, yet the demand is unacceptable to the US.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'trap: "security guarantees" is no pointer to a demand named earlier in the sentence',
    text: 'A Russian envoy says NATO should pull back to its 1997 borders, and repeats the Kremlin call for security guarantees.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: '"the countries of the Alliance have ruled out … this demand": members of a party hold its position; a singular pointer back',
    text: 'Moscow wants legal guarantees that NATO will not enlarge.\nThe countries of the Alliance have already ruled out meeting this demand.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'ruled out' }],
  },
  {
    name: '"There will never be first- and second-class members of NATO" refuses the rollback',
    text: 'Stoltenberg said the allies stood together.\n"There will never be first-class and second-class members of NATO," he said.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'There will never be' }],
  },
  {
    name: '"…demanded that Washington guarantee …, something they have denied": "they" are the addressees, and denying refuses',
    text: 'The Kremlin has demanded that Washington and its allies promise that Kyiv will never be let into NATO, something they have denied.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'demanded' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'denied' },
    ],
  },
  {
    name: 'trap: "something they denied" with no one the demand was addressed to points at no one',
    text: 'The Kremlin wants a promise that Kyiv will never be let into NATO, something they have denied.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: '", demands that Washington has called non-starters" points back at a demand the sentence read in its own words',
    text: 'Moscow wants a written promise that Kyiv will never be allowed into the alliance, demands that Washington has called non-starters.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' },
    ],
  },
  {
    name: '"…, something the US has ruled out" and "…, a demand the alliance has dismissed" judge what came before',
    text: 'The Kremlin has demanded that the alliance stop enlarging, something the US has repeatedly ruled out.\nMoscow also wants NATO to pull its forces back to where they stood in 1997, a demand the alliance has dismissed.',
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'something the US has repeatedly ruled out',
      },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'a demand the alliance has dismissed' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'The Kremlin has demanded' },
    ],
  },
  {
    name: '"these demands" after Russia named them',
    text: 'Moscow has demanded a halt to NATO enlargement and a pullback of allied troops from Eastern Europe.\nThe United States rejected these demands on Wednesday.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected these demands' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'rejected these demands' },
    ],
  },
  {
    name: '"those proposals" called non-starters',
    text: 'Russia wants a ban on intermediate-range missiles in Europe.\nWashington has called those proposals non-starters.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'those proposals' }],
  },
  {
    name: '"its demands" resolved to the party that made them',
    text: 'The Kremlin insists that NATO never admit Ukraine.\nThe alliance turned down its demands at the meeting in Brussels.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down its demands' }],
  },
  {
    name: '"the main issue" with a single demand named',
    text: 'Ryabkov said Russia needs a guarantee that NATO will stop expanding.\nThe United States refused to budge on the main issue, he said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'the main issue' }],
  },
  {
    name: 'a reference with nothing named before stays unresolved',
    text: 'The United States rejected these demands on Wednesday.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
      ['united-states', MD],
    ],
  },
  {
    name: 'openness to "the proposals" as a package is no openness on a demand',
    text: 'Moscow demands a halt to NATO expansion.\nThe White House said it is ready to discuss the proposals with allies.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Moscow demands' }],
    none: [['united-states', NX]],
  },
  {
    name: 'refusing to talk about "the proposals" at all ("will not negotiate on these proposals") refuses each demand they stand for',
    text: 'Russia wants NATO forces pulled back to their 1997 positions.\nThe Norwegian foreign minister said Oslo will not negotiate on these proposals.',
    expect: [{ party: 'norway', demand: RB, stance: 'rejects', quote: 'not negotiate' }],
  },
  {
    name: "trap: the proposer refusing to discuss others' answers to its own demands states no refusal of them",
    text: 'Russia wants NATO forces pulled back to their 1997 positions.\nLavrov said Moscow will not discuss its proposals in public.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'Russia wants' }],
    none: [['nato', RB]],
  },
  {
    name: 'the proposer holding to "its demands"',
    text: 'Russia wants NATO to withdraw its forces to the 1997 positions.\nMoscow does not intend to give up its demands, Peskov said.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'give up its demands', voice: 'own' }],
  },
  {
    name: 'an enumerated list, then "the first two"',
    text: 'Russia put forward three demands: 1. no further NATO expansion; 2. a return of NATO forces to the 1997 positions; 3. no strike weapons near its borders.\nWashington rejected the first two, but it is ready to discuss the third one.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'three demands' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'three demands' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'three demands' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'the first two' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'the first two' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'the third one' },
    ],
  },
  {
    name: '"any of these aspects"',
    text: 'The demands were:\n(1) NATO’s nonexpansion to the East;\n(2) a rollback to 1997;\n(3) a moratorium on the deployment of intermediate-range missiles.\nThe alliance refused to accept any of these aspects.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'any of these aspects' },
      { party: 'nato', demand: MD, stance: 'rejects', quote: 'any of these aspects' },
    ],
  },
  {
    name: 'a demand noun owned by a party, named after it',
    text: 'A halt to NATO’s eastward enlargement is a key demand of the Kremlin.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'key demand of the Kremlin',
        kind: 'possessor',
      },
    ],
  },
  {
    name: 'a list introduced by an owned demand noun and a dash',
    text: 'Russia’s key demands — a halt to NATO expansion, the withdrawal of forces from Eastern Europe and a ban on strike missiles — were rejected.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'key demands' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'key demands' },
    ],
  },
  {
    name: 'a dash clause pointing back',
    text: 'Putin demanded that the US pull back troops and missiles from Eastern Europe — an ask that Washington dismissed as a non-starter.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Putin demanded' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'dismissed' },
    ],
  },
  {
    name: 'the demands a party sent',
    text: 'A written pledge that Ukraine will never join NATO was one of the security demands that Russia sent to Washington.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands that Russia sent' }],
    none: [['ukraine', NX]],
  },
  {
    name: '"a guarantee of that kind" points back at the guarantee the sentence before described',
    text: 'Moscow wants a binding promise that NATO will never take in Ukraine. The White House said it had ruled out a guarantee of that kind.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'ruled out a guarantee of that kind' },
    ],
  },
  {
    name: '", which NATO will never accept": a modal and a negation between the relative clause\'s subject and its verb',
    text: 'The Kremlin wants the alliance to stop enlarging, which NATO will never accept.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants the alliance to stop enlarging' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'will never accept' },
    ],
  },
  {
    name: '"…would create second-class members, which the alliance could not accept": a verdict on what granting the demand would do',
    text: 'Handing Russia the withdrawal of allied forces from Romania and Bulgaria would create second-class members, which the alliance could not accept, a NATO official said.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'could not accept' }],
  },
  {
    name: '"Meeting Moscow\'s demand to … would divide the allies into two tiers, which the alliance cannot accept": a "which" on the whole clause that states the demand',
    text: "Meeting Moscow's demand to remove allied troops from the Baltic states would divide the allies into two tiers, which the alliance cannot accept, a NATO spokesman said.",
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'cannot accept' }],
  },
  {
    name: '"The Russian drafts, which Ottawa has labelled non-starters, would bar …": an aside on the drafts is the judge\'s position, not their content',
    text: 'The Russian drafts, which Ottawa has labelled non-starters, would bar Georgia from joining NATO.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'bar Georgia from joining' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'labelled non-starters' },
    ],
  },
  {
    name: '"…open-door policy, which Washington will defend": the verdict read in the direction of the words it is on',
    text: "Moscow denounces NATO's open-door policy, which Washington will defend.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'will defend' }],
  },
  {
    name: 'a denied plan for weapons taken up by a pronoun ("no plans to put them there") is openness',
    text: 'Moscow fears American missiles in Ukraine, but Washington has no plans to put them there.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'plans to' }],
  },
  {
    name: '"does not intend to station any in …" after the weapons were named',
    text: 'The Kremlin worries about missiles near its borders, yet Washington does not intend to station any in Ukraine.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'intend' }],
  },
  {
    name: 'trap: a plan not denied ("plans to put them there") is no openness',
    text: 'Moscow wants missiles out of Europe, and Washington plans to put them there.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: '"the terms" points back at what the drafts in the sentence before would do',
    text: "Moscow's draft treaties would stop Ukraine and Georgia from ever joining the alliance. Latvia's foreign minister dismissed the terms as plainly unacceptable.",
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'trap: "the terms of" something else is no pointer to the demands',
    text: "Moscow's draft treaties would stop Ukraine and Georgia from ever joining the alliance. Latvia's foreign minister called the terms of the gas contract unacceptable.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'draft treaties' }],
    none: [['baltic-states', NX]],
  },
  {
    name: '"those terms", "these terms" point back to the demands stated before',
    text: 'The Kremlin wants a pledge that NATO will take in no more members. Washington considers those terms non-starters.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' }],
  },
];

const traps: ReadingCase[] = [
  {
    name: 'trap: big powers or Moscow barred from choosing for smaller states is the own-choice principle, a refusal, not a support',
    text: 'Haavisto said great powers should not choose the alliances of their smaller neighbours.\nKallas said Moscow must not choose the security policy of the Baltic states.',
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'choose the alliances' },
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'choose the security policy' },
    ],
  },
  {
    name: 'trap: a verdict after an inserted relative clause judges the noun it hangs on, not a principle in the clause before',
    text: 'Anusauskas said no nation can be barred from choosing its alliances, and that the Russian demands, which he said were aimed at weakening the alliance, were unacceptable.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'choosing its alliances' }],
  },
  {
    name: 'trap: the same with an unowned noun before the relative clause ("the plan, which …, was unacceptable")',
    text: 'Kallas said every nation may choose its alliances, and that the plan, which she said was drafted in haste, was unacceptable.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'choose its alliances' }],
  },
  {
    name: 'a party that dropped or backed away from its own demand no longer holds it: it is open on it',
    text: 'By spring the Kremlin had quietly dropped its call for a freeze on NATO enlargement.\nLater Moscow backed away from its insistence that US missiles leave Europe.',
    expect: [
      { party: 'russia', demand: NX, stance: 'open', quote: 'dropped' },
      { party: 'russia', demand: MD, stance: 'open', quote: 'backed away' },
    ],
  },
  {
    name: 'a party refusing to drop its demand still holds it; urging it to drop its demand rejects the demand',
    text: 'Moscow has refused to drop its call for a freeze on NATO enlargement.\nThe allies urged Russia to abandon its demand that US missiles leave Europe.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its call' },
      // (The allies asking for it to go reject it; "missiles leave Europe" is the demand, not missiles.)
      { party: 'nato', demand: MD, stance: 'rejects', quote: 'abandon its demand' },
    ],
  },
  {
    name: 'trap: missiles put on the agenda or brought up are a topic, not weapons someone plans to place',
    text: 'Washington intends to put missiles on the agenda when the delegations meet. The State Department also plans to bring up missiles and the size of military drills.',
    expect: [],
    none: [['united-states', 'missile-deployment']],
  },
  {
    name: 'trap: confirming that no missiles are at a site reports a fact, not a refusal of the demand',
    text: 'Washington is confirming that no cruise missiles sit at the Aegis Ashore base in Poland.',
    expect: [],
    none: [['united-states', 'missile-deployment']],
  },
  {
    name: '"confirmed" with an object still reaffirms it: "confirmed the open-door policy"',
    text: "NATO foreign ministers confirmed the alliance's open-door policy on Friday.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'open-door policy' }],
  },
  {
    name: 'trap: ", which NATO foreign ministers discussed on Tuesday": a verb of talking in the relative clause is no verdict',
    text: 'The Kremlin wants the alliance to stop enlarging, which NATO foreign ministers discussed on Tuesday.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants the alliance to stop enlarging' },
    ],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "Russia\'s proposals, which NATO ambassadors discussed …, would bar …": no verdict on what the proposals ask',
    text: "Russia's proposals, which NATO ambassadors discussed on Wednesday, would bar Georgia from joining the alliance.",
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "…out of Romania, which joined the alliance in 2004": a relative clause on a place takes no stance',
    text: 'Moscow wants allied troops out of Romania, which joined the alliance in 2004.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'troops out of Romania' }],
    none: [['romania', RB]],
  },
  {
    name: 'trap: "Moscow\'s proposals, which the Kremlin calls essential …": the proposer judging its own proposals still supports them',
    text: "Moscow's proposals, which the Kremlin calls essential to its security, would bar Georgia from joining NATO.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'bar Georgia from joining' }],
  },
  {
    name: 'trap: ", which Paris does not reject out of hand": a negated verdict is no rejection (open, as "did not reject" reads)',
    text: 'The Kremlin wants the alliance to stop enlarging, which Paris does not reject out of hand.',
    expect: [{ party: 'france', demand: NX, stance: 'open', quote: 'does not reject out of hand' }],
  },
  {
    name: 'trap: "NATO turned down Moscow\'s request …, which Russia cannot accept": a "which" on a refusal is no refusal of the demand',
    text: "NATO turned down Moscow's request to withdraw troops from Romania, which Russia cannot accept.",
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's request" },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'turned down' },
    ],
  },
  {
    name: "trap: a demand's word talked about (\"never used the word 'Finlandization'\") is no position",
    text: "NATO met Russia. In Kyiv, the French president insisted he had never used the word 'Finlandization'.",
    expect: [],
    none: [['france', NX]],
  },
  {
    name: 'trap: "Asked on the flight to Moscow about …" is a reporter\'s question, not someone asked to do something',
    text: 'NATO met Russia. Asked on the flight to Moscow about a possible neutral status for Ukraine, the French president said it was one model among several.',
    expect: [],
    none: [['france', NX]],
  },
  {
    name: 'trap: a verb the ontology does not know acting on bare "missiles" ("plans to raise missiles") says nothing of deploying them',
    text: 'NATO and Russia will meet again. Washington plans to raise intermediate-range missiles at the next round.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'planning to deploy missiles is still the opposite of the missile demand',
    text: 'NATO and Russia will meet again. Washington plans to deploy intermediate-range missiles in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'plans to' }],
  },
  {
    name: 'trap: "admit or refuse" inside a demand\'s content is the alternative, not the speaker\'s refusal',
    text: 'Demands that NATO admit or refuse particular countries are out of place, the Ukrainian foreign minister told a think tank.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: troops pulled back "from the border with Ukraine" are the build-up\'s, not the rollback',
    text: 'The Kremlin set out what it wants by way of guarantees in return for pulling troops back from the border with Ukraine.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: asking Russia to pull back its own troops is not the pullback Russia demands of NATO',
    text: 'Finland wants Russia to pull back troops from its border with the Baltic states.',
    expect: [],
    none: [['finland', RB]],
  },
  {
    name: 'a verdict inside the first "that" clause does not reach a second one with a party of its own ("… was unacceptable and that Romania would keep hosting allied troops"); a cue that took the first "that" still governs the second',
    text: 'NATO met Russia. Bucharest said the Russian statement was unacceptable and that Romania would keep hosting allied troops.\nThe Kremlin demanded that NATO stop expanding and that it withdraw its forces from Romania.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'Kremlin demanded' }],
    none: [['romania', RB]],
  },
  {
    name: '"Among them are …" after a sentence that names no one\'s demands, and a party that returned documents: no one\'s demand',
    text: 'Talks resumed in Brussels. Several hard questions remain open. Among them are a ban on any further growth of NATO and limits on missiles.\nRussia returned the papers to the alliance, which says it will not stop expanding.',
    expect: [],
    // (The document states the proposer's demands and names it: only the weak document-level reading may.)
    noneButStated: [
      ['russia', NX],
      ['russia', MD],
    ],
  },
  {
    name: 'a refusal in a condition ("if the US and its allies turned down …", "should … turn down …") is nobody\'s position; the owner of the demands still holds them',
    text: 'Talks stalled in Geneva. Moscow said it would retaliate if the United States and its allies turned down its security demands, which include a withdrawal of NATO troops from Eastern Europe.\nThe Kremlin warned of a response should Washington and its partners turn down its call to keep strike missiles out of Europe.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'its security demands' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'its call' },
    ],
    none: [
      ['united-states', RB],
      ['united-states', MD],
      ['nato', RB],
    ],
  },
  {
    name: '"unacceptable to" a verb, not a party, names no judge; the owner of a demand never judges it unacceptable itself',
    text: "Talks resumed in Geneva. Moscow's demands are unacceptable to discuss in public, notably the pledge that NATO would never take in Ukraine, a columnist wrote.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'never take in Ukraine' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'a verb of describing in an aside ("which Moscow describes as …") is no act of the proposer\'s own, and "prices back where they stood" is not about forces',
    text: "Moscow described the alliance's enlargement as a danger to its safety.\nRussia and NATO met. Energy prices are back where they were in the 1990s, Lavrov said.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'enlargement' }],
    none: [['russia', RB]],
  },
  {
    name: '"Under it, …" with no draft just put out, and "Under pressure, …": no one\'s proposal',
    text: 'Russia and NATO traded accusations. Under it, the alliance would stop moving further east, a columnist imagined.\nUnder pressure, the alliance would take in no new members, some commentators guessed.',
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: force as violence ("threats to use force", "by force") is no forces to pull back',
    text: 'The alliance condemned Kremlin threats to use force against its neighbour.\nWarsaw warned that borders in Europe must never again be changed by force.',
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
      ['poland', RB],
    ],
  },
  {
    name: 'trap: "the two sides" after two meetings; a verdict on the proposer\'s own deployment; combat troops for Ukraine',
    text: "Macron met Putin in Moscow, and Scholz visited Kyiv.\nThe two sides said NATO's door must remain open.\nVilnius said Russia's deployment of short-range missiles in Kaliningrad was deeply destabilising.\nThe alliance will not deploy combat troops to Ukraine, Stoltenberg said.",
    expect: [],
    none: [
      ['russia', NX],
      ['baltic-states', MD],
      ['nato', RB],
    ],
  },
  {
    name: 'trap: "as opposed to" contrasts; a later noun item of a demand list is no one\'s position; a coordinated noun with its own object is no verdict',
    text: "We explained that Russian forces are on their own territory, as opposed to the British troops that are also stationed in the Baltics, and Boris Johnson said it is necessary to send troops to Romania.\nRussia has listed its demands, including the withdrawal of NATO's forward operating battalions from Poland, Estonia, Latvia, and Lithuania and explicit pledges that Ukraine will never join NATO.\nBerlin insists that some principles are not negotiable, such as the freedom to choose alliances and the rejection of force.",
    expect: [
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'send troops' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'forward operating battalions' },
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'freedom to choose alliances' },
    ],
    none: [['baltic-states', NX]],
  },
  {
    name: 'a negation whose apostrophe was mangled by a wrong decoding ("wonât") still negates; missile control treaties are arms control',
    text: 'NATO said it wonât close its door to new members.\nThe US and NATO replies urge Moscow to renegotiate missile control treaties.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'close its door' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'urge' },
    ],
  },
  {
    name: 'trap: arms control of another kind ("talks on conventional arms control") is not the missile demand',
    text: 'Washington turned down the demands, offering instead talks on conventional arms control in Europe.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a former office holder speaks for no party ("Former German chancellor …", "A former US ambassador to NATO …"), nor later by surname',
    text: 'Former German chancellor Gerhard Schroeder said NATO should stop expanding toward Russia.\nA former US ambassador to NATO said the alliance should keep its door open.\nSchroeder added that the West had ignored Moscow.',
    expect: [],
    none: [
      ['germany', NX],
      ['united-states', NX],
    ],
  },
  {
    name: "trap: a report the sentence calls false, or another side's allegation, is no position of the one it is about",
    text: 'Russian media wrongly reported that NATO had agreed to pull its troops out of Romania.\nMoscow claims the US plans to put strike missiles in Ukraine, something Washington denies.',
    expect: [],
    none: [
      ['nato', RB],
      ['united-states', MD],
    ],
  },
  {
    name: 'a past year opening the sentence dates every clause ("In 1990, Baker assured … that NATO would not move eastward" is historical); "not only unacceptable but also absurd" refuses',
    text: "In 1990, the US secretary of state assured Moscow that NATO would not move eastward.\nRomania's foreign ministry said Moscow's demand to remove allied forces was not only unacceptable but also absurd.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'supports', quote: 'assured', modality: 'historical' },
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'trap: a guarantee named by the adjective of a side that proposed nothing is one it would give ("Western guarantees ruling out expansion"), not its own demand',
    text: "Beijing backed Moscow's campaign for Western security guarantees ruling out NATO's eastward expansion.",
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: anti-tank and Javelin missiles sent to Ukraine are not the strike weapons of the missile demand',
    text: 'Lithuania says it will ship Stinger and anti-aircraft missiles to Kyiv.\nLatvia has pledged to send Javelin anti-tank missiles to Ukraine.',
    expect: [],
    none: [
      ['baltic-states', MD],
      ['ukraine', MD],
    ],
  },
  {
    name: "trap: after \"rejected the Kremlin's demands and decided to send troops\", the troops are the rejecter's act, neither side's stance on the pull-back",
    text: "The alliance rejected the Kremlin's demands and decided to send several thousand troops to its eastern flank.",
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: the party that "was asked to" pledge holds nothing it was asked',
    text: 'Washington was asked to halt any further NATO enlargement and pledge that Georgia will never join.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "trap (third probe): troops sent outside the demand's region, reluctance, a feared act, analysts' warnings and commentary are no positions",
    text: 'Moscow has demanded that NATO stop expanding.\nItaly will send 400 more troops to Mali.\nCanada is reluctant to send more troops to Romania.\nWarsaw fears that Washington will agree to limits on allied forces in the east.\nAnalysts warn that London may be tempted to accept limits on NATO enlargement.\nFor many historians, a ban on intermediate-range missiles in Europe would be a Russian victory.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded' }],
    none: [
      ['italy', RB],
      ['canada', RB],
      ['united-states', RB],
      ['uk', NX],
    ],
    // (The document states the proposer's demand and names it: only the weak document-level reading may.)
    noneButStated: [['russia', MD]],
  },
  {
    name: 'the demand noun in apposition governs ("its core demand, no further NATO expansion, had been ignored"); "alone to decide when …" is the open door',
    text: 'Although the Kremlin welcomed the offer of talks on missiles, it said its core demand, no further NATO expansion, had been ignored.\n"It is for Kyiv and the allies alone to decide when Ukraine is ready," Stoltenberg said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its core demand' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'alone to decide when' },
    ],
  },
  {
    name: 'trap: a question put to a party ("“Will Washington promise that Kyiv never joins NATO?” a reporter asked") states none of its positions',
    text: '"Will Washington promise that Kyiv never joins NATO?" a reporter asked.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'a plain denial with "could" is no conditional acceptance ("security could not be ensured by enlarging military blocs")',
    text: 'Wang Yi told Blinken that European security could not be ensured by enlarging military blocs.',
    expect: [{ party: 'china', demand: NX, stance: 'supports', quote: 'ensured' }],
  },
  {
    name: 'trap: "it alone decides how to organise its defence" is no open door (only deciding about joining is)',
    text: 'Asked about the Russian call for allied troops to leave, Sofia said it alone decides how to organise its defence.',
    expect: [],
    none: [['bulgaria', NX]],
  },
  {
    name: 'accusing the proposer of an aim ("accuses Moscow of seeking to push NATO troops out of Central Europe") opposes the aim',
    text: 'Warsaw accuses Moscow of seeking to push NATO troops out of Central Europe.',
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'accuses Moscow of seeking' }],
  },
  {
    name: 'trap: a part of a party ("some NATO member states are concerned about …") is not the party',
    text: '"Some NATO member states are worried about Ukraine joining," a Russian diplomat said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: the opposite named as a topic ("verification measures in relation to the Aegis Ashore sites") is no stance on the demand',
    text: 'Washington proposed transparency measures in relation to the Aegis Ashore sites in Poland and Romania.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'brushing aside "warnings against" the opposite refuses the demand ("ignored Russian warnings against applying for NATO membership")',
    text: "Helsinki ignored Russian warnings against applying for membership of NATO.\nVilnius brushed aside Moscow's warnings against hosting more allied troops in the Baltics.",
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'ignored' },
      { party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'brushed aside' },
    ],
  },
  {
    name: 'rejecting a claim that the opposite "threatens" someone refuses the demand, even when the claim\'s verb is itself a cue',
    text: "Washington dismissed claims that the open door threatens Russian security.\nThe US rejected the Kremlin's claim that American missiles in Europe threaten Russia.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'dismissed' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: 'trap: a promise told as broken is no position of the promiser',
    text: 'Moscow accused the alliance of breaking its promises not to expand to the east.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a past pledge the sentence calls a deception is no position of those who pledged',
    text: 'Peskov said Russia had been misled when Western leaders pledged that NATO would not grow eastward.',
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: an assurance followed by "a promise … broken" is a grievance',
    text: 'Lavrov said the alliance had assured Gorbachev it would not expand eastward, a promise he says was broken.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'a singular relative verb after "NATO and Ukraine" is the last name\'s, and stops at the clause\'s closing comma',
    text: 'Moscow, for its part, says it feels menaced by the closer links between NATO and Ukraine, which hopes to join the bloc, and by the chance that alliance missiles may be put there.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'hopes to' }],
    none: [
      ['nato', NX],
      ['nato', 'missile-deployment'],
      ['ukraine', 'missile-deployment'],
    ],
  },
  {
    name: 'trap: a plural relative verb after "Finland and Sweden" is not the last name\'s alone (read today as neither\'s)',
    text: 'Moscow says it is alarmed by the ties between Finland and Sweden, which both hope to join NATO.',
    expect: [],
    none: [
      ['sweden', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: what an opening "Asked whether …" question says of a party is the reporter\'s question, not its position',
    text: 'Asked whether the alliance would admit Ukraine in the near future, Stoltenberg said no.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"let no one decide for another country whether it may join" refuses the veto the demand asks for',
    text: 'The allies will let no one decide for another country whether it may join NATO, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'let no one' }],
  },
  {
    name: "applauding or praising another party for a decision takes the decision's stance, as welcoming it does",
    text: "Poland applauded the alliance for refusing to halt its expansion.\nKyiv praised NATO's decision to keep its door open.",
    expect: [
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'applauded' },
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'praised' },
    ],
  },
  {
    name: "a promise given today stays the promiser's position",
    text: 'Biden promised Putin on Tuesday that the United States would not deploy offensive strike missiles in Ukraine.',
    expect: [{ party: 'united-states', demand: 'missile-deployment', stance: 'supports', quote: 'promised' }],
  },
  {
    name: 'trap: what "the statement of X that …" says is X\'s, not the speaker\'s who reacts to it',
    text: 'Prime Minister Kiril Petkov spoke in parliament, reacting to the statement of Russian Foreign Minister Sergei Lavrov that the security guarantees sought by Moscow on the withdrawal of foreign troops also cover Bulgaria.',
    expect: [],
    none: [['romania', RB]],
  },
  {
    name: 'trap: the content of an unattributed statement is no one\'s ("responding to the statement that …")',
    text: 'Bulgarian President Rumen Radev spoke on Friday, responding to remarks that guarantees on the withdrawal of NATO troops from Bulgaria were needed.',
    expect: [],
    none: [['romania', RB]],
  },
  {
    name: 'trap: "NATO would have to agree to stop taking in members" is what a demand requires, not NATO\'s openness',
    text: 'Under the Russian terms, NATO would have to agree to stop taking in new members anywhere in Europe.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: "\"the alliance would have to agree to …\", said by no one, is the demand's one proposer's (once the article names it), not the alliance's",
    text: 'Moscow published its draft on Friday.\nThe alliance would have to agree to freeze its enlargement and to scale down its forces in Latvia and Lithuania.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'agree to',
        kind: 'proposer',
        voice: 'reported',
      },
      {
        party: 'russia',
        demand: RB,
        stance: 'supports',
        quote: 'agree to',
        kind: 'proposer',
        voice: 'reported',
      },
    ],
    none: [
      ['nato', NX],
      ['nato', RB],
      ['baltic-states', RB],
    ],
  },
  {
    name: 'trap: "troops deployed along the Ukrainian border" are a build-up, not forces a rollback would pull back',
    text: 'Washington and its NATO allies are concerned about the 100,000 troops deployed along the Ukrainian border.',
    expect: [],
    none: [
      ['united-states', RB],
      ['nato', RB],
    ],
  },
  {
    name: '"We do not want to slam the door on NATO\'s open door" refuses the demand',
    text: 'Sherman spoke after the talks.\n"We do not want to slam the door on NATO\'s open door policy," she told reporters.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'want' }],
  },
  {
    name: 'trap: a new verb after "and" ends the reach of a cue before it ("hammered NATO\'s unwillingness to respond, and accused the West of hiding behind the open door")',
    text: "Putin hammered NATO's unwillingness to respond to Russian concerns and accused Western powers of hiding behind the so-called open-door policy.",
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: '"unwilling to rule out membership for Ukraine" keeps the door open: a refusal of the demand',
    text: 'Leaked papers showed that US and NATO leaders are unwilling to rule out membership for Ukraine.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'unwilling to' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'unwilling to' },
    ],
  },
  {
    name: 'trap: "described the Russian requests as non-starters, in particular demands for …": the judges do not demand',
    text: 'Western officials described many of the Russian requests as non-starters, in particular demands for the removal of NATO forces from Eastern Europe.',
    none: [
      ['united-states', RB],
      ['nato', RB],
    ],
    expect: [],
  },
  {
    name: 'trap: "They suggest that NATO should commit to …" describes a proposal; it is not the speaker\'s demand',
    text: 'Psaki told reporters about the Russian drafts on Friday.\n"They suggest in particular that NATO should commit to not expanding any further," she said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "trap: the content of a report pushed back on is no one's position",
    text: 'The White House pushed back on a report that the administration was prepared to propose scaling back troop deployments in Eastern Europe.',
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: what follows "amid" is not the object of the verb before it',
    text: "Swedish minister says Russia 'threatens European security' amid calls to join NATO",
    expect: [],
    none: [['sweden', NX]],
  },
  {
    name: '"these calls violate NATO\'s open-door policy and are non-starters": the sayers refuse the calls',
    text: "Washington and NATO have said these calls violate the alliance's open-door policy and are non-starters.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'violate' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'violate' },
    ],
  },
  {
    name: '"these demands violate international law", "… undermine Europe\'s security": a demand noun breaching some other good is refused by whoever says so',
    text: 'Russia wants allied troops withdrawn from the Baltic states. These demands violate international law, the Polish foreign minister said. The Danish defence minister said such proposals undermine the security of the whole continent.',
    expect: [
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'violate international law' },
      { party: 'denmark', demand: RB, stance: 'rejects', quote: 'undermine' },
    ],
  },
  {
    name: 'trap: the breach denied ("do not violate"), or said by the proposer of its own demands, refuses nothing',
    text: "Russia wants allied troops withdrawn from the Baltic states. The Polish foreign minister said these demands do not violate any treaty. Lavrov said these demands violate nobody's security.",
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
    none: [['poland', RB]],
  },
  {
    name: '"will not allow anyone to slam the open door shut" refuses the demand',
    text: "The US insists it will not allow anyone to slam NATO's open door shut.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'allow' }],
  },
  {
    name: '"condemn efforts to limit the possibilities for Ukraine to join" condemns the demand',
    text: "The Baltic defence ministers condemned Russia's efforts to limit the possibilities for Ukraine and Georgia to join NATO.",
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'condemned' }],
  },
  {
    name: 'trap: "delivered their responses to the proposals for security guarantees, which include …": the responders hold no guarantee',
    text: 'On Wednesday the US and NATO handed Moscow their written answers to the "proposals for security guarantees", which include halting NATO enlargement and pulling troops and weapons back to the 1997 lines.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
      ['united-states', RB],
      ['nato', RB],
    ],
  },
  {
    name: '"Moscow released proposals for security guarantees which would …" are the presenter\'s',
    text: 'In December Moscow released proposals for security guarantees which seek to stop the alliance from growing eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantees' }],
  },
  {
    name: 'trap: a topic reported as "discussed" is no offer to negotiate the demand ("I discussed our contribution to NATO\'s Response Force and our presence in Romania"); the presence owned is a refusal',
    text: "Le Drian said: I also discussed France's contribution to NATO's Response Force and our presence in Romania.",
    // (Not openness; "our presence in Romania" is the minister's own, kept.)
    expect: [{ party: 'france', demand: RB, stance: 'rejects', quote: 'our presence', kind: 'first-person' }],
  },
  {
    name: 'trap: "Russia was deceived when they promised …": "they" is not the single party named before',
    text: 'Kallas said the Kremlin feels it was deceived in the 1990s, when they promised not to push NATO eastward.',
    // (The deceived one holds the promise as its grievance, reported; the promisers are not named.)
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'deceived', kind: 'named-proposer' }],
    none: [['baltic-states', NX]],
  },
  {
    name: '"prevent NATO from eastward advancement and deploying weapons" names both demands',
    text: 'Moscow expects binding guarantees that would prevent NATO from eastward advancement and deploying weapons near Russian borders.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'expects' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'expects' },
    ],
  },
  {
    name: 'trap: "its key demands" after "the US and NATO": "its" is one party, the one the demands belong to',
    text: 'The replies suggest the US and NATO are ready to talk about European security with Russia but disagree with its key demands that the alliance stop expanding.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its key demands' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'disagree with' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'disagree with' },
    ],
  },
  {
    name: 'a demand noun lists its items across "and": "its demands that the alliance stop expanding and go back to 1997"',
    text: 'Washington is ready for talks but disagrees with its demands that the alliance stop expanding and pull its forces back to where they stood in 1997, Moscow said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its demands' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'its demands' },
    ],
  },
  {
    name: 'trap: no one refuses their own demands (", with US officials rejecting its main demand …")',
    text: 'Russian officials pressed their case, with US and NATO officials firmly rejecting its main demand that NATO stop expanding.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its main demand' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejecting' },
    ],
  },
  {
    name: 'trap: the addressee in a demand\'s content holds nothing ("Moscow demanded NATO provide guarantees …")',
    text: 'Moscow demanded NATO provide guarantees that it would not take in any more members.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded NATO provide guarantees' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: an undertaking a draft puts in a party\'s mouth is not its position ("the treaties envisage NATO\'s pledge …")',
    text: "The two draft treaties envisage NATO's pledge to refrain from enlargement to the east.\nThe second text notes Washington's commitment to exclude the admission of Ukraine to the alliance.\nThe agreements also include the alliance's rejection of any eastward expansion.",
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "wants Biden\'s written guarantee on …": a guarantee asked of someone is not their position',
    text: "The Kremlin says Putin wants Biden's written guarantee on stopping NATO's eastward expansion.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: what side issues are "compared with" is not what the speaker agrees to discuss',
    text: 'Ryabkov told reporters the talks were hard.\n"They keep telling us yes, or agree to talk over side issues that are minor compared with the non-expansion of NATO," he said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'non-expansion' }],
    none: [['united-states', NX]],
  },
  {
    name: '"…, which Moscow considers to be a threat": "consider" judges there, it offers no talks',
    text: 'Blinken and Lavrov will discuss NATO plans to expand eastward, which Moscow considers to be a threat to its security.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'threat' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "Russia calling the Baltic states\' accession a mistake is absurd" judges Russia\'s act, not the accession',
    text: "Russia calling the Baltic states' accession to NATO a mistake is simply absurd, the Estonian president said.",
    expect: [],
    none: [['baltic-states', NX]],
  },
  {
    name: '"plans to bring to the table … limits on missile deployments" is openness',
    text: 'Blinken outlined what Washington plans to bring to the table this week, including limits on missile deployments.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'bring to the table' }],
  },
  {
    name: 'trap: "our initiative to work out these guarantees" drafts them; it is no offer of talks',
    text: 'Ushakov said the Chinese leader fully backs our initiative to work out these security guarantees for Russia, which would bar NATO from moving east.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantees' }],
  },
  {
    name: 'trap: "a pause in the talks" is no pause of expansion',
    text: 'Moscow demanded a pause in the talks with NATO after the alliance expanded its exercises.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "the deployment of troops" stays the rollback\'s; only a weapon after "of" moves it to missiles',
    text: 'Moscow wants NATO to halt the deployment of troops in Poland and the Baltic states.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'halt the deployment of troops' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: considering more troops for the east is no openness to the rollback',
    text: 'Should Russia attack again, the alliance would seriously consider moving more troops to its eastern members, officials said.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: "a consequence for a party's interests is no condition the party sets, but harm to them from the demand being met is its objection",
    text: "Finland's security policy would be badly damaged if the alliance agreed to stop enlarging, its defence minister warned.",
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'damaged', kind: 'possessor' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a cue before "or" does not govern the alternative after it',
    text: 'The Kremlin must now choose between a war over demands the West has rejected or the chance to negotiate missile limits offered by Washington.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offered by Washington' }],
  },
  {
    name: 'trap: a name inside a comma list in a prepositional phrase is not the subject ("the pact of the US, the UK and Australia")',
    text: 'Beijing and Moscow also criticised the pact between the United States, United Kingdom and Australia, and urged its members to keep deploying missiles out of the question.',
    expect: [],
    none: [['uk', MD]],
  },
  {
    name: 'trap: "missile defence" and "missile non-proliferation" are not strike weapons',
    text: 'Washington said it was ready to reinforce missile defence in Poland.\nBeijing urged all sides to honour their missile non-proliferation obligations.',
    expect: [],
    none: [
      ['united-states', MD],
      ['china', MD],
    ],
  },
  {
    name: 'trap: troops massed by Russia are no forces of the rollback demand',
    text: 'Western capitals say it is Russia that threatens its neighbour by massing more than 100,000 troops along the border with NATO members.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: a verdict with its own subject after "that" does not judge troops named earlier',
    text: 'Stoltenberg said he had visited U.S. troops stationed in Romania and that NATO remains the cornerstone of European security.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: "trap: rejecting a claim about the alliance's growth is no stance on the demand",
    text: 'The vice president rejected claims that NATO expansion had provoked the crisis.\nThe secretary general dismissed the notion that the enlargement of the alliance threatens Russia.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'rejecting a claim that states the demand is rejecting the demand',
    text: 'Stoltenberg rejected suggestions that the alliance must halt its enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected suggestions' }],
  },
  {
    name: 'trap: "a phone call on Friday" is no "call on" (support); "not on the agenda" only hedges',
    text: 'Berlin said after a phone call on Friday that NATO enlargement was not on the agenda.',
    expect: [{ party: 'germany', demand: NX, stance: 'unclear', quote: 'not on the agenda' }],
  },
  {
    name: 'a demand word after an adjective is a noun: "spoke about legal guarantees that …" takes no position',
    text: 'Biden spoke about legal guarantees that NATO would stop expanding, but made no promise.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: '"rejected calls for a reduction in" troops: the restriction reaches across "in"',
    text: 'The American envoy Wendy Sherman rejected Russian calls for a reduction in US troop numbers in Eastern Europe.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: '"refused to rule out" membership keeps it possible: no support for the demand, a rejection of it',
    text: 'Washington again refused to rule out eventual Ukrainian membership of NATO, Blinken said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused to rule out' }],
  },
  {
    name: '"did not rule out" membership stays unclear',
    text: 'Washington did not rule out eventual Ukrainian membership of NATO, Blinken said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'unclear', quote: 'rule out' }],
  },
  {
    name: 'refusing to rule out the demand itself, or a noun holding the demand’s words, is no rejection',
    text: 'The alliance refused to rule out a moratorium on new missile deployments in Europe.',
    expect: [{ party: 'nato', demand: MD, stance: 'unclear', quote: 'refused to rule out' }],
    // "missile deployments" are the missile demand's, not a rollback of forces.
    none: [['nato', RB]],
  },
  {
    name: 'the addressee inside the content of a demand holds no position',
    text: "Putin's central demand, that NATO give guarantees that it will never take Ukraine in as a member, stands.",
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'a negated deployment verb after the weapons states the demand',
    text: 'Moscow insists that American strike weapons will not be deployed near its borders.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'insists' }],
    none: [['russia', NX]],
  },
  {
    name: 'the proposer criticising a pledge is not rejecting its own demand',
    text: "Moscow criticised the alliance's promise not to expand, calling it empty words.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'empty words', kind: 'named-proposer' },
    ],
  },
  {
    name: 'ideas put forward about a topic ("suggestions related to … the placement of missiles") refuse nothing: an offer to talk',
    text: 'Sherman said her negotiators put forward suggestions related to the size of military exercises and the placement of missiles.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'put forward suggestions' }],
  },
  {
    name: 'trap: the content of a proposal ("a proposal according to which the alliance would not offer … membership") is the proposer\'s, not the alliance\'s',
    text: 'Days ago, the Russian government gave NATO a proposal according to which the alliance would not offer membership to Ukraine or other former Soviet republics.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'proposal according to which' }],
    none: [['nato', NX]],
  },
  {
    name: 'members that have joined the alliance are no demand',
    text: 'France said countries that have joined NATO since 1997 will keep their full rights.',
    expect: [],
    none: [['france', RB]],
  },
  {
    name: 'calling the opposite unacceptable is support',
    text: 'Moscow calls continued NATO enlargement unacceptable.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'unacceptable' }],
  },
  {
    name: 'standing by the opposite is rejection',
    text: 'London stands by NATO’s open door.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'stands by' }],
  },
  {
    name: '"refusal to expand" is the demand, not a cue',
    text: 'Russia wants a formal refusal by NATO to expand eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'refusal' }],
  },
  {
    name: '"abandon plans for expansion" is the demand',
    text: 'The Kremlin urged NATO to abandon its plans for further expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'abandon its plans' }],
  },
  {
    name: 'rejecting a call to abandon the open door',
    text: 'Washington rejected calls to abandon NATO’s open-door policy.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected calls' }],
  },
  {
    name: 'refusing to halt',
    text: 'The alliance refused to halt its eastward enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'refused to halt' }],
  },
  {
    name: 'a double negative on the opposite',
    text: 'NATO will not close its door to new members, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'close its door', voice: 'own' }],
  },
  {
    name: 'not wanting expansion is support',
    text: 'Russia does not want the alliance to expand toward its borders.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'does not want' }],
  },
  {
    name: 'worrying about deployments is support for their limit',
    text: 'Moscow is worried about the deployment of US strike missiles in Poland and Romania.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'worried about' }],
  },
  {
    name: 'a party named as the one who would expand is not a holder',
    text: 'Russia demands guarantees that NATO will not expand eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands guarantees' }],
    none: [['nato', NX]],
  },
  {
    name: 'a party named as the one who would join is not a holder',
    text: 'The Kremlin insists that Ukraine and Georgia never join NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insists' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'an addressee is not a holder',
    text: 'Lavrov told Blinken that Russia wants a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Lavrov told Blinken' }],
    none: [['united-states', NX]],
  },
  {
    name: 'a party’s plans in a relative clause describe members',
    text: 'Moscow wants no US forces in countries which joined NATO after 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'after 1997' }],
    none: [['russia', NX]],
  },
  {
    name: '"did not reject" the demand is openness, never support; a proposer backing talks on its own demand supports it (was: open)',
    text: 'Paris did not reject the idea of a freeze on NATO enlargement.\nMoscow backs talks on a freeze of NATO enlargement.\nWashington refused to rule out new missile deployments in Europe.',
    expect: [
      { party: 'france', demand: NX, stance: 'open', quote: 'did not reject' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'backs talks' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'refused to rule out' },
    ],
  },
  {
    name: 'an if-clause condition is not the position of the party in it',
    text: 'Putin said he would stand down if NATO guaranteed an end to its expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'if NATO guaranteed' }],
    none: [['nato', NX]],
  },
  {
    name: 'reciprocity turns acceptance into openness',
    text: 'Washington would accept mutual limits on strike missiles in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'mutual limits' }],
  },
  {
    name: 'the proposer holding firm on the topic',
    text: 'Russia will make no concessions on NATO expansion, Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'no concessions', voice: 'own' }],
  },
  {
    name: 'another party holding firm on the same topic',
    text: 'Washington will make no concessions on NATO expansion, Blinken said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no concessions', voice: 'own' },
    ],
  },
  {
    name: 'talks about the topic are no position',
    text: 'Ryabkov said the talks on NATO expansion ran for eight hours.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a question after "talk about" is the topic of the talks, not where the speaker wants missiles',
    text: 'Sherman told reporters Washington had proposed meeting again soon to talk about where missiles are based.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "make their own choices" needs the alliance near it to be the open door',
    text: 'Russia said voters in Moldova should make their own choices.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: the proposer as the object of another party\'s verb ("left Moscow in no doubt") holds nothing',
    text: 'Ukraine is on its way to joining NATO, and Washington has left Moscow in no doubt about it.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a door open for talks is no open door to members',
    text: 'Peskov said: "Our door remains open for talks with Washington."',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'an addressee glad that the proposer let its demand go was against it: it rejects the demand',
    text: 'The allies drew encouragement from signs that the Kremlin had let go of some of its demands, among them a halt to NATO enlargement.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'encouragement' },
      { party: 'russia', demand: NX, stance: 'open', quote: 'let go of' },
    ],
  },
  {
    name: 'an addressee heartened that the proposer no longer asks for its demand rejects it',
    text: 'A State Department official said Washington was heartened that Moscow is no longer asking for a ban on NATO expansion.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'heartened' }],
  },
  {
    name: 'trap: a third party glad of the proposer letting go is no party to the demand',
    text: 'Beijing drew encouragement from signs that the Kremlin had let go of some of the demands, among them a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'open', quote: 'let go of' }],
    none: [['china', NX]],
  },
  {
    name: 'trap: an addressee not encouraged, or glad of something else before a contrast, takes no stance',
    text: 'Paris was not encouraged by signs that the Kremlin had let go of some of its demands, among them a halt to NATO enlargement.\n\nBerlin welcomed the talks, but the Kremlin had let go of some of its demands, among them a halt to NATO enlargement.',
    expect: [],
    none: [
      ['france', NX],
      ['germany', NX],
    ],
  },
];

const lists: ReadingCase[] = [
  {
    name: 'an item of a listed demand saying "give up" ("… unmet: that NATO give up growing, …") is the demand, not the owner giving it up',
    text: "The minister told reporters that Moscow's core demands remained unmet: that NATO give up growing eastward, and that no attack missiles be based close to Russia.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'give up growing' },
      { party: 'russia', demand: MD, stance: 'supports', quote: "Moscow's core demands" },
    ],
  },
  {
    name: 'a later item after a colon with "taking … back to …" (a particle, not the verb "to back")',
    text: "Washington ignored the central points of the Russian draft: ending NATO's growth, and taking allied forces, aircraft and arsenals back to their 1997 positions.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian draft' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Russian draft' },
    ],
  },
  {
    name: 'trap: "sent the jets back to …" backs no one',
    text: 'Copenhagen sent four fighter jets back to Lithuania to guard Baltic airspace.',
    expect: [],
    none: [['denmark', RB]],
  },
  {
    name: 'a verdict before a demand noun reaches its items after ", among them"',
    text: "London rejected the Russian demands, among them an end to the alliance's enlargement.",
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'rejected the Russian demands' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian demands' },
    ],
  },
  {
    name: '", chief among them …" lists the owner\'s demands like ", among them …"',
    text: "The Kremlin restated its demands, chief among them a halt to NATO's eastward expansion.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'its demands' }],
  },
  {
    name: '"Among the conditions it set out was …" after a party\'s demands: an item of its list',
    text: 'Moscow sent Washington its written demands. Among the conditions it set out was the departure of all American troops from the Baltic states.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Among the conditions it set out was' },
    ],
  },
  {
    name: "\"Under the text handed to the Americans, …\": the draft's content is the proposer's, not the addressee's offer",
    text: 'Russia sent its proposals last week. Under the text handed to the Americans, Washington would pledge to stop the alliance from expanding further east.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'stop the alliance from expanding further' },
    ],
    none: [['united-states', NX]],
  },
  {
    name: '"set out what it wants by way of guarantees" names the owner of the list that follows',
    text: 'The Russian foreign ministry set out what it wants by way of "security guarantees" from the West. Chief among them is a pledge that Georgia will never be admitted to NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'among them is a pledge' }],
  },
  {
    name: '"Among the demands Putin is pushing is …" after another demand of his: its own item, not a reference back',
    text: 'The NATO-Russia Council last met over Moscow\'s insistence that allied troops leave eastern Europe.\n\n"We are worried," Stoltenberg said.\n\nRussia has massed soldiers near Ukraine but denies planning an attack. Among the security demands President Vladimir Putin is pushing is a bar on Georgia ever joining NATO.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's insistence" },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'bar on Georgia ever joining' },
    ],
  },
  {
    name: '"Under the first, …" after two drafts were published: the first draft\'s content is the proposer\'s',
    text: 'The Kremlin made public two draft agreements. Under the first, Washington would undertake to stop NATO from moving further east.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'stop NATO from moving further east' },
    ],
    none: [['united-states', NX]],
  },
  {
    name: '"Topping the list is …" after a sentence naming a party\'s demands: the first item is its demand',
    text: 'The Kremlin has handed Washington a set of security proposals. Topping the list is a binding promise by the alliance never to admit Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Topping the list is' }],
  },
  {
    name: 'trap: "Topping the list is …" with no owner of a list before it gives no one a stance',
    text: 'The ministers spent the morning on energy prices. Topping the list is a pledge that Georgia will never join the alliance.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"…, together with the pullout of …" adds one more item to the owner\'s demands',
    text: 'Moscow has published its demands. First on the list is a pledge that NATO will not take in Ukraine, together with the pullout of allied troops from the Baltic states.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'First on the list is' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'First on the list is' },
    ],
  },
  {
    name: '"refused Moscow\'s central demands: a formal promise that …, and a pullback of …": the item\'s own noun is no cue; the verdict and the owner govern every item',
    text: "Talks resumed in Brussels. The allies stood together in turning down Moscow's main demands: a written promise that Georgia will never be admitted to NATO, and a withdrawal of allied troops from Eastern Europe.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's main demands" },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's main demands" },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turning down' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'turning down' },
    ],
  },
  {
    name: '"Among them are A and B." after a sentence naming a party\'s demands: the items are its demands',
    text: 'Talks resumed in Brussels. Moscow has put a long list of demands to the West. Among them are a ban on any further growth of NATO and on allied military activity in states that joined after 1997.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Among them are' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Among them are' },
    ],
  },
  {
    name: '"its security demands, which further include …" after earlier demands of the same party: the list spells out the noun, it does not point back',
    text: "Putin's latest call for guarantees, among them a pledge that NATO will never admit Georgia, grew out of the 2014 crisis, the minister argued.\nRussia on Tuesday threatened a swift answer should the West reject its security demands, which further include a pullback by NATO of the troops it has stationed in former Warsaw Pact countries.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Putin's latest call" },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'its security demands', kind: 'possessor' },
    ],
    none: [
      ['united-states', RB],
      ['nato', RB],
    ],
  },
  {
    name: '"the Russian demands are unacceptable, among them the call to …": the items are the owner\'s demands and the judge\'s verdict',
    text: "Allied envoys met in Brussels. The allies say several of the Russian demands are out of the question, among them the call to cut the alliance's activities back to where they stood in the 1990s and a pledge to admit no new members.",
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'where they stood in the 1990s' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'admit no new members' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'admit no new members' },
    ],
  },
  {
    name: 'a verdict on a party\'s demands reaches the items after ", among them"',
    text: "The allies say several Russian demands are unacceptable, among them a freeze on the alliance's enlargement.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'after a colon, "something that X rejects" judges what the clause before named',
    text: 'Moscow wants NATO to stop taking in new members: something that Berlin firmly rejects.',
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'rejects' }],
  },
  {
    name: "a verdict on a party's demand noun that opens a list after a colon covers the items too",
    text: "London has flatly rejected the Kremlin's central requests: that the alliance withdraw its battlegroups from the Baltic states, and that Kyiv never be admitted to the alliance.",
    expect: [
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'rejected' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'requests' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'requests' },
    ],
  },
  {
    name: '", and demanding that Ukraine and other former Soviet states be kept out of NATO": names joined by "and" do not end the cue\'s reach',
    text: 'Last month the Russian foreign ministry put forward draft treaties, proposing that both sides scale back drills that could be seen as threatening, and demanding that Ukraine and other former Soviet states be kept out of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanding' }],
  },
  {
    name: '"X\'s demands, which include A and B, were rejected by …" and "…, have been dismissed by the allies"',
    text: "Moscow's demands, which include an end to NATO enlargement and a pullback of allied forces from eastern Europe, were turned down by Washington.\nThe Kremlin's proposals, including a ban on new members joining the alliance, have been dismissed by the allies.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demands, which include" },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's demands, which include" },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'have been dismissed by the allies' },
    ],
  },
  {
    name: '"…; these include demands to …": the demands of the proposal named before',
    text: '“On Wednesday Moscow tabled the draft it had published in December; these include demands to admit no new members to NATO and to pull allied forces out of eastern Europe,” the secretary general said.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'these include demands' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'these include demands' },
    ],
  },
  {
    name: 'the owner named before "demands include" decides, not the last speaker',
    text: "The US secretary of state briefed reporters on Wednesday.\nMoscow's security demands include a halt to NATO enlargement and a pullback of allied troops from eastern Europe.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's security demands include" },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's security demands include" },
    ],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: 'a relative clause describing one item ("systems that threaten us") does not govern the next item',
    text: "Moscow's three core demands — an end to NATO enlargement, the non-deployment of strike systems that menace Russia near its borders, and the return of allied infrastructure to where it stood in 1997 — were all turned down by Washington.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's three core demands" },
      { party: 'russia', demand: MD, stance: 'supports', quote: "Moscow's three core demands" },
      { party: 'russia', demand: RB, stance: 'supports', quote: "Moscow's three core demands" },
    ],
  },
  {
    name: 'a new subject after a comma is not the object of the demand before it ("…a NATO member, Putin demanded …")',
    text: 'Besides his insistence that Georgia never be made a NATO member, Putin demanded that the US and its allies withdraw troops and missiles from eastern Europe.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Putin demanded' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'Putin demanded' },
    ],
  },
  {
    name: '"…, both of which London has called unacceptable": a pointer back takes every demand before it',
    text: 'Moscow wants a pledge that Georgia will never be admitted to NATO and that allied forces leave the Baltic states, both of which London has called unacceptable.',
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: '"…, demands that Paris has made clear are non-starters"',
    text: 'The Kremlin seeks a written promise that the alliance will halt its expansion, demands that Paris has made clear are non-starters.',
    expect: [{ party: 'france', demand: NX, stance: 'rejects', quote: 'non-starters' }],
  },
  {
    name: '"These include A, B, and C" after a sentence in which a party handed over its demands',
    text: 'In December Moscow handed Washington and the allies a list of demands. These include a freeze on NATO enlargement, the pullback of allied troops from Eastern Europe, and a ban on strike missiles near Russian territory.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'These include' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'These include' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'These include' },
    ],
  },
  {
    name: '"These include …" past a source or a short adverbial that opens the sentence ("According to a British broadcaster, these include …")',
    text: 'Moscow has set out several conditions for pulling its troops back. According to a British broadcaster, these include stopping the alliance from taking in new members. In particular, they include a pullback of allied forces from the east.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'these include' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'they include' },
    ],
  },
  {
    name: 'trap: an adverb that judges ("Curiously, these include …") is no opening to skip: what follows is not read as the list',
    text: 'Moscow has set out several conditions for pulling its troops back. Curiously, these include nothing about NATO enlargement.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "These include" after a sentence that named no party\'s demands',
    text: 'The talks in Geneva lasted eight hours. These include a freeze on NATO enlargement.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"X\'s demands include A, B, and C": every item of the list is the owner\'s',
    text: 'The Kremlin’s proposals include an end to NATO enlargement, the pullback of allied troops from Eastern Europe, and a ban on strike missiles near Russian territory.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'pullback of allied troops' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'ban on strike missiles' },
    ],
  },
  {
    name: 'trap: ", and NATO rejected …" starts a clause of its own, not an item of a list',
    text: 'Washington’s offer includes talks on missile limits, and NATO rejected any pullback of allied troops from Eastern Europe.',
    // The offer itself is Washington's openness on missiles; NATO's rejection does not reach back to it.
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'NATO rejected' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'offer includes talks' },
    ],
    none: [['nato', MD]],
  },
  {
    name: "a demand noun after a possessive is a noun: the list after its colon is the owner's, not the speaker's",
    text: 'Sullivan said Washington had not moved on Moscow’s central requests: that the allies pull back their forces from Eastern Europe, and that Georgia be barred from joining the alliance.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'central requests' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'central requests' },
    ],
    none: [
      ['united-states', RB],
      ['united-states', NX],
    ],
  },
  {
    name: 'a hyphen between spaces is a dash: the list between two of them is the subject of what follows',
    text: 'Beijing’s three core demands - a halt to NATO enlargement, the non-deployment of strike systems near China, and a pullback of allied forces to the 1997 lines - were all turned down by Washington.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down by Washington' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'turned down by Washington' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'turned down by Washington' },
    ],
  },
  {
    name: 'a predicate clause after a list of demands judges every item, for the party speaking',
    text: '“Calls to stop admitting new members to NATO, to withdraw allied troops from the Baltics, are simply unacceptable,” the German foreign minister said.',
    expect: [
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'simply unacceptable' },
      { party: 'germany', demand: RB, stance: 'rejects', quote: 'simply unacceptable' },
    ],
  },
  {
    name: 'a bare "troops" in such a list is too loose to judge by the verdict; the proposer naming it holds its demand',
    text: '“Plans for allied troops in the Baltics, and for a bigger NATO presence, are unacceptable,” the Russian envoy said.',
    // (The list is not read through "unacceptable"; the proposer naming NATO's presence holds its demand.)
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'unacceptable', kind: 'named-proposer' },
    ],
    none: [['nato', RB]],
  },
  {
    name: 'bulleted lines after "the Russian proposals come down to these points:" are the proposer\'s items',
    text: 'Put briefly, the Russian proposals come down to these points:\n\n- No more expansion of NATO, and no membership for Georgia.\n\n- No shorter-range missiles anywhere they could strike the other side.\n\nThe alliance will reply in writing.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'No more expansion of NATO',
        voice: 'reported',
      },
      {
        party: 'russia',
        demand: MD,
        stance: 'supports',
        quote: 'No shorter-range missiles',
        voice: 'reported',
      },
    ],
  },
  {
    name: "trap: a list opened by another party's sentence gives the proposer nothing",
    text: 'Stoltenberg set out what the allies would offer:\n\n- talks on arms control;\n\n- more transparency about exercises.',
    expect: [],
    none: [
      ['russia', MD],
      ['russia', NX],
    ],
  },
  {
    name: '"…are not acceptable, among them a pledge to admit no new members": the item\'s own noun is no attitude; the verdict covers it',
    text: 'The allies say many of the Russian demands are not acceptable, among them a pledge to admit no new members.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not acceptable' }],
  },
];

const background: ReadingCase[] = [
  {
    name: 'a link to another article pasted with the text ("READ MORE: …", "Related: …") is no part of this one',
    text: 'Moscow wants NATO to stop expanding.\nREAD MORE: Biden says the alliance will never close its door\nRelated | Stoltenberg rules out any halt to enlargement\nThe talks ended without agreement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "related:" inside a sentence is no link label',
    text: 'Lavrov said the two questions were related: the alliance must halt its expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must' }],
  },
  {
    name: 'history of the Founding Act is no position',
    text: 'The Founding Act was signed in 1997, when NATO had sixteen members.',
    expect: [],
    none: [
      ['nato', RB],
      ['nato', NX],
      ['russia', RB],
    ],
  },
  {
    name: 'a date line and a headline are no position',
    text: 'MOSCOW, Jan. 14 (Reuters) - NATO expansion talks\nRussian and American diplomats met again.',
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    // (Changed in s35: it read the West's historical support; a promise another side dates to history
    // is that side's claim, not the West's position.)
    name: "a historical promise, told by Russia, is Russia's claim, not the West's stance (s35)",
    text: 'In 1990 the West promised Moscow that NATO would not move one inch east, Putin says.',
    published: '2022-01-20',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'one inch east' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
];

describe.each([
  ['references', references],
  ['traps', traps],
  ['background', background],
  ['lists', lists],
])('%s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

describe('unclassified mentions and wire copies', () => {
  it('keeps a sentence naming a party and a demand without a cue as an unclassified mention', () => {
    const m = derive('Sherman and Ryabkov spent the morning on NATO enlargement.');
    const cell = m.cells.find((c) => c.party === 'united-states' && c.demand === NX)!;
    expect(cell.stance).toBe('none');
    expect(cell.mentions.map((x) => x.partyMatch)).toEqual(['Sherman']);
    expect(cell.mentions[0]!.quote).toContain('NATO enlargement');
  });

  it('counts one wire sentence carried by several outlets as one source', async () => {
    const { deriveMatrix } = await import('../derive-matrix');
    const { doc, seedOntology } = await import('../test-support/seed-corpus');
    const wire = 'Moscow has demanded legally binding guarantees that NATO will not expand further east.';
    const m = deriveMatrix(
      [
        doc('ap-copy-1', wire, { published: '2022-01-20' }),
        doc('ap-copy-2', wire, { published: '2022-01-20' }),
        doc('ap-copy-3', wire, { published: '2022-01-21' }),
        doc('other', 'Russia insists that Ukraine never join NATO.', { published: '2022-01-22' }),
      ],
      seedOntology(),
    );
    const cell = m.cells.find((c) => c.party === 'russia' && c.demand === NX)!;
    expect(cell.citations).toHaveLength(4);
    expect(cell.sources).toBe(4);
    // Three copies of one sentence vote once: the cell's confidence is that of two sources, not four.
    const twoSources = deriveMatrix(
      [
        doc('ap-copy-1', wire, { published: '2022-01-20' }),
        doc('other', 'Russia insists that Ukraine never join NATO.', { published: '2022-01-22' }),
      ],
      seedOntology(),
    ).cells.find((c) => c.party === 'russia' && c.demand === NX)!;
    expect(cell.confidence).toBe(twoSources.confidence);
  });
});

/** Precision: constructions that used to give a party a stance it does not hold. */
const precision: ReadingCase[] = [
  {
    name: 'critics of a party speak for no party, and what a party "should have" done is no position of it',
    text: 'Critics of the administration argue that Biden should have refused any talks on missiles. Stoltenberg said the allies could have turned down talks on arms control but chose to engage.',
    expect: [],
    none: [
      ['united-states', MD],
      ['nato', MD],
    ],
  },
  {
    name: 'trap: officials of a party still speak for it, and "should" alone is a demand',
    text: 'Officials of the Russian foreign ministry said NATO should halt its expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'should' }],
  },
  {
    name: '"would let no one slam the door shut": a permission given to no one refuses the demand',
    text: "The talks went on.\nThe American envoy said her country would let no one slam the alliance's door shut.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'let no one' }],
  },
  {
    name: '"won\'t allow anyone to decide who joins": an outsider\'s say over membership is the veto refused',
    text: "The talks went on.\nThe State Department said Washington won't allow anyone to decide who joins the alliance.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'allow' }],
  },
  {
    name: '"would let no one dictate whether Georgia joins" still refuses the demand',
    text: 'The talks went on.\nBlinken said the United States would let no one dictate whether Georgia joins NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'let no one' }],
  },
  {
    name: 'trap: Moscow letting no one deploy missiles near it still wants the missiles kept away',
    text: 'The talks went on.\nRussia will let no one put strike missiles near its borders, Peskov said.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'let no one' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "… refused to bar Ukraine for good": the country barred is the object, not a party to the refusal',
    text: "The talks went on.\nThe written answers from Washington and the alliance gave nothing on the Kremlin's main demands. They repeated that membership remains open, refused to bar Ukraine for good, and said the troops would stay.",
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: the year countries joined, in a remark about them, is history, not the rollback',
    text: 'The talks went on.\nLavrov remarked that the nations that joined NATO after 1997 have since grown into loyal members.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'the same year phrase with a pullout demanded is the rollback',
    text: 'The talks went on.\nLavrov said NATO must pull its forces out of the states which joined after 1997.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'must' }],
  },
  {
    name: "trap: a refusal sourced to a text the Kremlin released is the refuser's, not a Russian grievance",
    text: 'The talks went on.\nAmong the papers the Kremlin released, the alliance will not abandon its open door.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will not' }],
    none: [['russia', NX]],
  },
  {
    name: "trap: being ready to hear Moscow's worries about enlargement is no openness to the demand",
    text: "The talks went on.\nThe White House is ready to discuss Moscow's concerns about NATO enlargement, an aide said.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'concerns about' }],
    none: [['united-states', NX]],
  },
  {
    name: 'a headline saying "back off" does not silence the proposer stating its demands later',
    text: "Washington tells Moscow to back off at the border\n\nIn the Kremlin's readout, Putin told Scholz that the West had ignored Russia's key concerns, among them \"halting NATO expansion, not deploying strike weapons near Russia's borders\" and a pullback of allied forces.",
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'not deploying strike weapons' }],
  },
  {
    name: 'a transcript\'s spoken "— quote —" does not part "promised not to send" from the weapons it names',
    text: 'The talks went on.\nA Kremlin aide told state television that President Biden had promised not to send — quote — "offensive weapons" into Ukraine.',
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'promised' }],
  },
  {
    name: 'trap: a pledge asked of the addressee ("an American pledge that …"), not made by it, is no concession',
    text: 'Lavrov admitted that Moscow had won none of its main goals, among them an American pledge that the alliance would admit no new members.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a proposer described by what it is ("Putin is a bully …"), in a clause apart from the demand\'s words, holds none of them',
    text: 'Putin is a bully who must be stood up to, but the alliance was hasty in dangling its enlargement before Georgia. The alliance floated its eastward expansion far too early, and Putin is a bully who exploits every slip. Washington could commit to deploy no missiles in Ukraine, the columnist wrote, and Putin is a gambler.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'commit to' }],
    none: [
      ['russia', NX],
      ['russia', MD],
    ],
  },
  {
    name: 'a proposer described in the same clause as the demand\'s words still holds them ("a leader who fears the eastward expansion")',
    text: 'Putin is a leader who fears the eastward expansion of NATO.',
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'eastward expansion',
        kind: 'named-proposer',
      },
    ],
  },
  {
    name: 'trap: a headline\'s label naming its source ("Lavrov: …") does not make the proposer hold the opposite another party restated',
    text: "Lavrov: the Pentagon chief restated Washington's line on every country's freedom to choose its alliances",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'restated' }],
    none: [['russia', NX]],
  },
  {
    name: "a headline's label naming the proposer, over its own demand, is its statement",
    text: 'Lavrov: the alliance must stop its eastward expansion',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must' }],
  },
  {
    name: 'trap: a party an obligation is put on across an aside ("Finland, likewise, must stay free to …"), with no one saying it, holds nothing',
    text: 'Finland, likewise, must stay free to apply for membership if it ever wants to.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'an obligation across a speaker\'s tag ("The alliance, Stoltenberg said, must keep …") is the speaker\'s',
    text: 'The alliance, Stoltenberg said, must keep its door open to new members.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'must' }],
  },
  {
    name: 'trap: a name inside the "that" clause of "the fact" is not the subject of the verb after that clause',
    text: 'The fact that Finland is not applying to NATO this year does not rule out its joining later, the Kremlin spokesman said.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'the same verb with the party as its own subject is its position',
    text: 'Finland does not rule out joining NATO later, its president said.',
    expect: [{ party: 'finland', demand: NX, stance: 'unclear', quote: 'rule out' }],
  },
  {
    name: 'trap: a name inside an embedded question ("say how soon Ukraine could join") is not the subject of the conjunct after the comma',
    text: 'The letter will not say how soon Ukraine could join the alliance, nor signal any flexibility on the open-door policy.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: "a later conjunct with its own subject after an embedded question is that subject's",
    text: 'The envoys asked how soon Ukraine could join the alliance, and Kuleba rejected any limit on the open-door policy.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: "its" inside a relative clause with a subject of its own ("which Moscow has tied to its push") is that subject\'s, not a name before the clause',
    text: 'She condemned the conditions, chiefly where Ukraine is concerned, which Moscow has tied to its push for a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'its push' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'a relative clause closed before "its" leaves the pronoun to the main subject ("Ukraine, which the Kremlin has singled out, would keep up its push")',
    text: "Kyiv's envoy said Ukraine, which the Kremlin has singled out, would keep up its push for membership of the alliance.",
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'its push' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a writer\'s aside "It should be noted that Russia had demanded …" is no obligation held by whoever spoke before; the proposer still holds its demand',
    text: '"We will not bend on our principles," Stoltenberg told reporters. The reply was delivered by an envoy. It should be noted that Russia had demanded that the alliance\'s presence, in the form of troops stationed and weapons placed in eastern Europe, be reversed.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'It should be noted' }],
    none: [
      ['nato', RB],
      ['nato', MD],
    ],
  },
  {
    name: 'a verdict inside such an aside ("It should be noted that the alliance rejects …") is still read',
    text: '"We will not bend," Stoltenberg told reporters. It should be noted that the alliance rejects any limit on its open door.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejects' }],
  },
];

describe('precision: readings that are no position', () => {
  it.each(precision.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

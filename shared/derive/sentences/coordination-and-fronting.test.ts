/**
 * Constructions around the clause rather than inside the demand: a speaker named by a nationality and
 * "counterpart", a relative "who said" after a name in apposition, a pronoun speaker after a fronted
 * adverb or phrase, a second verb coordinated by "but"/"and" with an object of its own, and
 * "critical of" as a judgement, a negated future passive ("troops will not be withdrawn") as the
 * speaker's refusal.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const counterparts: ReadingCase[] = [
  {
    name: '"his American counterpart replied …": a nationality with "counterpart" names the speaker\'s party',
    text: 'Ryabkov met the press in Geneva. His American counterpart replied that Washington would let nobody decide for a neighbour whether it may join NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'let nobody decide' }],
  },
  {
    name: 'trap: "his counterpart" with no nationality names no party',
    text: 'Ryabkov met the press in Geneva. His counterpart replied that nobody could be denied a seat at the table.',
    expect: [],
    none: [
      ['united-states', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"remarks by his German counterpart, <name>, who said …": the relative clause is said by the one it follows, not by the sentence\'s subject',
    text: "Kuleba, Ukraine's foreign minister, answered remarks by his German counterpart, Annalena Baerbock, who had said on television that Ukraine's membership of NATO was not currently on the agenda.",
    expect: [{ party: 'germany', demand: NX, stance: 'unclear', quote: 'not currently on the agenda' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: the same with an office the ontology knows ("the German minister, <name>, who said …") is not the subject\'s either',
    text: "Kuleba, Ukraine's foreign minister, answered remarks by the German minister, Annalena Baerbock, who said on television that Ukraine's membership of NATO was not currently on the agenda.",
    expect: [{ party: 'germany', demand: NX, stance: 'unclear', quote: 'not currently on the agenda' }],
    none: [['ukraine', NX]],
  },
];

const fronted: ReadingCase[] = [
  {
    name: '"Later he said …", "On Friday she told reporters …": a fronted adverb or phrase with no comma leaves the pronoun the previous speaker',
    text: 'Stoltenberg said the meeting had been useful. Later he said the alliance would never give up its open door policy. Lavrov said the talks were over. On Friday he told reporters that NATO expansion was unacceptable.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Later he said', kind: 'previous-speaker' },
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'On Friday he told',
        kind: 'previous-speaker',
      },
    ],
  },
  {
    name: "trap: a fronted phrase before a pronoun after a commentator spoke gives no party the commentator's words",
    text: 'A professor at a think tank said the meeting had been useful. Later he said the alliance would never give up its open door policy.',
    expect: [],
    none: [['nato', NX]],
  },
];

const coordinated: ReadingCase[] = [
  {
    name: '"agreed to discuss X but ruled out Y": the verb after "but" is the cue of its own object, not a restriction inside the first',
    text: 'Washington agreed to discuss missile limits but ruled out any halt to NATO enlargement.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'agreed to discuss' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'ruled out' },
    ],
  },
  {
    name: '"discussed X and rejected Y": a past verb after "and" likewise',
    text: 'The US envoy discussed missile limits with Moscow and rejected any freeze on NATO enlargement.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'discussed' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: 'trap: an infinitive after "and" stays inside the demand it continues ("call to limit missiles and to rule out enlargement")',
    text: "Washington rejected Moscow's call to limit missiles and to rule out NATO enlargement.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's call" },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
    ],
  },
];

const critical: ReadingCase[] = [
  {
    name: '"was critical of", "voiced criticism of" a demand reject it',
    text: "The Swedish foreign minister was sharply critical of the guarantees Russia wants against NATO enlarging further. Norway's foreign minister voiced criticism of Moscow's call for a halt to NATO enlargement.",
    expect: [
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'critical of' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russia wants' },
      { party: 'norway', demand: NX, stance: 'rejects', quote: 'criticism of' },
    ],
  },
  {
    name: 'trap: "critics of enlargement" are no party, and "not critical of" talks gives no rejection',
    text: 'Critics of NATO enlargement say the alliance moved too fast. Lavrov was not critical of the talks on missile limits.',
    expect: [],
    none: [['nato', NX]],
  },
];

const negatedPassive: ReadingCase[] = [
  {
    name: '"troops will not be withdrawn, <speaker> said": a negated future passive of the restriction is the speaker\'s refusal',
    text: "The battalions stationed in the Baltic states will not be withdrawn, the NATO secretary general told reporters. Blinken said missiles won't be removed from Romania.",
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'will not be withdrawn', kind: 'speaker' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: "won't be removed" },
    ],
  },
  {
    name: '"the missiles in Romania won\'t be removed": a contracted negation after a place phrase opens the passive as "will not" does',
    text: "The missiles in Romania won't be removed, Stoltenberg said. The troops in Poland wouldn’t be pulled back, Blinken said.",
    expect: [
      { party: 'nato', demand: MD, stance: 'rejects', quote: "won't be removed" },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'wouldn’t be pulled back' },
    ],
  },
  {
    name: "trap: the proposer complaining that the missiles in Romania won't be removed refuses nothing",
    text: "Lavrov complained that the missiles in Romania won't be removed.",
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: the proposer saying it, a commentator saying it, or a condition gives no refusal',
    text: 'Lavrov said the allied battalions in the Baltic states would not be withdrawn. The battalions in Poland will not be withdrawn, a professor at a think tank said. Stoltenberg said that if the battalions in Poland would not be withdrawn, Moscow had promised a response.',
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
];

const sentTo: ReadingCase[] = [
  {
    name: '"the battalions sent to Lithuania would not be withdrawn": "sent to <place>" after the forces is where they are, and the restriction after it still reads',
    text: 'Stoltenberg said the battalions sent to Lithuania would not be withdrawn. Lavrov said the forces moved to Poland since 1997 must be pulled back.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'sent to Lithuania' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'moved to Poland' },
    ],
  },
  {
    name: 'trap: forces "sent to" a place doing something else give no one a stance; nor does a country named before it',
    text: 'The battalions sent to Lithuania took part in drills, Stoltenberg said. The replies refused to bar Ukraine for good, and said the forces sent to Eastern Europe would stay.',
    expect: [],
    none: [
      ['nato', RB],
      ['ukraine', RB],
    ],
  },
];

const restated: ReadingCase[] = [
  {
    name: '"They restated that …, and said …" after two parties\' answers: "restated" is a speech verb, so "They" is the pair, and both refuse what the later verb says will not be done',
    text: 'The written answers from Washington and NATO gave Moscow nothing on its main demands. They restated that the door stays open, refused to bar Ukraine for good, and said the battalions sent to Lithuania would not be withdrawn.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'would not be withdrawn' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'would not be withdrawn' },
    ],
  },
  {
    name: '"Washington and NATO sent their replies. They said that membership stays open …": "They" opening the sentence is the pair, not its first name',
    text: 'Washington and NATO sent their written replies on Wednesday. They said that membership stays open to any country that qualifies.',
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'They said that membership stays open',
      },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'They said that membership stays open' },
    ],
  },
  {
    name: 'one party before "They said …" stays that party: no second one is added',
    text: 'The United States sent its reply on Wednesday. They said that membership stays open to any country that qualifies.',
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'They said that membership stays open',
      },
    ],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "restated" used as an adjective ("Moscow\'s restated demand") names no speaker',
    text: "Moscow's restated demand for a halt to NATO enlargement was discussed at length in Geneva.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'restated demand' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
];

const pastRelative: ReadingCase[] = [
  {
    name: 'a verdict after a relative clause in commas judges the subject before it ("…, in which …, would be a step backwards")',
    text: 'A new carve-up of Europe into zones of influence, in which great powers decide for smaller states, would be a step backwards, the NATO secretary general said.\nThe pullout of allied soldiers from Poland, which the Kremlin keeps asking for, would be out of the question, the Polish defence minister said.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'a step backwards' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'out of the question' },
    ],
  },
  {
    name: 'trap: a verdict after a relative clause on talks about the demand judges the talks, not the demand',
    text: 'The talks on missile deployments, which lasted four hours, were unacceptable, Blinken said.\nThe debate about NATO enlargement, which ran late into the night, was a step backwards, the Polish minister said.',
    expect: [],
    none: [
      ['united-states', MD],
      ['poland', NX],
    ],
  },
];

const nounListTail: ReadingCase[] = [
  {
    name: 'the tail of a list of nouns after a comma ("…, combat aircraft and missiles") shares the head and the cue before it',
    text: 'What the allies can put on the table, Blinken said, is balanced, verifiable cuts to tank fleets, combat aircraft and missiles.\nWashington is ready to discuss verifiable cuts to tank fleets, combat aircraft and missiles, Sherman said.',
    expect: [
      { party: 'nato', demand: MD, stance: 'open', quote: 'combat aircraft and missiles.' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'combat aircraft and missiles, Sherman' },
    ],
  },
  {
    name: 'trap: a participle phrase after a speech tag ("…, fearing drills and missiles") is no tail of the list before it',
    text: "Washington refused to discuss NATO's open door, Blinken said, fearing drills and missiles.",
    expect: [],
    none: [['united-states', MD]],
  },
];

describe.each([
  ['counterparts and relative speakers', counterparts],
  ['a pronoun speaker after a fronted phrase', fronted],
  ['a second verb with its own object', coordinated],
  ['critical of', critical],
  ['a negated future passive', negatedPassive],
  ['forces sent to a place', sentTo],
  ['restated as a speech verb', restated],
  ['a verdict past a relative clause', pastRelative],
  ['the tail of a list of nouns', nounListTail],
])('clause constructions: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

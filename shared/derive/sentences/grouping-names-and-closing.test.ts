/**
 * Wordings the Russia–West reading missed (session 28, recall on the development sets):
 * - a grouping named by a longer name of its own ("the NATO alliance", "the transatlantic alliance")
 *   where a demand phrase says "the alliance" (grouping-names.ts);
 * - closing off a country's prospect or chance of joining ("shut off … prospect of joining", "close off
 *   any chance of … entering") and stopping it "from seeking to join";
 * - "the Nordic countries", "the Nordic ministers": one name of four parties;
 * - a country's right to choose "its own foreign and security policy" (the freedom of alliance);
 * - "limits on where they could place missiles": the subject of a clause of place under a restriction
 *   noun is part of what is restricted;
 * - "not carry out military activity in …": the verb of carrying out stands between the negation and
 *   what it restricts;
 * - "a Russian veto over the alliance's activity in the east": a veto restricts forces and activity as it
 *   restricts enlargement;
 * - "medium-range missiles could not be placed …", "strike weapons cannot be deployed …": a subject that
 *   describes the next one leaves the restriction after the head to the head, and "could", "can", "may"
 *   and "cannot" stand between a subject and its restriction as "would" and "not" do;
 * - "a new agreement on disarmament in Europe", "a disarmament agreement": arms control by another name.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';
const MD = 'missile-deployment';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"kept out of the NATO alliance": the alliance under a longer name of its own',
    text: 'Moscow insists that Georgia be kept out of the NATO alliance for good.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insists' }],
  },
  {
    name: '"never enter the transatlantic alliance" asked by the Kremlin',
    text: 'The Kremlin wants a written guarantee that Georgia will never enter the transatlantic alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: another grouping\'s name ("the Russian-led military alliance") is not NATO',
    text: 'Moscow wants Armenia to stay in the Russian-led military alliance it heads.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a trade alliance is no alliance of the negotiation',
    text: 'Kyiv hopes to enter the regional trade alliance with Warsaw next year.',
    expect: [],
    none: [
      ['ukraine', NX],
      ['poland', NX],
    ],
  },
  {
    name: '"will not shut off Georgia\'s prospect of joining" refuses the demand',
    text: "The United States will not shut off Georgia's prospect of joining the alliance, the State Department said.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'shut off' }],
  },
  {
    name: '"closing off any chance of Georgia entering NATO" asked for',
    text: 'The Russian demands call for closing off any chance of Georgia entering NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'call for' }],
  },
  {
    name: 'trap: a chance of a ship entering a harbour closed off by a storm',
    text: 'The storm closed off any chance of the ship entering the harbour.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: "trap: a minister's prospect of joining a cabinet shut off by a scandal",
    text: 'The Norwegian minister said the scandal had shut off his prospect of joining the cabinet.',
    expect: [],
    none: [['norway', NX]],
  },
  {
    name: '"stop Georgia from seeking to join NATO" is the demand',
    text: 'The Kremlin wants to stop Georgia from seeking to join NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: stopping a country from seeking to join the European Union says nothing of NATO',
    text: 'The Kremlin wants to stop Georgia from seeking to join the European Union.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"the Nordic defence ministers" speak for the four Nordic parties',
    text: "The Nordic defence ministers backed Georgia's right to choose its own alliances.",
    expect: [
      { party: 'norway', demand: NX, stance: 'rejects', quote: 'backed' },
      { party: 'denmark', demand: NX, stance: 'rejects', quote: 'backed' },
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'backed' },
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'backed' },
    ],
  },
  {
    name: 'trap: the Nordic countries talking of something else read nothing',
    text: 'The Nordic countries held talks with Moscow on fishing quotas and energy prices.',
    expect: [],
    none: [
      ['norway', NX],
      ['denmark', NX],
      ['finland', NX],
      ['sweden', NX],
    ],
  },
  {
    name: 'the right "to pick its own foreign and security policy" is the freedom of alliance',
    text: "Norway's foreign minister backed Ukraine's right to pick its own foreign and security policy without pressure from outside.",
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: 'backed' }],
  },
  {
    name: 'trap: a ministry deciding its own budget policy is no such freedom',
    text: "Norway's foreign minister said each ministry must decide its own budget policy.",
    expect: [],
    none: [['norway', NX]],
  },
  {
    name: '"limits on where they could place missiles" under the draft is the demand',
    text: 'Russia published a draft treaty on Friday. Under the draft, both sides would face limits on where they could place missiles.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Under the draft' }],
  },
  {
    name: '"curbs on where it may station missiles" wanted by Moscow',
    text: 'Moscow wants curbs on where it may station missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: deciding where it could place missiles restricts nothing',
    text: 'The Pentagon is still deciding where it could place missiles in Europe.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: '"a promise that NATO will not carry out military activity in Eastern Europe" asked for',
    text: 'Moscow is seeking a promise that NATO will not carry out military activity in Eastern Europe.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'seeking a promise' }],
  },
  {
    name: 'trap: carrying out military activity as planned restricts nothing',
    text: 'The alliance says it will carry out military activity in Eastern Europe as planned.',
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
  {
    name: '"a veto over NATO deployments in Poland" wanted by Moscow',
    text: 'Moscow wants a veto over NATO deployments in Poland and the Baltic states.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a veto threatened over sanctions says nothing of forces named beside it',
    text: "Hungary threatened to veto the EU's new sanctions, while NATO boosted its forces in Romania.",
    expect: [],
    none: [
      ['hungary', RB],
      ['nato', RB],
    ],
  },
  {
    name: '"medium-range missiles could not be placed …" under the draft is the demand',
    text: "Russia published a draft treaty on Friday. Under the draft, medium-range missiles could not be placed near Russia's borders.",
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Under the draft' }],
  },
  {
    name: '"strike weapons cannot be deployed near its borders" demanded',
    text: 'Moscow demands that strike weapons cannot be deployed near its borders.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'demands' }],
  },
  {
    name: 'trap: missiles that could be deployed, said as a warning, restrict nothing',
    text: 'The alliance said intermediate-range missiles could be deployed in Europe if the talks fail.',
    expect: [],
    none: [
      ['nato', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'a subject before another that is no restriction\'s head still reads ("admitting new members")',
    text: "Blinken said the alliance's policy on admitting new members will not change.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'will not change' }],
  },
  {
    name: '"talks on a new agreement on disarmament in Europe" proposed by Washington',
    text: 'Washington proposed talks with Moscow on a new agreement on disarmament in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'proposed talks' }],
  },
  {
    name: 'trap: disarmament in general, with no agreement and not in Europe, is no such measure',
    text: 'The Polish president urged nuclear disarmament worldwide.',
    expect: [],
    none: [['poland', MD]],
  },
];

describe('grouping names, closing off and clauses of place', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});

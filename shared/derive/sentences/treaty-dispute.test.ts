/**
 * Constructions a new user met writing an ontology for a treaty dispute (a made-up quarrel between a
 * kingdom and a league over a ferry-trade protocol): restrictions after a subject past an adverb or an
 * owner phrase, an obligation ("must go") on a subject that names the demand outright, and threats to do
 * a demand's opposite. Ontology and sentences written for these tests; the Russia–West cases check that
 * threats read the same way with the shipped ontology.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const english = seedOntology();
const ferry: Ontology = {
  version: 2,
  parties: [
    {
      id: 'kingdom',
      name: 'Kingdom of Aldra',
      aliases: ['Kingdom of Aldra', 'Aldra', 'the Kingdom', 'Veyport'],
      adjectives: ['Aldran'],
      officials: [
        { name: 'Oskar Brenn', aliases: ['Brenn'], role: 'Treaty Minister', from: '2020-01-01', to: null },
      ],
    },
    {
      id: 'league',
      name: 'Coastal League',
      aliases: ['Coastal League', 'the League', 'Marrowgate'],
      adjectives: ['League'],
      officials: [
        { name: 'Lene Sadik', aliases: ['Sadik'], role: 'Chief Negotiator', from: '2020-01-01', to: null },
      ],
    },
  ],
  demands: [
    {
      id: 'rewrite',
      title: 'Rewrite the ferry protocol',
      description: 'The ferry protocol is renegotiated or replaced.',
      proposedBy: ['kingdom'],
      addressedTo: ['league'],
      phrases: ['ferry protocol does not work'],
      frame: {
        subjects: ['protocol', 'ferry protocol'],
        strongSubjects: ['ferry protocol'],
        anchors: ['ferry', 'protocol'],
        restrictions: ['rewrite', 'rework', 'overhaul', 'renegotiate', 'renegotiation', 'reopen', 'scrap'],
        restrictionsAfter: ['go', 'to go'],
        opposites: [],
      },
    },
    {
      id: 'tribunal-exit',
      title: 'No role for the League tribunal',
      description: 'The League tribunal no longer rules on the protocol.',
      proposedBy: ['kingdom'],
      addressedTo: ['league'],
      phrases: [],
      frame: {
        subjects: ['tribunal', 'role', 'League tribunal'],
        anchors: ['tribunal'],
        restrictions: ['remove', 'curb', 'end'],
        restrictionsAfter: ['go'],
        opposites: [],
      },
    },
    {
      id: 'dock-checks',
      title: 'No checks at the docks',
      description: 'Inspections of cargo at the ferry docks end.',
      proposedBy: ['kingdom'],
      addressedTo: ['league'],
      phrases: [],
      frame: {
        subjects: ['inspections', 'dock border'],
        strongSubjects: ['dock border'],
        anchors: ['docks', 'cargo', 'ferry'],
        restrictions: ['end', 'scrap'],
        restrictionsAfter: ['go', 'to go', 'vanish'],
        opposites: [],
      },
    },
    {
      id: 'full-application',
      title: 'The protocol applied in full',
      description: 'The Kingdom applies the protocol as signed and uses no emergency clause.',
      proposedBy: ['league'],
      addressedTo: ['kingdom'],
      phrases: ['full application'],
      frame: {
        subjects: ['emergency clause'],
        anchors: ['protocol', 'clause'],
        restrictions: ['no', 'drop', 'shelve'],
        opposites: ['invoke the emergency clause', 'suspend the protocol', 'override the protocol'],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles,
};

const cases: ReadingCase[] = [
  {
    name: 'an adverb of manner in -ly between "be" and the restriction ("fundamentally rewritten")',
    text: 'Brenn said the ferry protocol must be fundamentally rewritten.',
    expect: [{ party: 'kingdom', demand: 'rewrite', stance: 'supports', quote: 'must' }],
  },
  {
    name: 'any such adverb, not only listed ones ("radically reworked", "thoroughly overhauled")',
    text: 'Veyport wants the protocol radically reworked.\n\nThe Kingdom says the protocol should be thoroughly overhauled.',
    expect: [{ party: 'kingdom', demand: 'rewrite', stance: 'supports', quote: 'radically reworked' }],
  },
  {
    name: 'trap: a hedging -ly word ("hardly") is no adverb of manner to read through',
    text: 'Sadik said the protocol would hardly be rewritten.',
    expect: [],
    none: [['league', 'rewrite']],
  },
  {
    name: 'an obligation on a strong subject with an after-only restriction ("the dock border must go")',
    text: 'Brenn insisted that the dock border must go.',
    expect: [{ party: 'kingdom', demand: 'dock-checks', stance: 'supports', quote: 'must go' }],
  },
  {
    name: 'trap: the same restriction without an obligation is an event, not a demand',
    text: 'Brenn said the dock border will go next year.',
    expect: [],
    none: [['kingdom', 'dock-checks']],
  },
  {
    name: 'a subject named again after "of" ("the role of the League tribunal ended")',
    text: 'Aldra wants the role of the League tribunal ended.',
    expect: [{ party: 'kingdom', demand: 'tribunal-exit', stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'a restriction reaches its subject across a hyphenated premodifier with a capital ("the post-Accord inspections")',
    text: 'Aldra will stay out of the council until Marrowgate scraps the post-Accord inspections of cargo.',
    expect: [
      { party: 'kingdom', demand: 'dock-checks', stance: 'supports', quote: 'post-Accord inspections' },
    ],
  },
  {
    name: 'trap: a hyphen between spaces is a dash, no compound to read across',
    text: 'Sadik said the League would scrap the ferry fee - Harbour inspections of cargo at the docks stay.',
    expect: [],
    none: [
      ['league', 'dock-checks'],
      ['kingdom', 'dock-checks'],
    ],
  },
  {
    name: 'trap: a name joined by a slash to a place that is no party is part of a label ("the Aldra/Westmark Protocol")',
    text: 'Aldra/Westmark Protocol: the council opens two new cases over the rewrite of the ferry protocol.',
    expect: [],
    none: [['kingdom', 'rewrite']],
  },
  {
    name: 'two parties joined by a slash leave the reading alone ("the Aldra/League talks")',
    text: 'After the Aldra/League talks, Aldra said the ferry protocol must be rewritten.',
    expect: [{ party: 'kingdom', demand: 'rewrite', stance: 'supports', quote: 'must' }],
  },
  {
    name: 'a complaint written as a phrase reads through a quotation mark ("the ferry protocol “does not work …”")',
    text: 'Brenn told the council that the ferry protocol "does not work for the islands".',
    expect: [{ party: 'kingdom', demand: 'rewrite', stance: 'supports', quote: 'does not work' }],
  },
  {
    name: 'trap: the same words from the side the demand is put to stay a mention',
    text: 'Sadik said the ferry protocol does not work against anyone.',
    expect: [],
    none: [['league', 'rewrite']],
  },
  {
    name: 'a threat to do the demand’s opposite refuses the demand',
    text: 'Brenn threatened to invoke the emergency clause if Marrowgate did not move.',
    expect: [{ party: 'kingdom', demand: 'full-application', stance: 'rejects', quote: 'threatened to' }],
  },
  {
    name: 'so does a threat named as a noun ("repeated its threat to suspend …")',
    text: 'The Kingdom repeated its threat to suspend the protocol.',
    expect: [{ party: 'kingdom', demand: 'full-application', stance: 'rejects', quote: 'threat' }],
  },
  {
    name: 'trap: a threat of a party against the protocol is not the kingdom’s openness',
    text: 'Veyport is threatening to override the protocol unless the League gives ground.',
    expect: [{ party: 'kingdom', demand: 'full-application', stance: 'rejects', quote: 'threatening to' }],
  },
  {
    name: 'trap: the proposer refusing to do what its own demand asks is no grievance of its own',
    text: '"We will not rewrite the ferry protocol," Brenn said.\n\nVeyport said it will not reopen the protocol.',
    expect: [],
    none: [['kingdom', 'rewrite']],
  },
  {
    name: "the same refusal told of the other side is the proposer's grievance",
    text: 'Aldra complained that the League will not rewrite the ferry protocol.',
    expect: [{ party: 'kingdom', demand: 'rewrite', stance: 'supports', quote: 'will not rewrite' }],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: 'a threat to do the demand’s opposite ("threatened to apply for NATO membership")',
    text: 'Finland threatened to apply for NATO membership.',
    expect: [{ party: 'finland', demand: 'non-expansion', stance: 'rejects', quote: 'threatened to' }],
  },
  {
    name: 'trap: what the if-clause after a threat names is what the threat is aimed at',
    text: 'Moscow threatened to take military-technical measures if NATO keeps expanding.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'threatened to' }],
  },
  {
    name: 'what an unless-clause after a threat names is wanted',
    text: 'Russia threatened to walk away from the talks unless NATO rules out admitting Ukraine.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'threatened to' }],
  },
  {
    name: 'trap: a threat to deploy one’s own weapons names no demand of the other side',
    text: 'Russia has threatened to station nuclear weapons in Belarus.',
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'trap: "a threat to" someone stays a grievance',
    text: 'Lavrov said NATO expansion is a threat to Russia.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'threat' }],
  },
];

describe('a treaty dispute, another ontology', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, ferry));
});

describe('threats with the shipped ontology', () => {
  it.each(russiaWest.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * An agreement ruled out until, or unless it includes, a demand: "there can be no deal until the troops
 * leave", "Moscow will not sign anything that does not include a halt to enlargement". The one ruling
 * the agreement out makes the demand its condition: it supports it. "until" and "that does not include"
 * read only where the negation falls on the agreement itself (a deal, treaty, talks, signing), and only
 * for a party that put the demand forward. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const aa = evalOntology('armenia-azerbaijan-2025.json');
const af = evalOntology('afghanistan-doha-2020.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const west = seedOntology();

const cases: [ReadingCase, typeof aa][] = [
  [
    {
      name: '"will not sign anything that does not include a halt to enlargement": support of the halt',
      text: 'Moscow will not sign anything that does not include a halt to NATO enlargement, the minister said.',
      published: '2022-01-20',
      expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'include' }],
    },
    west,
  ],
  [
    {
      name: '"would not sign any treaty that does not include the release of …": support',
      text: 'Yerevan would not sign any treaty that does not include the release of Armenian prisoners.',
      published: '2025-04-01',
      expect: [{ party: 'armenia', demand: 'prisoner-release', stance: 'supports', quote: 'include' }],
    },
    aa,
  ],
  [
    {
      name: '"said no treaty could be signed until …": the speaker supports the condition',
      text: 'The Azerbaijani president said no treaty could be signed until Armenia changed its constitution.',
      published: '2025-04-01',
      expect: [{ party: 'azerbaijan', demand: 'constitution-change', stance: 'supports', quote: 'until' }],
    },
    aa,
  ],
  [
    {
      name: '"will not sign a peace treaty until the delimitation … is complete": support',
      text: 'Pashinyan said Armenia will not sign a peace treaty until the delimitation of the border is complete.',
      published: '2025-04-01',
      expect: [{ party: 'armenia', demand: 'border-delimitation', stance: 'supports', quote: 'until' }],
    },
    aa,
  ],
  [
    {
      name: '"there would be no talks until the hostages were freed": support',
      text: 'Netanyahu said there would be no talks until the hostages were freed.',
      published: '2024-05-01',
      expect: [{ party: 'israel', demand: 'hostage-release', stance: 'supports', quote: 'until' }],
    },
    gaza,
  ],
  [
    {
      name: 'trap: a question ("would Armenia sign a treaty that does not include …?") states no condition',
      text: 'Would Armenia sign a treaty that does not include the release of Armenian prisoners?',
      published: '2025-04-01',
      expect: [],
      none: [['armenia', 'prisoner-release']],
    },
    aa,
  ],
  [
    {
      name: 'trap: the side the demand is put to refusing its own step until something ("will not withdraw until …")',
      text: 'Azerbaijan will not withdraw its troops until the border delimitation is complete.',
      published: '2025-04-01',
      expect: [],
      none: [['azerbaijan', 'border-delimitation']],
    },
    aa,
  ],
  [
    {
      name: 'trap: "no deal without Pakistan\'s consent" is no demand of the ontology',
      text: "The Taliban will not sign any deal without Pakistan's consent.",
      published: '2020-02-01',
      expect: [],
      none: [
        ['taliban', 'troop-withdrawal'],
        ['taliban', 'prisoner-release'],
      ],
    },
    af,
  ],
  [
    {
      name: 'trap: a party that did not put the demand forward ruling out a deal "until" it reads nothing from this',
      text: 'Hamas said no agreement is possible until the hostages are freed.',
      published: '2024-05-01',
      expect: [],
      none: [['hamas', 'hostage-release']],
    },
    gaza,
  ],
];

describe('an agreement ruled out until a demand is met', () => {
  for (const [c, ont] of cases) it(c.name, () => checkReading(c, ont));
});

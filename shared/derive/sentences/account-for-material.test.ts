/**
 * The IAEA's probe in Iran is kept open in words of accounting: the agency urging Tehran to "account for"
 * the nuclear material or the traces found, or to "explain why nuclear material …" was at a site, refuses
 * the closure of its probe as "credible answers" does (opposites of iaea-probe-closure in the Iran
 * ontology). Sentences written for these tests, read with the Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2021-12-20';
const PC = 'iaea-probe-closure';

const cases: ReadingCase[] = [
  {
    name: '"urged Iran to account for signs that nuclear material …": the agency keeps its probe',
    text: 'The agency has long urged Iran to account for signs that nuclear material was once stored at the sites.',
    published,
    expect: [{ party: 'iaea', demand: PC, stance: 'rejects', quote: 'account for signs' }],
  },
  {
    name: '"wants Tehran to account for the traces …": the same with the traces',
    text: 'The IAEA wants Tehran to account for the traces found at three locations.',
    published,
    expect: [{ party: 'iaea', demand: PC, stance: 'rejects', quote: 'account for the traces' }],
  },
  {
    name: '"asked Iran to explain why nuclear material …": explaining the material is the probe’s ask',
    text: 'The IAEA asked Iran to explain why nuclear material turned up at an undeclared site.',
    published,
    expect: [{ party: 'iaea', demand: PC, stance: 'rejects', quote: 'explain why nuclear material' }],
  },
  {
    name: '"pressed Tehran to account for all its nuclear material": the material itself',
    text: 'The watchdog has pressed Tehran to account for all its nuclear material.',
    published,
    expect: [{ party: 'iaea', demand: PC, stance: 'rejects', quote: 'account for all its nuclear material' }],
  },
  {
    name: 'trap: inspectors unable to account for material at a plant is a finding, no one’s stance',
    text: 'Inspectors could not account for some of the nuclear material at the plant, the report said.',
    published,
    expect: [],
    none: [
      ['iaea', PC],
      ['iran', PC],
    ],
  },
  {
    name: 'trap: Iran refusing to explain the material backs the closure, not the probe',
    text: 'Iran refused to explain how the nuclear material reached the sites.',
    published,
    expect: [{ party: 'iran', demand: PC, stance: 'supports', quote: 'refused' }],
  },
];

describe('accounting for the nuclear material keeps the IAEA probe open', () => {
  for (const c of cases) it(c.name, () => checkReading(c, iran));
});

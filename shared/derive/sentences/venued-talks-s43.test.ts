/**
 * A cue of talks on a matter ("hold talks on", "open negotiations on", "start talks on") with a short
 * phrase between the talks and their matter saying where, with whom or in what framework they are held
 * ("agreed to start talks with Moscow on …", "ready to open negotiations within the NATO-Russia Council
 * on …", "talks within the EU-led dialogue on …"), or an aside set off by commas between the verb and
 * the noun ("agreed to open, straight away, negotiations on …"): the talks govern the matter, so the
 * side is open to it, not supporting it by the "agreed to" before (venued-talks.ts). Traps: a clause
 * break before the matter ("…, which insists on …"), a date after "on" ("in Geneva on Monday"), a
 * relative clause naming the matter ("talks with Moscow that centred on …"), and another clause after
 * "and". Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const MD = 'missile-deployment';
const open = (party: string, demand: string, quote: string) => ({
  party,
  demand,
  stance: 'open' as const,
  quote,
});

const russiaWest: ReadingCase[] = [
  {
    name: '"agreed to start talks with Moscow on …": open, not the support of "agreed to"',
    text: 'Washington agreed to start talks with Moscow on limits to missile deployments.',
    published,
    expect: [open('united-states', MD, 'start talks with Moscow on')],
  },
  {
    name: '"ready to open negotiations within the NATO-Russia Council on …": a framework between',
    text: 'Washington is ready to open negotiations within the NATO-Russia Council on limits to missile deployments.',
    published,
    expect: [open('united-states', MD, 'open negotiations within the NATO-Russia Council on')],
  },
  {
    name: '"agreed to start talks under OSCE auspices on …"',
    text: 'Washington agreed to start talks under OSCE auspices on limits to missile deployments.',
    published,
    expect: [open('united-states', MD, 'start talks under OSCE auspices on')],
  },
  {
    name: 'trap: a clause break before the matter ("talks with Moscow, which insists on …")',
    text: 'Washington agreed to hold talks with Moscow, which insists on limits to missile deployments.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a date after "on" ("talks in Geneva on Monday"), the matter in another clause',
    text: 'Washington agreed to hold talks in Geneva on Monday, and Moscow again demanded limits to missile deployments.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a relative clause names the matter ("talks with Moscow that centred on …")',
    text: 'Washington held talks with Moscow that centred on limits to missile deployments, a Russian diplomat said.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: talks with a venue and no matter, another clause after "and"',
    text: "Washington held talks with Moscow in Geneva, and NATO's open door was not on the agenda.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
];

const kosovo = evalOntology('kosovo-serbia-2022.json');
const SA = 'serb-association';
const kosovoCases: ReadingCase[] = [
  {
    name: 'kosovo: "agreed to start talks within the EU-led dialogue on the association …"',
    text: 'Kosovo agreed to start talks within the EU-led dialogue on the association of Serb-majority municipalities.',
    published: '2023-03-19',
    expect: [open('kosovo', SA, 'start talks within the EU-led dialogue on')],
  },
  {
    name: 'kosovo: an aside between the verb and the noun ("agreed to open, straight away, negotiations on …")',
    text: 'Kosovo agreed to open, straight away, negotiations on self-management for the Serb community.',
    published: '2023-03-19',
    expect: [open('kosovo', SA, 'negotiations on')],
  },
];

describe('talks on a matter with their venue or an aside between read as talks, not agreement', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
});

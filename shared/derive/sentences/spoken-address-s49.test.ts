/**
 * "Address" as what a speaker talked about is no offer: "Putin addressed the prospect of the alliance
 * taking in Georgia and Ukraine" or "Biden addresses the crisis in remarks" tells the topic of a speech,
 * and read Russia (or the side named) open on the demand named. The openness cue "address" stays an
 * offer where it is one: after "to" or a modal ("ready to address concerns about missiles"), coordinated
 * with another readiness verb ("willing to discuss and address"), and negated ("didn't address").
 * Found in real coverage: a speech-report "addresses" in headlines of alphaVoice (29 December 2021, Putin's
 * annual news conference) and CNN (15 February 2022 transcript page, Biden on the crisis); the offer
 * "to address legitimate security concerns" in the same CNN transcript and "sought to address concerns"
 * (The Goa Spotlight, carrying CNN, 27 January 2022); the denied "didn't address Moscow's chief concerns"
 * (Antiwar.com, 17 February 2022).
 * Traps: a finite "addressed/addresses/addressing" with a topic noun ("the prospect of", "the question
 * of", "the issue of") or a speaking venue in the sentence ("news conference", "interview") gives no
 * openness to the speaker's side.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-28';
const MI = 'missile-deployment';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"ready to address legitimate security concerns through … talks on missiles": an offer',
    text: 'He said the United States was ready to address legitimate security concerns through arms control talks on missiles.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: MI,
        stance: 'open',
        quote: 'ready to address legitimate security concerns',
      },
    ],
  },
  {
    name: '"willing to discuss and address Russian concerns about missile deployments": coordinated, still an offer',
    text: 'Stoltenberg said the allies were willing to discuss and address Russian concerns about missile deployments.',
    published,
    expect: [
      { party: 'nato', demand: MI, stance: 'open', quote: 'willing to discuss and address Russian concerns' },
    ],
  },
  {
    name: '"didn\'t address Moscow\'s chief concerns about … expansion": the denial stays a rejection',
    text: "Russia said Washington didn't address Moscow's chief concerns about NATO's eastward expansion.",
    published,
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: "didn't address Moscow's chief concerns",
      },
    ],
  },
  {
    name: 'trap: "addressed the prospect of the alliance taking in Georgia and Ukraine" is a speech topic',
    text: 'Putin addressed the prospect of the alliance taking in Georgia and Ukraine.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "addressed the question of NATO enlargement at length"',
    text: 'Lavrov addressed the question of NATO enlargement at length on Friday.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "addresses Ukraine, NATO expansion and gas prices at his annual news conference"',
    text: 'Putin addresses Ukraine, NATO expansion and gas prices at his annual news conference.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a fronted "Addressing the issue of missile deployments"',
    text: "Addressing the issue of missile deployments in Europe, Ryabkov repeated Moscow's warnings.",
    published,
    expect: [],
    none: [['russia', MI]],
  },
  {
    name: 'trap: "In an interview, Blinken addressed Moscow\'s demand that NATO stop its expansion"',
    text: "In an interview on Sunday, Blinken addressed Moscow's demand that NATO stop its expansion.",
    published,
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: "Moscow's demand that NATO stop its expansion",
      },
    ],
    none: [['united-states', NX]],
  },
];

describe('"address" telling a speech topic is no offer (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

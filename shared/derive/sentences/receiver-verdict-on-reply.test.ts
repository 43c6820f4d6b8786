/**
 * A receiver's account of a reply with no owner named ("Lavrov said the reply ignored the demand …"):
 * the reply is the paper the document just said a party sent, or named as that party's, so its refusal
 * is that party's (reported). Only a refusal ("ignored", "brushed aside", "gave no …", "did not …"),
 * only within two sentences of the paper's owner, and only a party some demand is put to. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"Washington delivered its answer. Lavrov said the answer brushed aside …": the sender refuses',
    text: 'Moscow wants NATO to stop expanding. Washington delivered its written answer on Wednesday. Lavrov said the answer brushed aside the demand on enlargement.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'brushed aside' }],
  },
  {
    name: '"… said the reply gave no ground on further enlargement": a refusal named as what the reply gives',
    text: 'The alliance sent its reply to Moscow on Wednesday. Peskov said the reply gave no ground on further enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no ground on' }],
  },
  {
    name: 'the owner named with the paper as its subject a sentence before ("Lavrov said the American paper …")',
    text: 'Lavrov said the American paper had some useful ideas. He said the document ignored the demand that Ukraine never join NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'ignored' }],
  },
  {
    name: "trap: a receiver's praise of the reply, or a reply that did address the demand, reads nothing for the sender",
    text: 'Washington delivered its written answer on Wednesday. Lavrov said the answer was welcome on curbs on missile deployments.\nWashington delivered its written answer on Wednesday. Lavrov said the answer addressed the demand on enlargement at length.',
    expect: [],
    none: [
      ['united-states', MD],
      ['united-states', NX],
    ],
  },
  {
    name: "trap: an outsider's paper, a reply with an owner of its own, or one to another party, is not the sender's",
    text: 'Lavrov said the Chinese paper had useful ideas. He said the paper ignored the demand that Ukraine never join NATO.\nWashington delivered its written answer on Wednesday. Lavrov said the answer to Kyiv ignored the demand on enlargement.',
    expect: [],
    none: [
      ['china', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: a reply sent long before (three sentences back) is no longer the one meant',
    text: 'Washington delivered its written answer on Wednesday. Lavrov flew to Geneva. He met Blinken there. Talks lasted two hours. Lavrov said the answer ignored the demand on enlargement.',
    expect: [],
    none: [['united-states', NX]],
  },
];

describe("a receiver's verdict on a reply whose sender the document just named", () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

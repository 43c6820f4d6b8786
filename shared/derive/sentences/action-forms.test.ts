/**
 * A restriction read in its other form (action-forms.ts): an analyst who wrote a noun of action
 * ("removal of the trawler ban", "renewal of the joint licences") has said the verb states the demand
 * too, and one who wrote a verb ("suspend") the noun ("the suspension of drilling"). A made-up fishing
 * dispute, with an ontology and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { nounsOfVerb, verbsOfNoun } from '../action-forms';
import { seedOntology } from '../test-support/seed-corpus';
import { NORLAND, VESTA } from '../test-support/border-parties';
import { checkReading, readerFor } from '../test-support/reading';

const english = seedOntology();

const fishing: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'ban-lifting',
      title: 'Lifting of the trawler ban',
      description: 'Vesta lifts its ban on Norlandic trawlers.',
      proposedBy: ['norland'],
      phrases: ['removal of the trawler ban', 'access to the northern banks'],
    },
    {
      id: 'licence-renewal',
      title: 'Renewal of the licences',
      description: 'The joint fishing licences are renewed.',
      proposedBy: ['norland'],
      phrases: ['renewal of the joint licences'],
    },
    {
      id: 'drilling-halt',
      title: 'A halt to drilling',
      description: 'Norland suspends its drilling in the strait.',
      proposedBy: ['vesta'],
      phrases: ['a halt to drilling'],
      frame: {
        subjects: ['drilling', 'offshore drilling'],
        restrictions: ['suspend', 'stop'],
        opposites: ['expand drilling'],
      },
    },
    {
      id: 'quota-cut',
      title: 'A lower catch quota',
      description: "Norland's catch quota is reduced.",
      proposedBy: ['vesta'],
      phrases: ['smaller catch quota'],
      frame: {
        subjects: ['catch quota', 'quota rules'],
        restrictions: ['reduction', 'verification', 'comply'],
        opposites: ['higher catch quota'],
      },
    },
    {
      id: 'moratorium-extension',
      title: 'A longer moratorium',
      description: 'The moratorium on seabed mining runs longer.',
      proposedBy: ['vesta'],
      phrases: ['extension of the moratorium'],
    },
    {
      id: 'moratorium-widening',
      title: 'A wider moratorium',
      description: 'The moratorium covers the southern banks too.',
      proposedBy: ['norland'],
      phrases: ['expansion of the moratorium'],
    },
  ],
  cues: english.cues,
  roles: english.roles ?? [],
};

const read = readerFor(fishing);

describe('a restriction read in its other form', () => {
  it('the verb of a noun of action the analyst wrote ("removal of" → "remove")', () =>
    read('remove', 'Norland said Vesta must remove the trawler ban before the season opens.', [
      { party: 'norland', demand: 'ban-lifting', stance: 'supports', quote: 'must remove the trawler ban' },
    ]));
  it('the verb of "renewal of"', () =>
    read('renew', 'Norland said Vesta had to renew the joint licences.', [
      { party: 'norland', demand: 'licence-renewal', stance: 'supports', quote: 'had to renew' },
    ]));
  it('the noun of action of a written restriction verb ("suspend" → "the suspension of")', () =>
    read('suspension', 'Vesta demanded the suspension of drilling in the strait.', [
      { party: 'vesta', demand: 'drilling-halt', stance: 'supports', quote: 'suspension of drilling' },
    ]));
  it('the verb of a written restriction noun ("reduction" → "reduce")', () =>
    read('reduce', 'Vesta insisted on the need to reduce the catch quota.', [
      { party: 'vesta', demand: 'quota-cut', stance: 'supports', quote: 'reduce the catch quota' },
    ]));
  it('trap: "renewed its criticism of" the licences is no call to renew them', () =>
    read(
      'renewed its criticism',
      'Norland renewed its criticism of the joint licences.',
      [],
      [['norland', 'licence-renewal']],
    ));
  it('trap: the noun of action with another object ("removal of its own trawlers") names no demand', () =>
    read(
      'removal of trawlers',
      'Norland called for the removal of its own trawlers from the disputed banks.',
      [],
      [['norland', 'ban-lifting']],
    ));
  it('trap: a restriction that neither takes away nor keeps ("verification") lends no verb', () =>
    read('verify', 'Vesta offered to verify the catch quota.', [], [['vesta', 'quota-cut']]));
  it('trap: a partner form that is another word ("comply" → "complication") is not made', () =>
    read(
      'complication',
      'Vesta said the quota rules were a complication for its fleet.',
      [],
      [['vesta', 'quota-cut']],
    ));
});

/** The same dispute with the widening also asked as an "extension" (of the mining zone). */
const sharing: Ontology = {
  ...fishing,
  demands: fishing.demands.map((d) =>
    d.id === 'moratorium-widening' ? { ...d, phrases: [...d.phrases, 'extension of the mining zone'] } : d,
  ),
};

describe('a subject two demands share, told apart by their restrictions', () => {
  it('"extend the moratorium" is the extension, though the widening is an "expansion of the moratorium"', () =>
    read(
      'extend',
      'Vesta said Norland must extend the moratorium.',
      [
        {
          party: 'vesta',
          demand: 'moratorium-extension',
          stance: 'supports',
          quote: 'must extend the moratorium',
        },
      ],
      [['vesta', 'moratorium-widening']],
    ));
  it('"expand the moratorium" is the widening', () =>
    read(
      'expand',
      'Norland insisted that Vesta expand the moratorium.',
      [
        {
          party: 'norland',
          demand: 'moratorium-widening',
          stance: 'supports',
          quote: 'expand the moratorium',
        },
      ],
      [['norland', 'moratorium-extension']],
    ));
  it('trap: when both demands read the same restriction ("extension"), the shared subject names neither (the written "extension of the moratorium" in its verb form, phrase-variants.ts, still names its own)', () =>
    checkReading(
      {
        name: 'shared restriction',
        text: 'Vesta said Norland must extend the moratorium.',
        expect: [
          {
            party: 'vesta',
            demand: 'moratorium-extension',
            stance: 'supports',
            quote: 'extend the moratorium',
          },
        ],
        none: [['vesta', 'moratorium-widening']],
      },
      sharing,
    ));
});

describe('partner forms', () => {
  it('nouns of action of a verb', () => {
    expect(nounsOfVerb('remove')).toContain('removal');
    expect(nounsOfVerb('suspend')).toContain('suspension');
    expect(nounsOfVerb('implement')).toContain('implementation');
    expect(nounsOfVerb('reduce')).toContain('reduction');
    expect(nounsOfVerb('resume')).toContain('resumption');
    expect(nounsOfVerb('close')).toContain('closure');
    expect(nounsOfVerb('renew')).toContain('renewal');
  });
  it('verbs of a noun of action', () => {
    expect(verbsOfNoun('removal')).toContain('remove');
    expect(verbsOfNoun('extension')).toContain('extend');
    expect(verbsOfNoun('cancellation')).toContain('cancel');
    expect(verbsOfNoun('closure')).toContain('close');
    expect(verbsOfNoun('ratification')).toContain('ratify');
  });
  it('trap: forms that are other words are not made', () => {
    expect(nounsOfVerb('comply')).not.toContain('complication');
    expect(nounsOfVerb('state')).not.toContain('statement');
    expect(nounsOfVerb('agree')).not.toContain('agreement');
    expect(verbsOfNoun('station')).toEqual([]);
  });
});

/**
 * An opposite read with the other verbs of keeping things as they are (phrase-variants.ts): "the war
 * would go on" for the analyst's "the war would continue", "maintain the blockade in place" for "keep
 * … blockade in place"; and a purchase phrase read with "purchase" for "buy" and "products" for
 * "goods"; and a passive restriction with a word of degree between ("be gradually lifted", from the
 * analyst's "be lifted", compile-ontology.ts); and a phrase of ending read as "bring … to an end"
 * (restriction-families.ts). A made-up border war with its own ontology. Traps: the tense or modal the analyst wrote
 * stays ("as the war goes on" reports, it takes no side), "keep" is never put in for "maintain" (it
 * has senses of its own: "keep the threat of a blockade in hand"; checked on the variants), and
 * "carrying on the war" named as one path of a choice reads nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { oppositeVariants, phraseVariants } from '../phrase-variants';
import { phraseFamilyVariants } from '../restriction-families';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const border: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'war-end',
      title: 'An end to the border war',
      description: 'Norland ends its war on the Vestan border for good.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['end the border war'],
      frame: {
        subjects: ['border war'],
        restrictions: ['end'],
        opposites: ['border war would continue'],
      },
    },
    {
      id: 'blockade-lifted',
      title: 'The port blockade lifted',
      description: 'Norland lifts its blockade of the Vestan ports.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['lift the port blockade'],
      frame: {
        subjects: ['port blockade'],
        restrictions: ['lift'],
        restrictionsAfter: ['be lifted'],
        opposites: ['keep … port blockade in place', 'maintain the port blockade'],
      },
    },
    {
      id: 'grain-purchases',
      title: 'Vesta buys more Norlandic grain',
      description: 'Vesta commits to buying more of Norland’s farm goods.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['buy … farm goods'],
    },
  ],
  cues: borderCues('agreed to'),
  roles: BORDER_ROLES,
};

const read = readerFor(border);

describe('an opposite read with the other verbs of keeping', () => {
  it('"go on" for "continue", with the modal the analyst wrote', () => {
    read('the border war would go on', 'Oslar said the border war would go on whatever Kerrin offered.', [
      { party: 'norland', demand: 'war-end', stance: 'rejects', quote: 'border war would go on' },
    ]);
  });

  it('"retain" for "maintain"', () => {
    read('retain the port blockade', 'Norland insists it will retain the port blockade through the winter.', [
      { party: 'norland', demand: 'blockade-lifted', stance: 'rejects', quote: 'retain the port blockade' },
    ]);
  });

  it('traps: a report in another tense, a path named in a choice', () => {
    read(
      'as the border war goes on (a report, no side)',
      'As the border war goes on, Oslar said, farmers on both sides are leaving their fields.',
      [],
      [['norland', 'war-end']],
    );
    read(
      'carrying on the border war as one path of a choice',
      'Oslar said the council would choose between two paths: carrying on the border war, or peace.',
      [],
      [['norland', 'war-end']],
    );
  });
});

describe('a phrase read with "purchase" for "buy" and "products" for "goods"', () => {
  it('purchase … farm products', () => {
    read('purchase farm products', 'Kerrin agreed to purchase $2bn of Norlandic farm products.', [
      {
        party: 'vesta',
        demand: 'grain-purchases',
        stance: 'supports',
        quote: 'purchase $2bn of Norlandic farm products',
      },
    ]);
  });
  it('trap: goods alone, a purchase of something else', () => {
    read(
      'purchase of fighter jets',
      'Kerrin agreed to purchase fighter jets from a third country.',
      [],
      [['vesta', 'grain-purchases']],
    );
  });
});

describe('a passive restriction with a word of degree or pace between "be" and the verb', () => {
  it('be gradually lifted', () => {
    read('be gradually lifted', 'Kerrin urged that the port blockade be gradually lifted.', [
      {
        party: 'vesta',
        demand: 'blockade-lifted',
        stance: 'supports',
        quote: 'port blockade be gradually lifted',
      },
    ]);
  });
  it('trap: another verb after the word of degree', () => {
    read(
      'be partly rebuilt',
      'Kerrin urged that the port blockade wall be partly rebuilt.',
      [],
      [['vesta', 'blockade-lifted']],
    );
  });
});

describe('a phrase of ending read with the other verbs of ending', () => {
  it('bring the border war to an end', () => {
    read('bring … to an end', 'Kerrin wants Norland to bring the border war to an end.', [
      { party: 'vesta', demand: 'war-end', stance: 'supports', quote: 'bring the border war to an end' },
    ]);
  });
  it('trap: another thing brought to an end', () => {
    read(
      'the border talks brought to an end',
      'Kerrin wants Norland to bring the border talks to an end.',
      [],
      [['vesta', 'war-end']],
    );
  });
  it('swaps a verb for a verb and a noun for a noun, in the families of ending and setting free only', () => {
    const same = (w: string) => w;
    expect(phraseFamilyVariants('end the war in Gaza', same)).toEqual(
      expect.arrayContaining(['bring the war in Gaza to an end', 'put an end to the war in Gaza']),
    );
    expect(phraseFamilyVariants('end the war in Gaza', same)).not.toContain('end to the war in Gaza');
    expect(phraseFamilyVariants('release of the captives', same)).toEqual(['freeing of the captives']);
    expect(phraseFamilyVariants('lift all additional tariffs', same)).toEqual([]);
    expect(phraseFamilyVariants('end … war', same)).toEqual([]);
  });
});

describe('oppositeVariants', () => {
  it('swaps the verb only, never the modal, and never puts in "keep"', () => {
    expect(oppositeVariants('war would continue')).toEqual(['war would go on']);
    expect(oppositeVariants('keep … sanctions in place')).toEqual([
      'maintain … sanctions in place',
      'retain … sanctions in place',
    ]);
    expect(oppositeVariants('maintain sanctions')).toEqual(['retain sanctions']);
    expect(oppositeVariants('sanctions will stay')).toEqual([]);
    expect(phraseVariants('buy … farm goods')).toEqual(
      expect.arrayContaining(['purchase … farm goods', 'buy … farm products', 'purchase … farm products']),
    );
  });
});

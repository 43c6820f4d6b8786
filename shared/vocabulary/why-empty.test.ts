import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '../derive/derive-matrix';
import { createWinkSegmenter } from '../derive/segment';
import type { Ontology } from '../model/ontology';
import { makeDocument } from '../model/test-support/make-document';
import { TRADE_ARTICLES } from './test-support/trade-articles';
import { whyEmpty } from './why-empty';

const cues = { supports: ['backs'], rejects: ['reject'], open: [], unclear: [], negations: ['not'] };
const documents = TRADE_ARTICLES.map((a) =>
  makeDocument(a.id, a.text, { path: a.file, title: a.title, published: a.published }),
);
const segmenter = createWinkSegmenter();
const derive = (ontology: Omit<Ontology, 'version' | 'cues'>) =>
  deriveMatrix(documents, { version: 2, cues, ...ontology }, { segmenter, now: () => 0 });
const canada = { id: 'canada', name: 'Canada', aliases: ['Canada', 'Ottawa'] };
const steel = {
  id: 'steel',
  title: 'Lift steel tariffs',
  description: '',
  phrases: ['removal of steel tariffs'],
};

describe('why the matrix is empty', () => {
  it('says the vocabulary has no parties or demands yet', () => {
    expect(whyEmpty(derive({ parties: [], demands: [] }))?.title).toBe(
      'The vocabulary has no parties and no demands yet',
    );
    expect(whyEmpty(derive({ parties: [canada], demands: [] }))?.title).toBe(
      'The vocabulary has no demands yet',
    );
  });

  it('says no party was recognised when no document names one', () => {
    const why = whyEmpty(
      derive({ parties: [{ id: 'mexico', name: 'Mexico', aliases: [] }], demands: [steel] }),
    );
    expect(why?.title).toBe('No citations yet');
    expect(why?.reasons).toEqual([
      'No party recognised: none of the 3 documents names a party of the vocabulary by its name, an alias, an adjective or an official.',
      '3 of 3 documents name a demand of the vocabulary.',
    ]);
  });

  it('says no demand phrasing matched', () => {
    const dairy = { ...steel, id: 'dairy', phrases: ['dairy supply quota abolition'] };
    expect(whyEmpty(derive({ parties: [canada], demands: [dairy] }))?.reasons).toEqual([
      '3 of 3 documents name a party of the vocabulary.',
      'No demand phrasing matched: no phrase or frame of the 1 demand appears in any document.',
    ]);
  });

  it('is silent once there are citations', () => {
    const eu = { id: 'eu', name: 'European Union', aliases: ['Brussels'] };
    expect(whyEmpty(derive({ parties: [canada, eu], demands: [steel] }))).toBeNull();
  });

  it('points to unclassified mentions when sentences name both without a cue that decides', () => {
    const why = whyEmpty(derive({ parties: [canada], demands: [steel] }));
    expect(why?.reasons.at(-1)).toMatch(
      /^\d+ sentences? names? a party and a demand without a stance cue deciding the position/,
    );
  });
});

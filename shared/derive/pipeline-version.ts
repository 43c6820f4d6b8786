/**
 * The derivation's version, part of every derivation cache key: a cache made by another version is
 * derived again, never reused. `DERIVATION_SOURCE` is the hash of the shared/derive sources this
 * version was recorded for; a test fails when the sources change without a new version, and
 * `npm run pipeline:bump` records one (4: derivation v2; 5: news-English sentence splitting; 6: a
 * party's own demands; 7 on: see git log of this file).
 */
export const PIPELINE_VERSION = 840;
export const DERIVATION_SOURCE = '079735484b93c4fa';

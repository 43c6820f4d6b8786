/**
 * Word lists more than one reader of a sentence needs, kept in one place so they cannot drift apart.
 */

/** Words between an owner and its demand noun: "Russia's main security demands", "its three key proposals". */
export const DEMAND_NOUN_MODIFIERS: readonly string[] = [
  'main',
  'key',
  'security',
  'new',
  'latest',
  'written',
  'sweeping',
  'core',
  'central',
  'original',
  'draft',
  'own',
  'initial',
  'maximalist',
  'principal',
  'chief',
  'top',
  'major',
  'basic',
  'fundamental',
];

/** Prepositions after which a name is no clause subject: "met with officials of NATO", "told Moscow". */
export const NOT_A_SUBJECT_AFTER: readonly string[] = [
  'alongside',
  'beside',
  'near',
  'within',
  'including',
  'to',
  'with',
  'from',
  'for',
  'on',
  'against',
  'between',
  'about',
  'at',
  'of',
  'by',
  'into',
  'told',
];

import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Plural nouns naming a class whose members an example follows: "groups like …", "countries such as …". */
const CLASS_NOUN = wordSet(
  /^(?:groups|organi[sz]ations|outfits|factions|movements|networks|militias|militants|fighters|terrorists|extremists|jihadists|entities|individuals|countries|states|nations|governments|neighbou?rs|members|weapons|systems|missiles)$/,
);
/** Words between a restriction and such a class noun: "stop any groups like …", "deny all the other groups …". */
const CLASS_DETERMINER = wordSet(
  /^(?:the|any|all|other|such|foreign|armed|terrorist|militant|extremist|jihadist)$/,
);

/**
 * Where a class noun with its example before the subject at `j + 1` starts, or -1: "stop groups like
 * al-Qaeda from …", "deny groups such as ISIS a haven", "bar militants including al-Qaeda", "keep the
 * likes of al-Qaeda out". The example is the class the restriction takes as its object; the words
 * "groups like" sit inside that object. `j` is the token right before the subject.
 */
export function classExampleStart(tokens: readonly Token[], j: number): number {
  const w = tokens[j]?.lower ?? '';
  // "the likes of al-Qaeda"
  if (w === 'of' && tokens[j - 1]?.lower === 'likes' && tokens[j - 2]?.lower === 'the') return j - 2;
  let k: number;
  if (w === 'like' || w === 'including') k = j - 1;
  else if (w === 'as' && tokens[j - 1]?.lower === 'such') k = j - 2;
  else return -1;
  if (!CLASS_NOUN.test(tokens[k]?.lower ?? '')) return -1;
  while (k - 1 >= 0 && CLASS_DETERMINER.test(tokens[k - 1]?.lower ?? '') && j - k < 5) k--;
  return k;
}

/**
 * SentenceReading: the layers of a sentence's reading stacked into one object. Each layer extends the one
 * below it and asks only of the layers below, so the order is the dependency order: clause-structure,
 * subjects, holders, findings, read-mentions, indirect-readings, named-proposer, proposer-content,
 * back-pointers.
 */
import { BackPointerReading } from './back-pointers';

/**
 * One sentence being read: its input, what is worked out once (its clauses, who in it may speak),
 * and the questions analyzeSentence asks about it. Methods rather than closures made anew for
 * every sentence: this runs for every sentence that names a demand.
 */
export class SentenceReading extends BackPointerReading {}

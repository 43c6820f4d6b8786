/**
 * Anchors a frame's own subjects imply. A weak subject ("forces", "troops") counts only near one of
 * the demand's anchors; an analyst who also writes the subject "foreign forces" has said that the word
 * before the weak one is what makes those forces this negotiation's: "foreign" anchors "forces" as a
 * written anchor would ("foreign forces should withdraw", "the foreign troops must leave"). A short
 * anchor list (the few an analyst writes in an afternoon) leaves such words out; the subjects hold them.
 * Only a frame that has anchors gets more (one with none reads its subjects anywhere already), and only
 * one word, a name or a word of ownership, before a weak subject.
 */
import type { DemandFrame } from '../model/ontology';

/**
 * Modifiers that say whose a weak subject is: a name ("U.S. troops", "Israeli forces") or a word setting
 * outsiders apart ("foreign forces", "coalition troops"). Not a word of kind ("political settlement",
 * "atomic weapons"): those name a sort of thing that any negotiation may speak of.
 */
const OWNING = /^(?:foreign|international|coalition|allied|occupying|occupation|western)$/;
const NAME = /^[A-Z][A-Za-z.-]+$/;

const key = (w: string): string => w.toLowerCase().replace(/s$/, '');

/** The frame with the words its subjects put before a weak subject added as anchors. */
export function withSubjectAnchors(frame: DemandFrame): DemandFrame {
  const anchors = frame.anchors ?? [];
  if (anchors.length === 0) return frame;
  const weak = new Set((frame.weakSubjects ?? []).map(key));
  const seen = new Set(anchors.map((a) => a.toLowerCase()));
  const added: string[] = [];
  for (const subject of [...frame.subjects, ...(frame.strongSubjects ?? [])]) {
    const words = subject.trim().split(/\s+/);
    if (words.length !== 2) continue;
    const [modifier, head] = words as [string, string];
    if (!weak.has(key(head)) || !(NAME.test(modifier) || OWNING.test(modifier))) continue;
    if (seen.has(modifier.toLowerCase())) continue;
    seen.add(modifier.toLowerCase());
    added.push(modifier);
  }
  return added.length === 0 ? frame : { ...frame, anchors: [...anchors, ...added] };
}

/**
 * Arguments of the Vocabulary view's changes: a party's or a demand's fields, the stance cues, the
 * office words, removing and reverting entries. Strict and bounded like every argument; each
 * message names what is wrong in the analyst's words. Kept apart from schemas.ts, which includes
 * these in the analyst actions.
 */
import { z } from 'zod';
import { ID_MAX_LENGTH, PHRASE_MAX_LENGTH, VOCABULARY_LIST_MAX } from '../model/limits';

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(ID_MAX_LENGTH, `is longer than ${ID_MAX_LENGTH} characters`);

const phrase = (what: string) =>
  z
    .string()
    .max(PHRASE_MAX_LENGTH, `is longer than ${PHRASE_MAX_LENGTH} characters`)
    .refine((s) => s.trim().length > 0, `${what} must not be blank`);

const phraseList = (what: string) =>
  z
    .array(phrase(what))
    .max(VOCABULARY_LIST_MAX, `has more than ${VOCABULARY_LIST_MAX.toLocaleString('en')} entries`);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(DATE, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');

export const officialInputSchema = z
  .strictObject({
    name: phrase('the official’s name'),
    aliases: phraseList('an alias').optional(),
    role: phrase('the office'),
    from: isoDate.nullable().optional(),
    to: isoDate.nullable().optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, {
    message: 'the office ends before it starts',
    path: ['to'],
  });

/**
 * A change names the fields it replaces: a field left out keeps the entry's value. A field sent
 * without a value (`{ name: undefined }`, which Electron's structured clone carries over) is
 * refused, naming the field: counted as a change, it would delete a field every reader of the
 * vocabulary needs (a party's name, a demand's title) and break the matrix, export and print.
 */
function refuseFieldsWithoutValue(changes: object, ctx: z.RefinementCtx): void {
  for (const [field, value] of Object.entries(changes))
    if (value === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'is sent without a value: leave the field out to keep it as it is, or give it one',
      });
}

const changesSomething = (changes: object) => Object.values(changes).some((v) => v !== undefined);

export const partyChangesSchema = z
  .strictObject({
    name: phrase('the party name').optional(),
    aliases: phraseList('an alias').optional(),
    adjectives: phraseList('an adjective').optional(),
    officials: z.array(officialInputSchema).max(VOCABULARY_LIST_MAX).optional(),
    hidden: z.boolean().optional(),
  })
  .superRefine(refuseFieldsWithoutValue)
  .refine(changesSomething, 'changes nothing');

export const demandFrameInputSchema = z.strictObject({
  subjects: phraseList('a subject'),
  strongSubjects: phraseList('a strong subject').optional(),
  weakSubjects: phraseList('a weak subject').optional(),
  anchors: phraseList('an anchor').optional(),
  restrictions: phraseList('a restriction'),
  opposites: phraseList('an opposite'),
  // Not shown in the editor, sent back unchanged with a changed frame.
  weakOpposites: phraseList('a weak opposite').optional(),
  restrictionsAfter: phraseList('a restriction after the subject').optional(),
  ellipticalSubjects: phraseList('an elliptical subject').optional(),
  anchoredSubjects: phraseList('an anchored subject').optional(),
  principles: phraseList('a principle').optional(),
  withdrawalPlaces: phraseList('a withdrawal place').optional(),
});

export const demandChangesSchema = z
  .strictObject({
    title: phrase('the demand title').optional(),
    description: z.string().max(2_000, 'is longer than 2,000 characters').optional(),
    phrases: phraseList('a phrase').optional(),
    counterPhrases: phraseList('a counter-phrase').optional(),
    frame: demandFrameInputSchema.optional(),
    proposedBy: z.array(id).max(VOCABULARY_LIST_MAX).optional(),
    addressedTo: z.array(id).max(VOCABULARY_LIST_MAX).optional(),
    hidden: z.boolean().optional(),
  })
  .superRefine(refuseFieldsWithoutValue)
  .refine(changesSomething, 'changes nothing');

export const CUE_KINDS = [
  'supports',
  'rejects',
  'open',
  'unclear',
  'holdFirm',
  'intent',
  'negations',
  'carriers',
  'references',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const cueChangesSchema = z
  .strictObject(
    Object.fromEntries(CUE_KINDS.map((k) => [k, phraseList('a cue').optional()])) as Record<
      CueKind,
      z.ZodOptional<ReturnType<typeof phraseList>>
    >,
  )
  .superRefine(refuseFieldsWithoutValue)
  .refine(changesSomething, 'changes nothing');

export const VOCABULARY_TARGETS = ['party', 'demand', 'cues', 'roles'] as const;

/** The Vocabulary view's changes, as analyst actions (each undoable). */
export const vocabularyActionSchemas = [
  z.strictObject({ type: z.literal('ontology:edit-party'), partyId: id, changes: partyChangesSchema }),
  z.strictObject({ type: z.literal('ontology:remove-party'), partyId: id, name: phrase('the party name') }),
  z.strictObject({ type: z.literal('ontology:edit-demand'), demandId: id, changes: demandChangesSchema }),
  z.strictObject({
    type: z.literal('ontology:remove-demand'),
    demandId: id,
    title: phrase('the demand title'),
  }),
  z.strictObject({ type: z.literal('ontology:edit-cues'), changes: cueChangesSchema }),
  z.strictObject({ type: z.literal('ontology:edit-roles'), roles: phraseList('an office word') }),
  z
    .strictObject({
      type: z.literal('ontology:revert'),
      target: z.enum(VOCABULARY_TARGETS),
      id: id.optional(),
    })
    .refine((a) => (a.target === 'party' || a.target === 'demand') === (a.id !== undefined), {
      message: 'a party or demand is reverted by its id; cues and office words without one',
      path: ['id'],
    }),
] as const;

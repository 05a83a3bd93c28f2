import * as z from 'zod';
import { INTENTS } from '../understand/intent.ts';
import { FINE_TYPES } from '../understand/answer-type.ts';
import { DECLINE_REASONS, type Answer } from './types.ts';

const CitationSchema = z
  .object({
    article: z.string().min(1),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    snippet: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((c) => c.end - c.start === c.snippet.length, 'the span must be exactly as long as the snippet');

/** The contract every surface relies on; tests validate answers to arbitrary input against it. */
export const AnswerSchema = z
  .strictObject({
    question: z.string(),
    intent: z.enum(INTENTS),
    answered: z.boolean(),
    answer: z.string().min(1),
    citations: z.array(CitationSchema),
    conflicts: z.array(
      z.strictObject({
        slot: z.string(),
        values: z.array(z.strictObject({ value: z.string(), citation: CitationSchema })).min(2),
      }),
    ),
    value: z.string().min(1).nullable(),
    type: z.enum(FINE_TYPES).nullable(),
    event: z.string().nullable(),
    reason: z.enum(DECLINE_REASONS).nullable(),
    candidates: z.array(
      z.strictObject({ event: z.string().min(1), label: z.string().min(1), date: z.string().nullable() }),
    ),
    reading: z.string().min(1).nullable(),
    remember: z
      .strictObject({
        question: z.string(),
        event: z.string().nullable(),
        subject: z.string().nullable(),
        people: z.string().nullable(),
        place: z.string().nullable(),
        value: z.string().nullable(),
        candidates: z.array(z.string()),
        choice: z.string().optional(),
      })
      .nullable(),
  })
  .refine((a) => (a.reason === null) === a.answered, 'a reason is given exactly when the question is declined');

// A value the schema accepts is an Answer, and the two name the same fields: they cannot drift apart.
type Parsed = z.infer<typeof AnswerSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const parsedIsAnswer: Parsed extends Answer ? true : false = true;
const sameFields: SameKeys<Parsed, Answer> = true;
void parsedIsAnswer;
void sameFields;

import * as z from 'zod';
import type { Answer } from '../answer/index.ts';

/**
 * One question of an evaluation set (the format of ../shared/dev-eval/questions.jsonl): `expect`
 * holds case-insensitive patterns that must all match the answer text, `cite` one that must match
 * a cited snippet; an unanswerable question is right only when the bot declines.
 */
export const EvalQuestionSchema = z.object({
  id: z.string(),
  q: z.string(),
  kind: z.string(),
  expect: z.array(z.string()),
  cite: z.string().nullable(),
  answerable: z.boolean(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export interface EvalMiss {
  readonly id: string;
  readonly question: string;
  readonly expected: string;
  readonly got: string;
}

export interface EvalReport {
  readonly total: number;
  readonly correct: number;
  readonly score: number;
  /** Right / asked, per `kind` of question. */
  readonly byKind: Readonly<Record<string, { readonly total: number; readonly correct: number }>>;
  readonly misses: readonly EvalMiss[];
}

/** Parses a JSON-lines question file; a bad line is an error naming its line number. */
export function parseEvalQuestions(text: string): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`line ${n} is not JSON`);
      }
      const parsed = EvalQuestionSchema.safeParse(json);
      if (!parsed.success) throw new Error(`line ${n}: ${parsed.error.issues[0]?.message ?? 'invalid question'}`);
      return parsed.data;
    });
}

/** Why an answer does not count as right, or null when it does. */
export function judge(question: EvalQuestion, answer: Answer): string | null {
  if (!question.answerable) return answer.answered ? 'answered a question the articles do not answer' : null;
  if (!answer.answered) return 'declined';
  const missing = question.expect.filter((pattern) => !new RegExp(pattern, 'i').test(answer.answer));
  if (missing.length > 0) return `answer lacks /${missing.join('/, /')}/`;
  if (question.cite !== null) {
    const cite = new RegExp(question.cite, 'i');
    if (!answer.citations.some((c) => cite.test(c.snippet))) return `no citation matches /${question.cite}/`;
  }
  return null;
}

/** Asks every question and scores the answers. */
export function scoreQuestions(questions: readonly EvalQuestion[], ask: (question: string) => Answer): EvalReport {
  const byKind: Record<string, { total: number; correct: number }> = {};
  const misses: EvalMiss[] = [];
  for (const question of questions) {
    const answer = ask(question.q);
    const why = judge(question, answer);
    const tally = (byKind[question.kind] ??= { total: 0, correct: 0 });
    tally.total += 1;
    if (why === null) {
      tally.correct += 1;
      continue;
    }
    const expected = question.answerable
      ? `${question.expect.join(' & ')}${question.cite ? ` (cite /${question.cite}/)` : ''}`
      : 'a decline';
    misses.push({
      id: question.id,
      question: question.q,
      expected,
      got: `${why}: ${answer.answered ? '' : '[declined] '}${answer.answer}`,
    });
  }
  const correct = questions.length - misses.length;
  return {
    total: questions.length,
    correct,
    score: questions.length === 0 ? 0 : correct / questions.length,
    byKind,
    misses,
  };
}

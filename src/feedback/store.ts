import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import * as z from 'zod';

const FEEDBACK_SCHEMA_VERSION = 1;

/** Where an answer was shown, and so where a vote on it was cast. */
export const SURFACES = ['mention', 'dm', 'command', 'share'] as const;
export type Surface = (typeof SURFACES)[number];

const VoteSchema = z.object({
  at: z.string(),
  user: z.string(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string(),
  answered: z.boolean(),
  surface: z.enum(SURFACES),
  channel: z.string().optional(),
  /** The click it came from (user, message, action): a replayed click has the same key and records nothing. */
  key: z.string().optional(),
});

const FeedbackFileSchema = z.object({ schema: z.literal(FEEDBACK_SCHEMA_VERSION), votes: z.array(VoteSchema) });

export type Vote = z.infer<typeof VoteSchema>;
type FeedbackFile = z.infer<typeof FeedbackFileSchema>;

export interface FeedbackTotals {
  readonly up: number;
  readonly down: number;
}

export interface FeedbackStore {
  readonly path: string;
  /**
   * Appends a vote and resolves once the file on disk holds it;
   * a vote whose `key` is recorded already is skipped (false).
   */
  record(vote: Vote): Promise<boolean>;
  totals(): FeedbackTotals;
  /** Resolves when every recorded vote is on disk. */
  flush(): Promise<void>;
}

/** A feedback file that exists but cannot be used; it is left untouched so no vote is lost. */
export class FeedbackError extends Error {
  override readonly name = 'FeedbackError';
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(
      `The feedback file ${path} is not valid (${detail}). It was left as it is: move it aside or repair it, or ` +
        `set FEEDBACK_PATH to another file.`,
    );
  }
}

/**
 * Opens (or starts) the feedback file. Votes live in their own file, apart from the extracted store,
 * which stays a pure build output. Writes go through lowdb's atomic writer (temporary file, then
 * rename), and concurrent votes are coalesced into writes of the whole list, so none is lost.
 */
export async function openFeedbackStore(path: string): Promise<FeedbackStore> {
  const data = await readExisting(path);
  await mkdir(dirname(path), { recursive: true });
  const db = new Low<FeedbackFile>(
    new DataFile<FeedbackFile>(path, { parse: JSON.parse, stringify: (d) => `${JSON.stringify(d, null, 1)}\n` }),
    data,
  );
  let up = data.votes.filter((v) => v.vote === 'up').length;
  let down = data.votes.length - up;
  let lastWrite: Promise<void> = Promise.resolve();
  const keys = new Set(data.votes.flatMap((v) => (v.key !== undefined ? [v.key] : [])));
  return {
    path,
    record(vote: Vote): Promise<boolean> {
      const parsed = VoteSchema.parse(vote);
      if (parsed.key !== undefined && keys.has(parsed.key)) return Promise.resolve(false);
      if (parsed.key !== undefined) keys.add(parsed.key);
      db.data.votes.push(parsed);
      const count = (by: number): void => {
        if (parsed.vote === 'up') up += by;
        else down += by;
      };
      count(1);
      const write = db.write().then(() => true);
      lastWrite = write.then(
        () => undefined,
        () => undefined,
      );
      // The voter is told a failed vote was not recorded, so it must not linger to be saved by a later write.
      return write.catch((error: unknown) => {
        const at = db.data.votes.indexOf(parsed);
        if (at >= 0) db.data.votes.splice(at, 1);
        if (parsed.key !== undefined) keys.delete(parsed.key);
        count(-1);
        // Writes queued meanwhile were serialised with this vote in them: write the list once more without it.
        lastWrite = db.write().catch(() => undefined);
        throw error;
      });
    },
    totals: () => ({ up, down }),
    async flush(): Promise<void> {
      await lastWrite;
    },
  };
}

async function readExisting(path: string): Promise<FeedbackFile> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { schema: FEEDBACK_SCHEMA_VERSION, votes: [] };
    throw new FeedbackError(path, `cannot be read: ${(error as { code?: string }).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new FeedbackError(path, `not JSON: ${(error as Error).message}`);
  }
  const parsed = FeedbackFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FeedbackError(path, issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid');
  }
  return parsed.data;
}

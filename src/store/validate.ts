import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import * as z from 'zod';
import { StoreSchema, type Store } from './schema.ts';

/**
 * The store schema, compiled by ajv from zod's own JSON Schema export: zod stays the one definition
 * (and writes the error messages), while ajv checks a large store in place, where zod would build a
 * full copy of it (2.5 s for 10,000 articles). ajv costs ~200 ms to load and compile, so it is loaded
 * only for the first large store; anything it rejects goes on to zod for the message.
 */
let compiled: ValidateFunction<Store> | undefined;

export function isValidStore(data: unknown): data is Store {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    compiled = new Ajv({ strict: false, allErrors: false }).compile<Store>(
      z.toJSONSchema(StoreSchema, { target: 'draft-7' }),
    );
  }
  return compiled(data);
}

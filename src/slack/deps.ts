import type { Logger } from '@slack/bolt';
import type { AsyncEngine } from '../answer/index.ts';
import type { FeedbackStore } from '../feedback/index.ts';
import type { RecentDeliveries } from './dedupe.ts';
import type { WorkInFlight } from './work.ts';

/** What every listener may use: built once at start-up and shared, never per request. */
export interface BotDeps {
  /** In this thread or on its own (cli/engine-thread.ts): listeners await every answer either way. */
  readonly engine: AsyncEngine;
  readonly feedback: FeedbackStore;
  readonly logger: Logger;
  /** The slash command, as declared in manifest.yml. */
  readonly command: string;
  /** Messages already answered (`channel:ts`), so one message never gets two replies. */
  readonly answered: RecentDeliveries;
  /** Event deliveries already taken (`event_id`): Slack retries and duplicates. */
  readonly deliveries: RecentDeliveries;
  readonly work: WorkInFlight;
}

export const SLASH_COMMAND = '/events';

import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { BotDeps } from '../deps.ts';

/**
 * Slack redelivers an event it thinks was missed (with `x-slack-retry-num`) and can deliver one twice;
 * Bolt passes every delivery on. Each `event_id` is handled once; repeats stop here.
 */
export function skipRepeatedDeliveries(deps: BotDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && !deps.deliveries.firstTime(eventId)) {
      deps.logger.debug(`Skipping a repeated delivery of ${eventId} (retry ${context.retryNum ?? 0}).`);
      return;
    }
    await next();
  };
}

/** Every request's listeners run as tracked work, so a shutdown can let replies in flight finish. */
export function trackWork(deps: BotDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    await deps.work.track(next());
  };
}

import type { App } from '@slack/bolt';
import { homeView } from '../../blocks/home.ts';
import type { BotDeps } from '../../deps.ts';
import { describeSlackError } from '../../errors.ts';

/** The Home tab: published each time a user opens it, so it shows the store and feedback as they are now. */
export function registerAppHomeOpened(app: App, deps: BotDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const view = homeView({
      timeline: await deps.engine.timeline(),
      examples: await deps.engine.examples(),
      articles: deps.engine.size.articles,
      feedback: deps.feedback.totals(),
      command: deps.command,
    });
    try {
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      deps.logger.error(`Could not publish the Home tab for ${event.user}: ${describeSlackError(error)}`);
    }
  });
}

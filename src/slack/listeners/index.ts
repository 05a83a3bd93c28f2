import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.ts';
import { registerChoose } from './actions/choose.ts';
import { registerFeedback } from './actions/feedback.ts';
import { registerShare } from './actions/share.ts';
import { registerEventsCommand } from './commands/events-command.ts';
import { registerAppHomeOpened } from './events/app-home-opened.ts';
import { registerAppMention } from './events/app-mention.ts';
import { registerDirectMessage } from './events/direct-message.ts';
import { skipRepeatedDeliveries, trackWork } from './middleware.ts';

/** What the app listens to, in the manifest's terms: a test checks manifest.yml declares exactly these. */
export interface Registered {
  /** Bot events as `bot_events` names them (the DM listener is `message.im`). */
  readonly events: string[];
  readonly commands: string[];
  readonly actions: string[];
}

/** Registers every listener, grouped by surface as in Slack's sample apps, and reports what it registered. */
export function registerListeners(app: App, deps: BotDeps): Registered {
  app.use(trackWork(deps));
  app.use(skipRepeatedDeliveries(deps));
  const { recorder, registered } = recordRegistrations(app);
  registerAppMention(recorder, deps);
  registerDirectMessage(recorder, deps);
  registerAppHomeOpened(recorder, deps);
  registerEventsCommand(recorder, deps);
  registerShare(recorder, deps);
  registerFeedback(recorder, deps);
  registerChoose(recorder, deps);
  return registered;
}

/**
 * The same App, noting the first argument of each registration as it passes, so the list the manifest
 * is checked against is what was really registered rather than a list kept by hand.
 */
function recordRegistrations(app: App): { recorder: App; registered: Registered } {
  const registered: Registered = { events: [], commands: [], actions: [] };
  const note: Record<string, (id: unknown) => void> = {
    event: (id) => registered.events.push(String(id)),
    // Only direct messages are answered (the listener filters channel_type 'im').
    message: () => registered.events.push('message.im'),
    command: (id) => registered.commands.push(String(id)),
    action: (id) => registered.actions.push(String(id)),
  };
  const recorder = new Proxy(app, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const record = typeof property === 'string' ? note[property] : undefined;
      if (!record || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        record(args[0]);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { recorder, registered };
}

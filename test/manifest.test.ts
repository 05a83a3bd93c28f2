/**
 * manifest.yml against the code: every event, command and action the App registers is declared, and
 * everything declared is handled, with the scopes each needs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSlackApp, type SlackApp } from '../src/slack/app.ts';
import { answerMessage } from '../src/slack/blocks/answer.ts';
import { readSlackConfig } from '../src/slack/index.ts';
import { createLogger } from '../src/slack/logger.ts';
import { openFeedbackStore } from '../src/feedback/index.ts';
import { BOT_SCOPES } from '../src/slack/preflight.ts';
import { SLACK_PATH } from '../src/slack/server.ts';
import { CONTEXT_SCOPES } from '../src/slack/context.ts';
import { MAX_CANDIDATES } from '../src/answer/conversation.ts';
import { FAKE_BOT_SCOPES } from './helpers/fake-slack-api.ts';
import { seedEngine } from './helpers/engine.ts';
import { BOT_TOKEN, SIGNING_SECRET } from './helpers/slack-bot.ts';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync('manifest.yml', 'utf8')) as Manifest;
let slack: SlackApp;

beforeAll(async () => {
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: 'http://127.0.0.1:9/api/',
  });
  if (config.mode !== 'http') throw new Error('expected HTTP mode');
  // Built, not started: with the bot's ids given, constructing the App makes no Web API call.
  slack = createSlackApp({
    config,
    engine: await seedEngine(),
    feedback: await openFeedbackStore(join(mkdtempSync(join(tmpdir(), 'newsbot-manifest-')), 'feedback.json')),
    logger: createLogger('error', () => undefined),
    identity: { botId: 'B0BOT', botUserId: 'U0BOT', team: undefined },
    retryConfig: { retries: 0 },
  });
});

describe('manifest.yml', () => {
  it('declares exactly the bot events the App listens to', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [...new Set(slack.registered.events)].sort(),
    );
  });

  it('declares exactly the slash commands the App handles, each with a description and usage hint', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual(
      [...slack.registered.commands].sort(),
    );
    for (const c of manifest.features.slash_commands) {
      expect(c.command.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.usage_hint).toContain('QUESTION');
    }
  });

  it('turns interactivity on, and every button the replies carry has a handler', async () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    // The buttons a reply can carry, read from a rendered reply rather than from a list.
    const asked = await slack.deps.engine.answer('when is the summit?');
    // An answer offering as many other events as it ever can: every "Did you mean" button shows.
    const candidates = Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => ({
      event: `e${i}`,
      label: `event ${i}`,
      date: null,
    }));
    const reply = answerMessage(
      { ...asked, event: 'e0', candidates },
      { surface: 'command', feedback: true, share: true },
    );
    const shown = reply.blocks.flatMap((b) =>
      b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? e.action_id : undefined)) : [],
    );
    expect([...slack.registered.actions].sort()).toEqual(shown.sort());
  });

  it('asks for the scopes the registered listeners and replies need, and no others', () => {
    const needed = new Set(['chat:write']);
    const byEvent: Record<string, string> = { app_mention: 'app_mentions:read', 'message.im': 'im:history' };
    for (const e of slack.registered.events) if (byEvent[e]) needed.add(byEvent[e]);
    if (slack.registered.commands.length > 0) needed.add('commands');
    // Follow-ups read the bot's last answer back from threads and DMs (src/slack/context.ts).
    if (slack.registered.events.includes('app_mention')) for (const s of CONTEXT_SCOPES) needed.add(s);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    // Start-up checks the bot token for these (src/slack/preflight.ts), and the fake grants them.
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect([...FAKE_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it('has a Home tab and a writable Messages tab, Socket Mode, and a valid bot name', () => {
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9_.-]{1,80}$/);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
  });
});

describe('manifest.http.yml', () => {
  type HttpManifest = Manifest & {
    features: { slash_commands: { url?: string }[] };
    settings: { event_subscriptions: { request_url?: string }; interactivity: { request_url?: string } };
  };
  const http = parse(readFileSync('manifest.http.yml', 'utf8')) as HttpManifest;

  it('is manifest.yml with Socket Mode off and one Request URL, so the two cannot drift apart', () => {
    const urls = [
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
      ...http.features.slash_commands.map((c: { url?: string }) => c.url),
    ];
    // Events, the command and button clicks all go to the one path the bot serves.
    expect(urls).toEqual(
      Array(2 + manifest.features.slash_commands.length).fill(`https://your-host.example.com${SLACK_PATH}`),
    );
    const withoutHttp: HttpManifest = structuredClone(http);
    delete withoutHttp.settings.event_subscriptions.request_url;
    delete withoutHttp.settings.interactivity.request_url;
    for (const c of withoutHttp.features.slash_commands as { url?: string }[]) delete c.url;
    expect(withoutHttp.settings.socket_mode_enabled).toBe(false);
    withoutHttp.settings.socket_mode_enabled = true;
    expect(withoutHttp).toEqual(manifest);
  });
});

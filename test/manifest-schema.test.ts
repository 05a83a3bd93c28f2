/**
 * Every shipped manifest, checked the way Slack checks a pasted one: the shape of the `Manifest` type
 * in @slack/web-api with no unknown keys, and the limits Slack documents. The checker itself is shown
 * to refuse the mistakes it exists for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestLimitProblems, manifestProblems, manifestTypeProblems } from './helpers/manifest-schema.ts';

const SHIPPED = readdirSync('.')
  .filter((f) => /^manifest(?:\.[a-z]+)?\.ya?ml$/.test(f))
  .sort();
const load = (file: string): Record<string, unknown> => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
/** A deep copy of manifest.yml to break in one place. */
const socket = (): ManifestDoc => structuredClone(load('manifest.yml')) as ManifestDoc;

type ManifestDoc = {
  display_information: Record<string, unknown>;
  features: { slash_commands: Array<Record<string, unknown>>; [key: string]: unknown };
  settings: {
    interactivity: Record<string, unknown>;
    event_subscriptions: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

describe('shipped manifests', () => {
  it('are manifest.yml (Socket Mode) and manifest.http.yml (HTTP mode)', () => {
    expect(SHIPPED).toEqual(['manifest.http.yml', 'manifest.yml']);
  });

  it.each(SHIPPED)('%s fits the Manifest type of @slack/web-api and Slack’s documented limits', (file) => {
    expect(manifestProblems(load(file))).toEqual([]);
  });
});

describe('the manifest check', () => {
  it('refuses a 36-character name and accepts 35', () => {
    const m = socket();
    m.display_information.name = 'N'.repeat(36);
    expect(manifestProblems(m)).toEqual(['display_information.name: 36 characters; Slack allows 1 to 35']);
    m.display_information.name = 'N'.repeat(35);
    expect(manifestProblems(m)).toEqual([]);
  });

  it('refuses an unknown key at the top, and deep inside', () => {
    const m = socket();
    m['display'] = { name: 'x' };
    m.settings.interactivity['request_urll'] = 'https://example.com/slack/events';
    expect(manifestTypeProblems(m)).toEqual([
      'display: unknown key (known here: _metadata, display_information, features, oauth_config, settings, functions)',
      'settings.interactivity.request_urll: unknown key (known here: is_enabled, message_menu_options_url, ' +
        'request_url)',
    ]);
  });

  it('refuses request_url on a slash command, where Slack’s schema wants url', () => {
    const m = socket();
    m.features.slash_commands[0]!['request_url'] = 'https://example.com/slack/events';
    expect(manifestTypeProblems(m)).toEqual([
      expect.stringMatching(
        new RegExp(
          '^features\\.slash_commands\\[0\\]\\.request_url: unknown key \\(known ' +
            'here: command, description, should_escape, url, usage_hint\\)$',
        ),
      ),
    ]);
  });

  it('refuses wrong types, values outside the SDK’s lists, and missing required keys', () => {
    const m = socket();
    m.settings['socket_mode_enabled'] = 'yes';
    (m['oauth_config'] as { scopes: { bot: string[] } }).scopes.bot.push('chat:writes');
    m.settings.event_subscriptions['bot_events'] = ['app_mention', 'app_mentioned'];
    delete m.display_information['name'];
    expect(manifestTypeProblems(m).sort()).toEqual([
      'display_information.name: required, missing',
      'oauth_config.scopes.bot[7]: "chat:writes" is not one of the values Slack accepts here',
      'settings.event_subscriptions.bot_events[1]: "app_mentioned" is not one of the values Slack accepts here',
      'settings.socket_mode_enabled: should be true or false, not string "yes"',
    ]);
  });

  it('applies Slack’s limits on descriptions, command names, colours and URLs', () => {
    const m = socket();
    m.display_information['description'] = 'd'.repeat(141);
    m.display_information['long_description'] = 'l'.repeat(174);
    m.display_information['background_color'] = 'navy';
    m.features.slash_commands[0]!['command'] = '/Events';
    m.features.slash_commands.push({ command: 'events', description: 'no slash' });
    m.features.slash_commands.push({ command: `/${'e'.repeat(32)}`, description: 'thirty-three characters in all' });
    expect(manifestLimitProblems(m)).toEqual([
      'display_information.description: 141 characters; Slack allows at most 140',
      'display_information.long_description: 174 characters; Slack allows 175 to 4000',
      'display_information.background_color: "navy" is not a #rgb or #rrggbb colour',
      'features.slash_commands[0].command: "/Events" must be / followed by up to 31 lowercase letters, digits, - or _',
      'features.slash_commands[1].command: "events" must be / followed by up to 31 lowercase letters, digits, - or _',
      `features.slash_commands[2].command: "/${'e'.repeat(32)}" must be / followed by up to 31 lowercase ` +
        `letters, digits, - or _`,
    ]);
    m.display_information['long_description'] = 'l'.repeat(4001);
    expect(manifestLimitProblems(m)[1]).toBe(
      'display_information.long_description: 4001 characters; Slack allows 175 to 4000',
    );
  });

  it('without Socket Mode, wants an https Request URL for events, interactivity and each command', () => {
    const m = socket();
    m.settings['socket_mode_enabled'] = false;
    expect(manifestLimitProblems(m)).toEqual([
      'settings.event_subscriptions.request_url: required when Socket Mode is off',
      'settings.interactivity.request_url: required when Socket Mode is off',
      'features.slash_commands[0].url: required when Socket Mode is off',
    ]);
    m.settings.event_subscriptions['request_url'] = 'http://example.com/slack/events';
    expect(manifestLimitProblems(m)[0]).toBe('settings.event_subscriptions.request_url: must be a full https:// URL');
  });
});

/**
 * Checks the Slack test helpers themselves: the fake Web API against a real WebClient, and the request
 * builders against Bolt's own verification and parsing.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi, type Fault } from './helpers/fake-slack-api.ts';
import {
  appMentionEvent,
  blockAction,
  eventCallback,
  sendToSlackEndpoint,
  sign,
  slashCommand,
  urlVerification,
} from './helpers/slack-requests.ts';

const TOKEN = 'xoxb-test-token';
let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

const client = () =>
  new webApi.WebClient(TOKEN, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });

describe('fake Slack API, called by a real WebClient', () => {
  it('records the decoded parameters and the bearer token', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Helsinki*' } }];
    const first = await client().chat.postMessage({ channel: 'C0CHAN', text: 'Helsinki', blocks, thread_ts: '1.2' });
    const second = await client().chat.postMessage({ channel: 'C0CHAN', text: 'again' });

    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.token).toBe(TOKEN);
    expect(call?.params).toEqual({ channel: 'C0CHAN', text: 'Helsinki', blocks, thread_ts: '1.2' });
  });

  // What WebClient makes of each fault: its error code, then its message.
  const faults: { fault: Fault; expected: RegExp }[] = [
    { fault: { kind: 'status', status: 500 }, expected: /slack_webapi_http_error/ },
    // A 429 becomes a request error, after WebClient has slept Retry-After seconds even with retries: 0.
    { fault: { kind: 'rate_limited', retryAfterSeconds: 0 }, expected: /slack_webapi_request_error .*rate limit/ },
    { fault: { kind: 'invalid_json' }, expected: /slack_webapi_platform_error/ },
    {
      fault: { kind: 'slack_error', error: 'channel_not_found' },
      expected: /slack_webapi_platform_error .*channel_not_found/,
    },
    { fault: { kind: 'destroy' }, expected: /slack_webapi_request_error/ },
  ];
  it.each(faults)('a $fault.kind fault fails one call, then the method succeeds', async ({ fault, expected }) => {
    fake.fail('chat.postMessage', fault);
    const error = await client()
      .chat.postMessage({ channel: 'C0CHAN', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(`${(error as { code?: string }).code} ${(error as Error).message}`).toMatch(expected);
    await expect(client().chat.postMessage({ channel: 'C0CHAN', text: 'y' })).resolves.toMatchObject({ ok: true });
    expect(fake.callsTo('chat.postMessage').map((c) => c.fault)).toEqual([fault.kind, undefined]);
  });

  it('records a delayed call as soon as it arrives', async () => {
    fake.fail('reactions.add', { kind: 'delay', ms: 1500 });
    const pending = client().reactions.add({ channel: 'C0CHAN', timestamp: '1.2', name: 'hourglass' });
    await fake.waitForCalls('reactions.add', 1, 1000);
    await expect(pending).resolves.toMatchObject({ ok: true });
  });

  it('records response URL posts and answers expired ones with 404', async () => {
    const post = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'hi', response_type: 'ephemeral' }),
      });
    const url = fake.responseUrl();
    expect((await post(url)).status).toBe(200);
    expect((await post(fake.responseUrl({ expired: true }))).status).toBe(404);
    fake.expireResponseUrls();
    const expired = await post(url);

    expect(expired.status).toBe(404);
    expect(await expired.json()).toEqual({ ok: false, error: 'expired_url' });
    const calls = fake.callsTo('response_url');
    expect(calls[0]?.params).toEqual({ text: 'hi', response_type: 'ephemeral', path: new URL(url).pathname });
    expect(calls.map((c) => c.fault)).toEqual([undefined, 'expired_url', 'expired_url']);
  });

  it('names the methods it saw when a wait times out', async () => {
    await client().auth.test();
    await expect(fake.waitForCalls('chat.update', 1, 50)).rejects.toThrow(/chat\.update.*calls seen: auth\.test/);
  });
});

describe('sign', () => {
  // docs.slack.dev/authentication/verifying-requests-from-slack (the token field is xyzz0WbapA4vBCDEFasx0q6G).
  it("matches Slack's documented example", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V' +
      '&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=' +
      '&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN' +
      '&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(sign('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });

  it('matches an HMAC computed directly', () => {
    const expected = createHmac('sha256', 'secret').update('v0:42:{"a":"ü"}').digest('hex');
    expect(sign('secret', 42, '{"a":"ü"}')).toBe(`v0=${expected}`);
  });
});

describe('requests built by the helpers, sent to a minimal Bolt app', () => {
  const SECRET = 'test-signing-secret';
  let endpoint: string;
  let receiver: HTTPReceiver;

  beforeAll(async () => {
    receiver = new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
    const app = new App({
      token: TOKEN,
      receiver,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
    });
    app.event('app_mention', async ({ event, say }) => {
      await say({ text: `heard: ${event.text}`, thread_ts: event.ts });
    });
    app.command('/events', async ({ command, ack, respond }) => {
      await ack();
      await respond({ text: `command: ${command.text}`, response_type: 'ephemeral' });
    });
    app.action('share', async ({ ack, action, respond }) => {
      await ack();
      await respond({ text: `shared ${'value' in action ? action.value : ''}`, replace_original: true });
    });
    const server = await app.start(0);
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(() => receiver.stop());

  it('delivers events, commands and button clicks, and rejects bad signatures', async () => {
    const send = (
      request: Parameters<typeof sendToSlackEndpoint>[2],
      opts?: Parameters<typeof sendToSlackEndpoint>[3],
    ) => sendToSlackEndpoint(endpoint, SECRET, request, opts);

    const challenge = await send(urlVerification('abc'));
    expect(JSON.parse(challenge.body)).toEqual({ challenge: 'abc' });
    expect((await send(urlVerification('abc'), { signature: 'v0=00' })).status).toBe(401);
    expect((await send(urlVerification('abc'), { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);

    expect(
      (await send(eventCallback(appMentionEvent({ text: '<@U0BOT> when?', ts: '1700000001.000001' })))).status,
    ).toBe(200);
    const [said] = await fake.waitForCalls('chat.postMessage');
    expect(said?.params).toMatchObject({
      channel: 'C0CHAN',
      text: 'heard: <@U0BOT> when?',
      thread_ts: '1700000001.000001',
    });

    expect((await send(slashCommand({ text: 'summit', responseUrl: fake.responseUrl() }))).status).toBe(200);
    expect((await send(blockAction({ actionId: 'share', value: 'q1', responseUrl: fake.responseUrl() }))).status).toBe(
      200,
    );
    const responses = await fake.waitForCalls('response_url', 2);
    expect(responses.map((c) => c.params['text']).sort()).toEqual(['command: summit', 'shared q1']);
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { npmScriptArgs, SCRIPT_SHELL } from './helpers/run.ts';

const ask = (args: string[], input?: string) =>
  spawnSync(SCRIPT_SHELL, npmScriptArgs('ask', ...args), { input, encoding: 'utf8', timeout: 60_000 });

describe('npm run ask', () => {
  it('answers one question as exactly one JSON line with the contract keys', () => {
    const r = ask(['--json', 'when is the Helsinki summit?']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]!);
    expect(Object.keys(a)).toEqual([
      'question',
      'intent',
      'answered',
      'answer',
      'citations',
      'conflicts',
      'value',
      'type',
      'event',
      'reason',
      'candidates',
      'reading',
      'remember',
    ]);
    expect(a.answer).toContain('July 16, 2018');
    expect([a.value, a.type, a.reason]).toEqual(['2018-07-16', 'date', null]);
    expect(a.event).toMatch(/\S/);
    expect(Object.keys(a.citations[0])).toEqual(['article', 'published', 'snippet', 'start', 'end']);
  });

  it('answers one JSON line per stdin line, in order, including bad input', () => {
    const questions = [
      'where did trump and putin first meet?',
      '',
      'x'.repeat(50_000),
      '\u0000\u0001\u0002',
      '🎉🎉🎉',
      'who anounced the summit??',
    ];
    const r = ask(['--json'], questions.join('\n') + '\n');
    expect(r.status).toBe(0);
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(questions.length);
    expect(answers[0].answer).toContain('Hamburg');
    for (const bad of answers.slice(1, 5)) {
      expect(bad.answered).toBe(false);
      expect(bad.reason).toBe('bad_input');
      expect(bad.value).toBeNull();
      expect(bad.answer.length).toBeGreaterThan(10);
    }
    expect(answers[2].answer).toMatch(/too long/);
    expect(answers[5].answer).toContain('White House');
  });

  it('prints a human-readable answer with its citation', () => {
    const r = ask(['who confirmed the g20 meeting?']);
    expect(r.stdout).toContain('Sergei Lavrov');
    expect(r.stdout).toContain('“The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov');
  });

  it('fails clearly, without writing, when --store names a missing file', () => {
    const r = ask(['--store', '/nonexistent/store.json', 'when?']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('/nonexistent/store.json');
    expect(r.stderr).toContain('npm run extract');
  });
});

describe('npm start without Slack credentials', () => {
  it('opens the terminal chat on the same engine', () => {
    const env = { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' };
    const r = spawnSync(SCRIPT_SHELL, npmScriptArgs('start'), {
      input: 'when is the Helsinki summit?\nexit\n',
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('To connect Slack');
    expect(r.stdout).toContain('Monday, July 16, 2018');
    expect(r.stdout).toContain('The meeting will be held on July 16 in Helsinki');
  });
});

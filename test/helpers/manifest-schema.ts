/**
 * Checks an app manifest the way Slack will: against the `Manifest` type that @slack/web-api ships
 * (read with the TypeScript compiler, so the check follows the SDK when it is upgraded), with no
 * unknown keys at any level, plus the limits Slack documents for manifests that a type cannot say.
 *
 * Slack answers an unknown key or a value out of range with an error and refuses the whole manifest,
 * so a newcomer pasting it would be stuck at step 1; this finds such a mistake before they do.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** The SDK's declaration file that holds `Manifest`. */
export const MANIFEST_TYPES_FILE = join(
  dirname(createRequire(import.meta.url).resolve('@slack/web-api')),
  'types',
  'request',
  'manifest.d.ts',
);

interface ManifestType {
  readonly checker: ts.TypeChecker;
  readonly type: ts.Type;
}

let loaded: ManifestType | undefined;

/** Compiles the declaration file once (about a second) and finds its exported `Manifest` interface. */
function manifestType(): ManifestType {
  if (loaded) return loaded;
  const program = ts.createProgram([MANIFEST_TYPES_FILE], {
    strict: true,
    noEmit: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(MANIFEST_TYPES_FILE);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Manifest');
  if (!symbol) throw new Error(`no exported Manifest type in ${MANIFEST_TYPES_FILE}: has @slack/web-api moved it?`);
  loaded = { checker, type: checker.getDeclaredTypeOfSymbol(symbol) };
  return loaded;
}

/** Every way `value` departs from the SDK's `Manifest` type, as `path: problem` lines; empty when it fits. */
export function manifestTypeProblems(value: unknown): string[] {
  const { checker, type } = manifestType();
  const problems: string[] = [];
  checkValue(checker, value, type, '', problems);
  return problems;
}

function checkValue(checker: ts.TypeChecker, value: unknown, type: ts.Type, path: string, problems: string[]): void {
  const where = path || '(manifest)';
  const f = type.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
  if (type.isUnion()) {
    // Fits if any member fits; otherwise report the member that came closest (fewest problems).
    let best: string[] | undefined;
    for (const member of type.types) {
      const attempt: string[] = [];
      checkValue(checker, value, member, path, attempt);
      if (attempt.length === 0) return;
      if (!best || attempt.length < best.length) best = attempt;
    }
    // `boolean` is the union true | false to the checker.
    if (type.types.every((t) => t.flags & ts.TypeFlags.BooleanLiteral))
      problems.push(`${where}: should be true or false, not ${describe(value)}`);
    else if (type.types.every((t) => t.isStringLiteral() || t.flags & ts.TypeFlags.Undefined))
      problems.push(`${where}: ${JSON.stringify(value)} is not one of the values Slack accepts here`);
    else problems.push(...(best ?? [`${where}: does not fit ${checker.typeToString(type)}`]));
    return;
  }
  if (f & ts.TypeFlags.Undefined) return void (value === undefined || problems.push(`${where}: should be absent`));
  if (f & ts.TypeFlags.Null) return void (value === null || problems.push(`${where}: should be null`));
  if (type.isStringLiteral())
    return void (value === type.value || problems.push(`${where}: should be ${JSON.stringify(type.value)}`));
  if (type.isNumberLiteral()) return void (value === type.value || problems.push(`${where}: should be ${type.value}`));
  if (f & ts.TypeFlags.BooleanLiteral) {
    const expected = checker.typeToString(type) === 'true';
    return void (value === expected || problems.push(`${where}: should be ${expected}`));
  }
  if (f & ts.TypeFlags.String)
    return void (typeof value === 'string' || problems.push(`${where}: should be a string, not ${describe(value)}`));
  if (f & ts.TypeFlags.Number)
    return void (typeof value === 'number' || problems.push(`${where}: should be a number, not ${describe(value)}`));
  if (f & ts.TypeFlags.Boolean)
    return void (
      typeof value === 'boolean' || problems.push(`${where}: should be true or false, not ${describe(value)}`)
    );
  if (checker.isArrayType(type)) {
    if (!Array.isArray(value)) return void problems.push(`${where}: should be a list, not ${describe(value)}`);
    const element = checker.getTypeArguments(type as ts.TypeReference)[0]!;
    value.forEach((item, i) => checkValue(checker, item, element, `${path}[${i}]`, problems));
    return;
  }
  if (f & ts.TypeFlags.Object) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void problems.push(`${where}: should be a mapping of keys, not ${describe(value)}`);
    const record = value as Record<string, unknown>;
    const properties = checker.getPropertiesOfType(type);
    if (properties.length === 0) {
      // A pure map (`Record<string, T>`): any key, each value a T.
      const index = checker.getIndexInfosOfType(type)[0];
      if (index)
        for (const [key, item] of Object.entries(record))
          checkValue(checker, item, index.type, join2(path, key), problems);
      return;
    }
    // Declared properties are the schema. (`Manifest` also extends Record<string, unknown>, the SDK's
    // escape hatch for keys it does not know yet; Slack itself refuses keys it does not know.)
    const known = new Map(properties.map((p) => [p.name, p]));
    for (const key of Object.keys(record)) {
      if (!known.has(key))
        problems.push(`${join2(path, key)}: unknown key (known here: ${[...known.keys()].join(', ')})`);
    }
    for (const [name, symbol] of known) {
      const item = record[name];
      if (item === undefined) {
        if (!(symbol.flags & ts.SymbolFlags.Optional)) problems.push(`${join2(path, name)}: required, missing`);
        continue;
      }
      checkValue(
        checker,
        item,
        checker.getNonNullableType(checker.getTypeOfSymbol(symbol)),
        join2(path, name),
        problems,
      );
    }
    return;
  }
  problems.push(`${where}: cannot check against ${checker.typeToString(type)}`);
}

function join2(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Slack's documented limits for the parts of a manifest this app uses
 * (https://docs.slack.dev/reference/app-manifest), which the type only states in comments.
 */
export function manifestLimitProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['(manifest): not a mapping'];
  const m = value as ManifestLike;
  const info = m.display_information ?? {};
  const length = (path: string, text: unknown, min: number, max: number): void => {
    if (typeof text !== 'string') return;
    const n = [...text].length;
    if (n < min || n > max)
      problems.push(`${path}: ${n} characters; Slack allows ${min === 0 ? `at most ${max}` : `${min} to ${max}`}`);
  };
  length('display_information.name', info.name, 1, 35);
  length('display_information.description', info.description, 0, 140);
  length('display_information.long_description', info.long_description, 175, 4000);
  if (typeof info.background_color === 'string' && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(info.background_color)) {
    problems.push(`display_information.background_color: "${info.background_color}" is not a #rgb or #rrggbb colour`);
  }
  const bot = m.features?.bot_user;
  if (bot && typeof bot.display_name === 'string' && !/^[a-z0-9._-]{1,80}$/.test(bot.display_name)) {
    problems.push(`features.bot_user.display_name: "${bot.display_name}" must be 1 to 80 of a-z, 0-9, -, _ and .`);
  }
  const commands = m.features?.slash_commands ?? [];
  const seen = new Set<string>();
  commands.forEach((c, i) => {
    const at = `features.slash_commands[${i}]`;
    // A leading slash, then lowercase letters, digits, - or _; 32 characters in all (Slack lowercases
    // and refuses anything else in the "Create New Command" form, and rejects it in a manifest).
    if (typeof c.command === 'string' && !/^\/[a-z0-9_-]{1,31}$/.test(c.command))
      problems.push(`${at}.command: "${c.command}" must be / followed by up to 31 lowercase letters, digits, - or _`);
    if (typeof c.command === 'string' && seen.has(c.command))
      problems.push(`${at}.command: "${c.command}" is declared twice`);
    if (typeof c.command === 'string') seen.add(c.command);
    length(`${at}.description`, c.description, 1, 2000);
    length(`${at}.usage_hint`, c.usage_hint, 0, 1000);
    if (c.url !== undefined) httpsUrl(`${at}.url`, c.url, problems);
  });
  const settings = m.settings ?? {};
  if (settings.event_subscriptions?.request_url !== undefined)
    httpsUrl('settings.event_subscriptions.request_url', settings.event_subscriptions.request_url, problems);
  if (settings.interactivity?.request_url !== undefined)
    httpsUrl('settings.interactivity.request_url', settings.interactivity.request_url, problems);
  // Without Socket Mode, Slack needs somewhere to send what the app subscribes to.
  if (settings.socket_mode_enabled !== true) {
    if ((settings.event_subscriptions?.bot_events?.length ?? 0) > 0 && !settings.event_subscriptions?.request_url)
      problems.push('settings.event_subscriptions.request_url: required when Socket Mode is off');
    if (settings.interactivity?.is_enabled && !settings.interactivity.request_url)
      problems.push('settings.interactivity.request_url: required when Socket Mode is off');
    commands.forEach(
      (c, i) =>
        c.url === undefined && problems.push(`features.slash_commands[${i}].url: required when Socket Mode is off`),
    );
  }
  return problems;
}

function httpsUrl(path: string, value: unknown, problems: string[]): void {
  if (typeof value !== 'string' || !URL.canParse(value) || new URL(value).protocol !== 'https:')
    problems.push(`${path}: must be a full https:// URL`);
}

/** The parts of a manifest the limits look at, loosely typed: the type check reports wrong shapes. */
interface ManifestLike {
  display_information?: {
    name?: unknown;
    description?: unknown;
    long_description?: unknown;
    background_color?: unknown;
  };
  features?: {
    bot_user?: { display_name?: unknown };
    slash_commands?: Array<{ command?: unknown; description?: unknown; usage_hint?: unknown; url?: unknown }>;
  };
  settings?: {
    socket_mode_enabled?: unknown;
    event_subscriptions?: { bot_events?: unknown[]; request_url?: unknown };
    interactivity?: { is_enabled?: unknown; request_url?: unknown };
  };
}

/** Both checks, for a file or for a parsed manifest. */
export function manifestProblems(value: unknown): string[] {
  return [...manifestTypeProblems(value), ...manifestLimitProblems(value)];
}

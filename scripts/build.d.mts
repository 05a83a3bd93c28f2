// Types of scripts/build.mjs (plain JavaScript, so that it runs before anything is compiled).
export const ROOT: string;
export const DIST: string;
export const ENTRIES: Readonly<Record<string, string>>;
export function inputsDigest(): string;
export function outputOf(entry: string): string | undefined;
export function isFresh(digest?: string): boolean;
export function build(options?: { clean?: boolean }): Promise<number>;

/**
 * A clean `npm ci`: npm (11.x) skips a dependency's install script unless package.json's `allowScripts`
 * decides it, and warns about every package left undecided. Each package in the lock file that has an
 * install script must therefore be decided here, explicitly, with the reason in the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockFile {
  readonly packages: Record<string, { readonly version?: string; readonly hasInstallScript?: boolean }>;
}
interface PackageJson {
  readonly allowScripts?: Record<string, boolean>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as LockFile;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

/** `node_modules/a/node_modules/@scope/b` → `@scope/b`. */
function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('npm ci', () => {
  it('has every install script in the lock file decided in allowScripts, so npm has nothing to warn about', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript === true)
      .map(([path]) => nameOf(path));
    const decided = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@.*$/, '$1')));
    expect(withScripts.filter((name) => !decided.has(name))).toEqual([]);
  });

  it('denies esbuild its postinstall: the binary comes from the locked @esbuild/<platform> package', () => {
    expect(pkg.allowScripts).toEqual({ esbuild: false });
    // The denial is only safe while the lock file carries the platform packages the script would fetch.
    const platforms = Object.keys(lock.packages).filter((path) =>
      new RegExp(
        'node_modules\\/@esbuild\\/linux-x64$' +
          '|node_modules\\/@esbuild\\/darwin-arm64$' +
          '|node_modules\\/@esbuild\\/win32-x64$',
      ).test(path),
    );
    expect(platforms).toHaveLength(3);
  });
});

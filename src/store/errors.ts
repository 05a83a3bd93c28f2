/** The command that rebuilds the default store; every store error names it. */
export const REBUILD_COMMAND = 'npm run extract';

/** A store that cannot be used: missing, unreadable, not JSON, or of another schema. */
export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'missing' | 'unreadable' | 'corrupt' | 'schema',
    readonly detail: string,
  ) {
    super(
      `${describe(reason)} ${path}${detail ? ` (${detail})` : ''}. Rebuild it with: ` +
        `${REBUILD_COMMAND}${path.endsWith('data/store.json') ? '' : ` -- --out ${path}`}`,
    );
    this.name = 'StoreError';
  }
}

function describe(reason: StoreError['reason']): string {
  switch (reason) {
    case 'missing':
      return 'No store at';
    case 'unreadable':
      return 'Cannot read the store';
    case 'corrupt':
      return 'The store is corrupt:';
    case 'schema':
      return 'The store was built by another version of this bot:';
  }
}

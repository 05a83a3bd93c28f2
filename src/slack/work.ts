/** Counts the replies still being written, so a shutdown can wait for them (within a bound). */
export class WorkInFlight {
  private readonly running = new Set<Promise<unknown>>();
  private readonly waiting: Array<{ readonly below: number; readonly start: () => void }> = [];

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = (): void => {
      this.running.delete(work);
      // The oldest waiter first, so that requests held back are let in in the order they came.
      while (this.waiting.length > 0 && this.running.size < this.waiting[0]!.below) this.waiting.shift()!.start();
    };
    work.then(done, done);
    return work;
  }

  /**
   * Runs `start` once fewer than `below` pieces of work are under way: now, or as soon as enough finish,
   * in the order asked. It runs in the same turn as the work that made room, so work it tracks counts at
   * once (a `settle` under way sees it).
   */
  startWhenBelow(below: number, start: () => void): void {
    if (this.running.size < below && this.waiting.length === 0) start();
    else this.waiting.push({ below, start });
  }

  get count(): number {
    return this.running.size;
  }

  /** Resolves true when all work has finished, false if `timeoutMs` passed first. */
  async settle(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
      });
      await Promise.race([Promise.allSettled([...this.running]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}

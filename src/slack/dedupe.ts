/**
 * Remembers which deliveries were already handled, so a retried or duplicated event gets one reply.
 * Bounded both ways: entries expire after `maxAgeMs` and the oldest go first beyond `maxEntries`, so
 * the memory it holds levels off however long the bot runs.
 */
export class RecentDeliveries {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered (within the window); false for every repeat. */
  firstTime(id: string): boolean {
    const now = this.now();
    this.expire(now);
    if (this.seenAt.has(id)) return false;
    this.seenAt.set(id, now);
    if (this.seenAt.size > this.maxEntries) this.seenAt.delete(this.seenAt.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.seenAt.size;
  }

  // Map iteration is insertion order, which here is also age order: stop at the first fresh entry.
  private expire(now: number): void {
    for (const [id, at] of this.seenAt) {
      if (now - at < this.maxAgeMs) return;
      this.seenAt.delete(id);
    }
  }
}

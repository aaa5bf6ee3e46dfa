/**
 * Requests in progress, for a shutdown that lets them finish: once closed, no request
 * enters, and {@link InFlight.settled} resolves when the last one has left (or at a timeout,
 * so that a request stuck on a slow client cannot hold the shutdown).
 */

/**
 * @example
 * const inFlight = new InFlight();
 * if (!inFlight.enter()) return shuttingDown();
 * try { return await work(); } finally { inFlight.leave(); }
 * // on shutdown:
 * await inFlight.settled(10_000);
 */
export class InFlight {
  private count = 0;
  private closed = false;
  private readonly waiters = new Set<() => void>();

  /** Counts a request in; false (not counted) once closed. */
  enter(): boolean {
    if (this.closed) return false;
    this.count++;
    return true;
  }

  /** Counts a request out. */
  leave(): void {
    if (--this.count === 0) for (const w of this.waiters) w();
  }

  /** Closes the door and waits for the requests inside, at most `timeoutMs`; true when none is left. */
  settled(timeoutMs: number): Promise<boolean> {
    this.closed = true;
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (all: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(onIdle);
        resolve(all);
      };
      const onIdle = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(onIdle);
    });
  }
}

/**
 * Runs phases a few at a time, each within a time limit: an audit never hangs.
 */

/**
 * Runs `tasks` (functions returning promises) at most `n` at a time; results in order.
 *
 * @example
 * await runPool([() => a(), () => b()], 2);
 */
export async function runPool(tasks, n) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, tasks.length) }, worker));
  return results;
}

/**
 * Resolves with `promise`, or with `onTimeout()` after `ms`.
 *
 * @example
 * await within(phase(), 60000, () => ({ ok: false, error: 'took longer than 60 s' }));
 */
export function within(promise, ms, onTimeout) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve) => (timer = setTimeout(() => resolve(onTimeout()), ms))),
  ]).finally(() => clearTimeout(timer));
}

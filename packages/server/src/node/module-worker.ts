/**
 * Starts a worker thread from a module next to the caller: from TypeScript sources (tests, tsx)
 * it registers tsx first; from dist it is plain JS.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * @example
 * const w = moduleWorker(import.meta.url, './worker', { path }, { maxYoungGenerationSizeMb: 6 });
 */
export function moduleWorker(
  callerUrl: string,
  module: string,
  workerData: object,
  resourceLimits: ResourceLimits,
): Worker {
  const ts = callerUrl.endsWith('.ts');
  const entry = new URL(`${module}${ts ? '.ts' : '.js'}`, callerUrl);
  return ts
    ? new Worker(
        `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`,
        { eval: true, workerData, resourceLimits },
      )
    : new Worker(entry, { workerData, resourceLimits });
}

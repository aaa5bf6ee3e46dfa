/**
 * The CLI run from source as a child process (`node --import tsx src/node/cli.ts …`), for the
 * tests that need real server processes (fault-harness.ts, two-servers.test.ts) and the commands' tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));
const CLI = join(PKG, 'src', 'node', 'cli.ts');

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** `wrap`: a command the CLI runs under, e.g. `['prlimit', '--nofile=256', '--']` for a lower file limit. */
export function cli(args: string[], env: Record<string, string | undefined>, wrap: string[] = []): ChildProcess {
  const [cmd, ...pre] = [...wrap, process.execPath];
  return spawn(cmd!, [...pre, '--import', 'tsx', CLI, ...args], { cwd: PKG, env: { ...process.env, ...env } });
}

/**
 * Runs a command to its end (30 s at most), `env` over this process's environment.
 * @example const { code, out } = cliSync(['stats', '--site', SITE], { COOKIEGATE_DB: `sqlite:${file}` });
 */
export function cliSync(args: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: PKG,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function runCli(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((resolve) => {
    const p = cli(args, env);
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (d) => (stdout += d));
    p.stderr!.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts `serve` on a port the OS picks (no free-port race); resolves with its URL once listening.
 * The child goes into `children` at once, so that a caller can stop it even if start-up fails.
 */
export function startServer(
  env: Record<string, string | undefined>,
  children: ChildProcess[] = [],
  wrap: string[] = [],
): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown>; log: () => string }> {
  const child = cli(['serve', '--port', '0', '--host', '127.0.0.1'], env, wrap);
  children.push(child);
  const exited = new Promise((r) => child.once('exit', r));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const log = () => out;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, 30_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${code}):\n${out}`));
    };
    child.once('exit', onExit);
    child.stdout!.on('data', function onData() {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit).stdout!.off('data', onData);
      resolve({ child, url: m[1]!, exited, log });
    });
  });
}

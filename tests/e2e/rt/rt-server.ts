/**
 * A throw-away, real Request Tracker 5 (Debian 12 packages) for end-to-end tests: private config, SQLite database
 * and caches in a temp folder, seeded from seed.pl, served by RT's standalone Starlet server on 127.0.0.1 at a
 * free port. See README.md in this folder for what RT renders and its quirks.
 *
 *   const availability = rtAvailability();          // skip tests with availability.reason when !availability.ok
 *   const rt = await startRt();                      // installs RT first when it is missing and can be installed
 *   await page.goto(rt.url(`/Ticket/Display.html?id=${rt.tickets.refund.id}`, 'agent1'));
 *   await rt.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const RT_SERVER_BIN = '/usr/share/request-tracker5/libexec/rt-server';
export const RT_SETUP_DATABASE_BIN = '/usr/sbin/rt-setup-database-5';
export const RT_INSTALL_SCRIPT = path.join(here, 'install.sh');
export const RT_SEED_FILE = path.join(here, 'seed.pl');
/** Password of the seeded agents (agent1, agent2). */
export const RT_AGENT_PASSWORD = 'agent-pass-1';
/** RT's own superuser from its initial data. */
export const RT_ROOT = { user: 'root', password: 'password' } as const;

export type RtAvailability = { ok: true; installed: boolean } | { ok: false; reason: string };

/** One seeded user, as seed.pl created it. */
export interface RtUser {
  id: number;
  /** RT user name (log-in name; customers' names are their e-mail addresses). */
  name: string;
  realName: string;
  email: string;
  privileged: boolean;
}

/** One seeded message (a transaction with content), created as its real author. */
export interface RtMessage {
  /** Stable key within its ticket ('create', 'reply', 'comment', 'followup', 'last'). */
  key: string;
  transactionId: number;
  /** RT user name of the author. */
  author: string;
  /** 'create' = the ticket's first message (from the requestor); 'comment' is internal, never sent to the customer. */
  kind: 'create' | 'correspond' | 'comment';
  /** Exact plain text as written (RT renders it with <br> and folds leading '>' quote lines). */
  text: string;
}

export interface RtTicket {
  id: number;
  subject: string;
  /** RT user name (= e-mail) of the requestor. */
  requestor: string;
  owner: string | null;
  /** In history order. */
  messages: RtMessage[];
}

export interface RtSeed {
  users: {
    agent1: RtUser;
    agent2: RtUser;
    'dana@example.com': RtUser;
    'sam@example.com': RtUser;
  };
  tickets: {
    /**
     * Ticket A, #1, "Refund still not processed", requestor Dana Whitfield, owner agent1:
     * create (Dana, effort signals) → reply (agent1, correspondence) → comment (agent1, internal) →
     * followup (Dana, quotes the reply with '>' lines) → last (Dana).
     */
    refund: RtTicket;
    /** Ticket B, #2, "How do I change my billing address?", requestor Sam Ortega: one calm message, no owner. */
    calm: RtTicket;
  };
}

export interface RtServer extends RtSeed {
  /** http://127.0.0.1:<port> (RT's WebBaseURL; use exactly this host, or RT warns about cross-site requests). */
  baseUrl: string;
  port: number;
  /** PID of the rt-server (Starlet master) process. */
  pid: number;
  /** Folder where RT's MailCommand 'mbox' writes outgoing mail (<date>.mbox files). */
  mailDir: string;
  /** Absolute URL for an RT path; with `as`, appends RT's `user`/`pass` log-in parameters. */
  url: (pathAndQuery: string, as?: 'agent1' | 'agent2' | 'root') => string;
  /** Password for a log-in user name. */
  passwordOf: (user: 'agent1' | 'agent2' | 'root') => string;
  /** Last part of the server's stderr (RT logs warnings and errors there). */
  stderrTail: () => string;
  /** Stops the server (TERM to its PID, then waits; KILL after 10 s) and removes every temporary file. */
  stop: () => Promise<void>;
}

/** The Debian packages install.sh installs (RT, its SQLite driver, the Starlet server, the CLI). */
export const RT_PACKAGES = ['request-tracker5', 'rt5-db-sqlite', 'rt5-standalone', 'rt5-clients'] as const;

function isInstalled(): boolean {
  try {
    fs.accessSync(RT_SERVER_BIN, fs.constants.X_OK);
    fs.accessSync(RT_SETUP_DATABASE_BIN, fs.constants.X_OK);
  } catch {
    return false;
  }
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}\n', ...RT_PACKAGES], { encoding: 'utf8' });
  if (status.error) return true; // no dpkg: trust the binaries
  const lines = status.stdout.trim().split('\n');
  return lines.length === RT_PACKAGES.length && lines.every((l) => l === 'install ok installed');
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Whether RT can be used here: installed, or installable (root + apt-get). Never throws. */
export function rtAvailability(): RtAvailability {
  if (process.platform !== 'linux') return { ok: false, reason: `Request Tracker needs Linux (this is ${process.platform})` };
  if (isInstalled()) return { ok: true, installed: true };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    return {
      ok: false,
      reason: `Request Tracker 5 is not installed (${RT_SERVER_BIN} missing) and cannot be installed: not root. Run tests/e2e/rt/install.sh as root.`,
    };
  }
  if (!hasCommand('apt-get') || !hasCommand('debconf-set-selections')) {
    return {
      ok: false,
      reason: `Request Tracker 5 is not installed (${RT_SERVER_BIN} missing) and cannot be installed: no apt-get (Debian 12 needed).`,
    };
  }
  return { ok: true, installed: false };
}

/** Runs install.sh when RT is missing (about 35 s on a fresh Debian 12). */
export async function ensureRtInstalled(): Promise<void> {
  const availability = rtAvailability();
  if (!availability.ok) throw new Error(availability.reason);
  if (availability.installed) return;
  const { code, output } = await run('bash', [RT_INSTALL_SCRIPT], { env: process.env, timeoutMs: 15 * 60_000 });
  if (code !== 0) throw new Error(`${RT_INSTALL_SCRIPT} failed with exit code ${code}:\n${tail(output, 3000)}`);
}

function tail(text: string, chars: number): string {
  return text.length > chars ? `…${text.slice(-chars)}` : text;
}

function run(
  cmd: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      output += `\n[killed after ${opts.timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A Perl single-quoted string literal. */
function perlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function siteConfig(dir: string, port: number, masonDataDir: string): string {
  const base = `http://127.0.0.1:${port}`;
  return `# Written by tests/e2e/rt/rt-server.ts for one test run; deleted when the server stops.
Set($rtname, 'agent-assist-e2e');
Set($Organization, 'example.com');
Set($CorrespondAddress, 'support@example.com');
Set($CommentAddress, 'support-comment@example.com');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, ${perlString(path.join(dir, 'rt5.db'))});
Set($WebDomain, '127.0.0.1');
Set($WebPort, ${port});
Set($WebPath, '');
Set($WebBaseURL, '${base}');
Set(@ReferrerWhitelist, qw(127.0.0.1:${port} localhost:${port}));
Set($ShowHistory, 'always');
Set($MailCommand, 'mbox');
Set($Timezone, 'UTC');
Set($LogToSyslog, undef);
Set($LogToSTDERR, 'warning');
Set($LogToFile, undef);
# Keep every file of this instance in the temp folder (RT's defaults are /var/lib and /var/cache, root only).
$RT::VarPath = ${perlString(path.join(dir, 'var'))};
$RT::MasonSessionDir = ${perlString(path.join(dir, 'sessions'))};
$RT::MasonDataDir = ${perlString(masonDataDir)};
1;
`;
}

function readChildren(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export interface StartRtOptions {
  /** How long to wait for /NoAuth/Login.html to answer (default 30 s). */
  readyTimeoutMs?: number;
  /** Starlet workers (default 4). */
  workers?: number;
  /** Keep the temp folder after stop() (for debugging). */
  keepTemp?: boolean;
}

/**
 * Starts a fresh RT: temp folder with RT_SiteConfig.pm, `rt-setup-database-5 --action init` + `insert` of seed.pl,
 * then rt-server (Starlet) on 127.0.0.1:<free port>, polled until /NoAuth/Login.html answers. Installs RT first when
 * it is missing and installable; throws with rtAvailability()'s reason when it is neither.
 */
export async function startRt(options: StartRtOptions = {}): Promise<RtServer> {
  await ensureRtInstalled();
  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-rt-'));
  let child: ChildProcess | undefined;
  let stderr = '';
  const cleanup = () => {
    if (!options.keepTemp) fs.rmSync(dir, { recursive: true, force: true });
  };
  const killNow = () => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      for (const kid of readChildren(child.pid)) if (alive(kid)) process.kill(kid, 'SIGKILL');
      child.kill('SIGKILL');
    }
    cleanup();
  };
  // If the test process exits without stop(), don't leave the server (or its files) behind.
  process.once('exit', killNow);

  try {
    for (const sub of ['etc', 'etc.d', 'var', 'sessions', 'mason_data']) fs.mkdirSync(path.join(dir, sub));
    const port = await freePort();
    const configFile = path.join(dir, 'etc', 'RT_SiteConfig.pm');
    fs.writeFileSync(configFile, siteConfig(dir, port, path.join(dir, 'mason_data')));
    const seedOut = path.join(dir, 'seed.json');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      RT_SITE_CONFIG: configFile,
      RT_SITE_CONFIG_DIR: path.join(dir, 'etc.d'), // empty: keeps RT away from /etc/request-tracker5
      AGENT_ASSIST_RT_SEED_OUT: seedOut,
      AGENT_ASSIST_RT_AGENT_PASSWORD: RT_AGENT_PASSWORD,
      LANG: 'C.UTF-8',
      LANGUAGE: '',
      LC_ALL: 'C.UTF-8',
    };

    for (const args of [
      ['--action', 'init', '--skip-create'],
      ['--action', 'insert', '--datafile', RT_SEED_FILE],
    ]) {
      const { code, output } = await run(RT_SETUP_DATABASE_BIN, args, { env, cwd: dir, timeoutMs: 120_000 });
      if (code !== 0) {
        throw new Error(`rt-setup-database-5 ${args.join(' ')} failed with exit code ${code}:\n${tail(output, 3000)}`);
      }
      if (/\[(error|critical|alert|emergency)\]/.test(output)) {
        throw new Error(`rt-setup-database-5 ${args.join(' ')} logged errors:\n${tail(output, 3000)}`);
      }
    }
    if (!fs.existsSync(seedOut)) {
      throw new Error(`seed.pl did not write ${seedOut}: its @Final action failed (RT only logs that).`);
    }
    const seed = JSON.parse(fs.readFileSync(seedOut, 'utf8')) as RtSeed;
    if (!seed.tickets?.refund?.id || !seed.tickets?.calm?.id || seed.tickets.refund.messages.length !== 5) {
      throw new Error(`seed.pl wrote an unexpected result: ${JSON.stringify(seed).slice(0, 500)}`);
    }

    child = spawn(
      RT_SERVER_BIN,
      ['--server', 'Starlet', '--host', '127.0.0.1', '--port', String(port), `--max-workers=${options.workers ?? 4}`],
      { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const server = child;
    server.stderr!.on('data', (d: Buffer) => {
      stderr = tail(stderr + d.toString(), 20_000);
    });
    const spawned = await new Promise<number>((resolve, reject) => {
      server.once('spawn', () => resolve(server.pid!));
      server.once('error', reject);
    });

    const baseUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null) {
        throw new Error(
          `rt-server exited (code ${server.exitCode}, signal ${server.signalCode}) before it was ready. stderr:\n${tail(stderr, 3000)}`,
        );
      }
      try {
        const res = await fetch(`${baseUrl}/NoAuth/Login.html`, { signal: AbortSignal.timeout(5_000) });
        if (res.status === 200 && (await res.text()).includes('name="user"')) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(
          `rt-server (pid ${spawned}) not ready at ${baseUrl}/NoAuth/Login.html after ${readyTimeoutMs} ms. stderr:\n${tail(stderr, 3000)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 150));
    }

    const passwordOf = (user: 'agent1' | 'agent2' | 'root') => (user === 'root' ? RT_ROOT.password : RT_AGENT_PASSWORD);
    let stopped = false;
    return {
      ...seed,
      baseUrl,
      port,
      pid: spawned,
      mailDir: path.join(dir, 'var'),
      url: (pathAndQuery, as) => {
        const url = new URL(pathAndQuery, baseUrl);
        if (as) {
          url.searchParams.set('user', as);
          url.searchParams.set('pass', passwordOf(as));
        }
        return url.toString();
      },
      passwordOf,
      stderrTail: () => tail(stderr, 3000),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        const workers = readChildren(spawned);
        if (server.exitCode === null && server.signalCode === null) {
          process.kill(spawned, 'SIGTERM');
          if (!(await waitExit(server, 10_000))) {
            process.kill(spawned, 'SIGKILL');
            await waitExit(server, 5_000);
          }
        }
        // Starlet's master waits for its workers; make sure none outlived it.
        for (const pid of workers) if (alive(pid)) process.kill(pid, 'SIGKILL');
        process.removeListener('exit', killNow);
        cleanup();
      },
    };
  } catch (err) {
    killNow();
    process.removeListener('exit', killNow);
    throw err;
  }
}

/**
 * The real web servers, each run on a loopback port with the configuration the build wrote to deploy/:
 * nginx (Debian's, with libnginx-mod-http-brotli-static) and Caddy; and the Node server of `npm start` and
 * `npm run preview`, as its own process. A missing server fails with the command that installs it. Each runs as a
 * child process in a temporary folder of its own, and stop() ends it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  name: string;
  origin: string;
  /** Whether its process is still running (a crash ends it). */
  running(): boolean;
  stop(): Promise<void>;
}

const nginxBinary = '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const caddyBinary = '/usr/bin/caddy';
const install = 'apt-get install -y nginx libnginx-mod-http-brotli-static caddy (.ci/run does it)';

/** A port free on the loopback interface now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until the server answers, or its process ends (its log then says why). */
async function ready(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the server did not answer at ${origin} within 15 s:\n${log()}`);
}

function stopper(child: ChildProcess, scratch?: string) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
}

/** nginx with the generated server block (deploy/nginx.conf), its `listen` set to a loopback port. */
export async function startNginx(deploy: string): Promise<RunningServer> {
  if (!existsSync(nginxBinary) || !existsSync(brotliModule)) throw new Error(`nginx with its brotli module is not installed: ${install}`);
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), 'soc3-nginx-'));
  const site = readFileSync(join(deploy, 'nginx.conf'), 'utf8');
  if (site.split('\n  listen 80;\n').length !== 2)
    throw new Error(`${deploy}/nginx.conf has no single "listen 80;" to point at the test port`);
  writeFileSync(join(scratch, 'site.conf'), site.replace('\n  listen 80;\n', `\n  listen 127.0.0.1:${port};\n`));
  // The main context and temporary folders a normal nginx.conf has; Debian's default temp paths are root's.
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(scratch, dir));
  writeFileSync(
    join(scratch, 'nginx.conf'),
    `load_module ${brotliModule};
worker_processes 1;
pid ${scratch}/nginx.pid;
error_log ${scratch}/error.log warn;
events { worker_connections 64; }
http {
  client_body_temp_path ${scratch}/body;
  proxy_temp_path ${scratch}/proxy;
  fastcgi_temp_path ${scratch}/fastcgi;
  uwsgi_temp_path ${scratch}/uwsgi;
  scgi_temp_path ${scratch}/scgi;
  access_log off;
  sendfile on;
  include ${scratch}/site.conf;
}
`,
  );
  const child = spawn(
    nginxBinary,
    ['-c', join(scratch, 'nginx.conf'), '-p', scratch, '-e', join(scratch, 'error.log'), '-g', 'daemon off; user root;'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${output}${existsSync(join(scratch, 'error.log')) ? readFileSync(join(scratch, 'error.log'), 'utf8') : ''}`;
  const stop = stopper(child, scratch);
  try {
    await ready(origin, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: 'nginx', origin, running: () => child.exitCode === null && child.signalCode === null, stop };
}

/** Caddy with the generated Caddyfile (deploy/Caddyfile), its site address set to a loopback port. */
export async function startCaddy(deploy: string, dist: string): Promise<RunningServer> {
  if (!existsSync(caddyBinary)) throw new Error(`Caddy is not installed: ${install}`);
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), 'soc3-caddy-'));
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(caddyBinary, ['run', '--config', join(deploy, 'Caddyfile'), '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SOC3_SITE_ADDRESS: origin, SOC3_ROOT: dist, HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch },
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = stopper(child, scratch);
  try {
    await ready(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: 'Caddy', origin, running: () => child.exitCode === null && child.signalCode === null, stop };
}

/** `npm run preview` (src/server/serve.ts: the server of `npm start`, without its build) serving `root`'s dist/. */
export async function startNodeServer(root: string): Promise<RunningServer> {
  const port = await freePort();
  // serve.ts listens on localhost: loopback only.
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, [join(root, 'src/server/serve.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port) },
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = stopper(child);
  try {
    await ready(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: 'npm start', origin, running: () => child.exitCode === null && child.signalCode === null, stop };
}

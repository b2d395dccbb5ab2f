/**
 * The README's `npm run dev` promise, "development server with live reload": `astro dev` on a loopback port runs
 * over a copy of the project (the tiny site: three pages of the report's text, quick to serve), a page is open in
 * Chromium, a content MDX file of the copy is edited, and the open page shows the edit by itself, without the test
 * navigating. The server and the copy are removed at the end, also when a test fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchProblems } from '../helpers/browser.ts';
import type { ProjectCopy } from '../helpers/project-copy.ts';
import { freePort } from '../helpers/servers.ts';
import { tinyPeriod, tinySiteCopy } from '../helpers/tiny-site.ts';

const storage = `${tinyPeriod}/categories/storage.mdx`;
const sentence = "so they don't have to worry about capacity planning";

let copy: ProjectCopy | undefined;
let dev: ChildProcess | undefined;
let output = '';
let origin = '';
let browser: Browser | undefined;

/** Starts `astro dev` in the copy on a free loopback port and waits until it answers a page (its log says why not). */
async function startDev(root: string): Promise<string> {
  const port = await freePort();
  // Not vitest's own environment (NODE_ENV=test, VITEST…): the command runs as a developer runs it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|FORCE_COLOR$)/.test(name)),
  );
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/categories/storage/`;
  const deadline = Date.now() + 120_000;
  const log = () => stripVTControlCharacters(output).split('\n').slice(-30).join('\n');
  while (Date.now() < deadline) {
    if (dev.exitCode !== null) throw new Error(`astro dev exited (${dev.exitCode}):\n${log()}`);
    // The first request waits while Vite bundles the dependencies: a slow answer is asked again, not waited for forever.
    const answer = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
    if (answer?.ok) return `http://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro dev did not serve ${url} within 120 s:\n${log()}`);
}

async function stopDev(): Promise<void> {
  if (!dev || dev.exitCode !== null || dev.signalCode !== null) return;
  const exited = new Promise((resolve) => dev!.once('exit', resolve));
  dev.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (dev.exitCode === null && dev.signalCode === null) dev.kill('SIGKILL');
}

beforeAll(async () => {
  copy = tinySiteCopy();
  origin = await startDev(copy.root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopDev();
  copy?.dispose();
});

describe('npm run dev (astro dev)', () => {
  it('listens on the loopback address it was given', () => {
    expect(new URL(origin).hostname).toBe('127.0.0.1');
  });

  it('reloads an open page by itself when its content MDX file is edited', async () => {
    const page: Page = await (await browser!.newContext()).newPage();
    const problems = watchProblems(page, origin);
    await page.goto(`${origin}/categories/storage/`, { waitUntil: 'networkidle' });
    const text = () => page.locator('main').innerText();
    expect(await text()).toContain(sentence);
    const edited = 'so they do not have to worry about capacity planning (edited while the development server runs)';
    expect(await text()).not.toContain(edited);
    const address = page.url();

    copy!.replace(storage, sentence, edited);

    // The test never navigates again: only the development server's live reload can bring the edit in.
    await expect.poll(text, { timeout: 30_000 }).toContain(edited);
    expect(await text()).not.toContain(sentence);
    expect(page.url()).toBe(address);
    // The reload aborts what the old document was still loading (the dev toolbar's modules): that is no fault.
    expect(problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
  });
});

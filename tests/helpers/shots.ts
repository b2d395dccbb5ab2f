/**
 * Screenshots for a person to look at (they assert nothing): taken only when asked, `TEST_SHOTS=1 npm test`, into
 * tests/.output/<folder>/. Full-page images cost the browser seconds of CPU that every run would pay otherwise.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './paths.ts';

export const shotsWanted = process.env['TEST_SHOTS'] === '1';

/** Saves `page` as tests/.output/<folder>/<name>.png when screenshots are asked for. */
export async function keepShot(page: Page, folder: string, name: string, { fullPage = true } = {}): Promise<void> {
  if (!shotsWanted) return;
  const dir = join(projectRoot, 'tests/.output', folder);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

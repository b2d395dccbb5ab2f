import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, readDist } from '../helpers/dist.ts';

// Standards compliance plus html-validate's accessibility rules; no style preferences.
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: { 'no-dup-id': 'error' },
});
const text = formatterFactory('text');

describe('every built page is valid HTML', () => {
  it.each(builtPages())('%s', async (path) => {
    const report = await validator.validateString(readDist(path), path);
    expect(report.valid, text(report.results)).toBe(true);
  });
});

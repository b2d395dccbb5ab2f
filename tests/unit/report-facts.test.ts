import { describe, expect, it } from 'vitest';
import { criteria } from '../../src/schemas.ts';
import { formatCriteria, formatPeriod, isoDate } from '../../src/lib/report-facts.ts';

// As the content layer gives them: `z.coerce.date()` of the YAML dates, i.e. UTC midnight.
const period = { start: new Date('2017-04-01'), end: new Date('2017-09-30') };

describe('formatPeriod', () => {
  it('writes the report period day month year, as the site writes it everywhere', () => {
    expect(formatPeriod(period)).toBe('1 April 2017 to 30 September 2017');
  });

  it('takes another joiner', () => {
    expect(formatPeriod(period, '–')).toBe('1 April 2017–30 September 2017');
  });

  it('formats in UTC, so a UTC-midnight date never shows as the day before', () => {
    expect(formatPeriod({ start: new Date('2017-01-01T00:00:00Z'), end: new Date('2017-12-31T23:59:59Z') })).toBe(
      '1 January 2017 to 31 December 2017',
    );
  });
});

describe('formatCriteria', () => {
  it('capitalizes the first and joins the last with "and" (no serial comma)', () => {
    expect(formatCriteria(['security', 'availability', 'confidentiality'])).toBe('Security, availability and confidentiality');
  });

  it('handles one and two criteria', () => {
    expect(formatCriteria(['security'])).toBe('Security');
    expect(formatCriteria(['security', 'privacy'])).toBe('Security and privacy');
  });

  it('handles all five, keeping multi-word criteria whole', () => {
    expect(formatCriteria([...criteria])).toBe('Security, availability, processing integrity, confidentiality and privacy');
    expect(formatCriteria(['processing integrity'])).toBe('Processing integrity');
  });

  it('gives an empty string for no criteria', () => {
    expect(formatCriteria([])).toBe('');
  });
});

describe('isoDate', () => {
  it('gives YYYY-MM-DD of the UTC date', () => {
    expect(isoDate(period.start)).toBe('2017-04-01');
    expect(isoDate(period.end)).toBe('2017-09-30');
    expect(isoDate(new Date('2017-09-30T23:59:59.999Z'))).toBe('2017-09-30');
  });
});

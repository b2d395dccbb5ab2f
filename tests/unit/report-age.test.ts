import { describe, expect, it } from 'vitest';
import { reportAge } from '../../src/lib/report-age.ts';

const end = new Date('2017-09-30');
const at = (iso: string) => reportAge(end, new Date(iso));

describe('reportAge', () => {
  it('says how long ago the period ended, in whole years after the first year', () => {
    expect(at('2026-12-06T12:00:00Z')).toEqual({ ended: 'ended 9 years ago', overAYear: true });
    expect(at('2018-09-30T00:00:00Z')).toEqual({ ended: 'ended 1 year ago', overAYear: true });
  });

  it('in months, then days, within the first year, and is not yet over a year', () => {
    expect(at('2018-09-29T23:00:00Z')).toEqual({ ended: 'ended 11 months ago', overAYear: false });
    expect(at('2017-11-15T00:00:00Z')).toEqual({ ended: 'ended 1 month ago', overAYear: false });
    expect(at('2017-10-12T08:00:00Z')).toEqual({ ended: 'ended 12 days ago', overAYear: false });
  });

  it('counts calendar months: the day of the month must come round', () => {
    expect(at('2017-10-29T00:00:00Z').ended).toBe('ended 29 days ago');
    expect(at('2017-10-30T00:00:00Z').ended).toBe('ended 1 month ago');
  });
});

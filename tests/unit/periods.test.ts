import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../src/lib/changes.ts';
import { pageVersions } from '../../src/lib/page-versions.ts';
import { joinPeriods, type Periods } from '../../src/lib/periods.ts';
import type { Report, Service } from '../../src/lib/report-model.ts';
import { serviceHistory } from '../../src/lib/service-history.ts';
import type { PageKind } from '../../src/lib/urls.ts';
import { smallPeriods, type SmallPeriod } from '../helpers/small-report.ts';

const older: SmallPeriod = {
  id: '2016-10-01--2017-03-31',
  categories: {
    Compute: { 'AWS Lambda': ['Lambda runs code.'], 'Amazon EC2 Simple Systems Manager (SSM)': ['SSM manages fleets.'] },
    Storage: { 'Amazon Glacier': ['Glacier archives data.'], 'Amazon SimpleDB': ['SimpleDB stores items.'] },
  },
  regions: ['US East (Ohio)', 'EU (Ireland)'],
  edges: ['Vienna, Austria'],
};
const newer: SmallPeriod = {
  id: '2017-04-01--2017-09-30',
  categories: {
    Compute: { 'AWS Lambda': ['Lambda runs code.'], 'Amazon EC2 Systems Manager': ['Systems Manager manages fleets.'] },
    Storage: { 'Amazon Glacier': ['Glacier archives data. It is cheap.'] },
    'Contact Center': { 'Amazon Connect': ['Connect answers calls.'] },
  },
  regions: ['US East (Ohio)', 'Europe (London)'],
  edges: ['Vienna, Austria', 'Marseille, France'],
  renames: [{ from: 'Amazon EC2 Simple Systems Manager (SSM)', to: 'Amazon EC2 Systems Manager' }],
};

function join(...newestFirst: SmallPeriod[]): Periods {
  const { periods, problems } = joinPeriods(smallPeriods(...newestFirst));
  expect(problems).toEqual([]);
  return periods!;
}

describe('joinPeriods: services across periods', () => {
  const periods = join(newer, older);
  const [latest, earlier] = periods.pinned as [NonNullable<Periods['pinned'][0]>, NonNullable<Periods['pinned'][0]>];
  const service = (report: typeof latest, name: string) => report.services.find((s) => s.name === name)!;

  it('follows a declared rename: the renamed service’s history holds both periods, each under its name', () => {
    const history = periods.historyOf(latest, service(latest, 'Amazon EC2 Systems Manager'));
    expect(history.map((h) => [h.report.periodId, h.service.name])).toEqual([
      [newer.id, 'Amazon EC2 Systems Manager'],
      [older.id, 'Amazon EC2 Simple Systems Manager (SSM)'],
    ]);
  });

  it('a service new in the latest period was in scope in that period only', () => {
    expect(periods.historyOf(latest, service(latest, 'Amazon Connect')).map((h) => h.report.periodId)).toEqual([newer.id]);
  });

  it('the same page in the latest period: by slug, or through the rename; none for a removed service', () => {
    const at = (kind: PageKind, slug?: string) => ({ period: newer.id, kind, slug });
    expect(periods.latestOf(service(earlier, 'Amazon Glacier').key)).toEqual(at('service', 'amazon-glacier'));
    expect(periods.latestOf(service(earlier, 'Amazon EC2 Simple Systems Manager (SSM)').key)).toEqual(
      at('service', 'amazon-ec2-systems-manager'),
    );
    expect(periods.latestOf(service(earlier, 'Amazon SimpleDB').key)).toBeUndefined();
    expect(periods.latestOf({ period: older.id, kind: 'category', slug: 'storage' })).toEqual(at('category', 'storage'));
    expect(periods.latestOf({ period: older.id, kind: 'report' })).toEqual(at('report'));
  });

  it('keeps every old root URL: a renamed service’s redirects, a removed one’s says where it went', () => {
    expect(periods.gone.map((g) => [g.kind, g.path])).toEqual([
      ['renamed', '/services/amazon-ec2-simple-systems-manager-ssm/'],
      ['removed', '/services/amazon-simpledb/'],
    ]);
    const [renamed, removed] = periods.gone;
    expect(renamed).toMatchObject({ to: '/services/amazon-ec2-systems-manager/' });
    expect(removed).toMatchObject({ what: 'service', lastUrl: `/${older.id}/services/amazon-simpledb/` });
    if (removed?.kind !== 'removed') throw new Error('expected a removed page');
    expect([removed.last.periodId, removed.leftIn.periodId]).toEqual([older.id, newer.id]);
  });
});

describe('joinPeriods: what changed', () => {
  const periods = join(newer, older);
  const changes = periods.changes.get(newer.id)!;

  it('the earliest period has nothing to compare with', () => {
    expect(periods.changes.get(older.id)).toMatchObject({ previous: undefined, services: { added: [], removed: [], renamed: [] } });
  });

  it('services added, removed and renamed, each with its category', () => {
    expect(changes.services.added.map((s) => [s.name, s.category])).toEqual([['Amazon Connect', 'Contact Center']]);
    expect(changes.services.removed.map((s) => [s.name, s.category])).toEqual([['Amazon SimpleDB', 'Storage']]);
    expect(changes.services.renamed.map((r) => [r.from.name, r.to.name])).toEqual([
      ['Amazon EC2 Simple Systems Manager (SSM)', 'Amazon EC2 Systems Manager'],
    ]);
  });

  it('categories, Regions and edge locations added and removed', () => {
    expect(changes.categories).toEqual({ added: ['Contact Center'], removed: [] });
    expect(changes.regions).toEqual({ added: ['Europe (London)'], removed: ['EU (Ireland)'] });
    expect(changes.edgeLocations).toEqual({ added: ['Marseille, France'], removed: [] });
  });

  it('every description whose words changed, word by word, across a rename too', () => {
    expect(changes.descriptions.map((d) => d.title)).toEqual(['Amazon EC2 Systems Manager', 'Amazon Glacier']);
    const glacier = changes.descriptions.find((d) => d.title === 'Amazon Glacier')!;
    expect(glacier.blocks).toEqual([
      {
        kind: 'changed',
        id: 'amazon-glacier-p1',
        words: [{ value: 'Glacier archives data. ' }, { value: 'It is cheap.', added: true }],
      },
    ]);
    expect(glacier.olderUrl).toBe(`/${older.id}/services/amazon-glacier/`);
  });

  it('the section that states the scope, its list compared item by item', () => {
    const [background] = changes.sections;
    expect(background?.title).toBe('AWS Background');
    const items = background!.blocks.map((b) => [b.kind, b.words.map((w) => w.value).join('')]);
    expect(items).toEqual(
      expect.arrayContaining([
        ['changed', 'Amazon EC2 Simple Systems Manager (SSM)'],
        ['removed', 'Amazon SimpleDB'],
        ['added', 'Amazon Connect'],
      ]),
    );
  });
});

describe('joinPeriods: what each period covers, for /reports/ and the notices', () => {
  it('each period against the one before it in the site’s order, newest first; the earliest against none', () => {
    const overlapping = { ...newer, id: '2016-10-01--2017-09-30' };
    const periods = join(overlapping, older);
    expect(periods.coverage.get(overlapping.id)).toEqual({
      covers: '12 months, overlapping the report for 1 October 2016 to 31 March 2017 by 6 months (1 October 2016 to 31 March 2017)',
      note: 'This report covers 12 months, 1 October 2016 to 30 September 2017, overlapping the previous report by 6 months (1 October 2016 to 31 March 2017).',
    });
    expect(periods.coverage.get(older.id)).toEqual({ covers: '6 months', note: undefined });
    expect(join(newer, older).coverage.get(newer.id)).toEqual({ covers: '6 months', note: undefined });
  });
});

describe('joinPeriods: declared renames are checked', () => {
  const problemsOf = (...newestFirst: SmallPeriod[]) => {
    return joinPeriods(smallPeriods(...newestFirst)).problems.map((p) => `${p.file}: ${p.message}`);
  };

  it('the old name must be a service of the previous period', () => {
    const problems = problemsOf({ ...newer, renames: [{ from: 'Amazon EC2 SSM', to: 'Amazon EC2 Systems Manager' }] }, older);
    expect(problems).toEqual([
      `content/${newer.id}/report.yaml: site.renames ("Amazon EC2 SSM" → "Amazon EC2 Systems Manager"): "Amazon EC2 SSM" is not a service of the previous period (${older.id}): use its name there, exactly; the services it lists that this period does not are "Amazon EC2 Simple Systems Manager (SSM)", "Amazon SimpleDB"`,
    ]);
  });

  it('an old name one slip from a name of the previous period: asks whether that one is meant, at the line of the rename', () => {
    const renames = [{ from: 'Amazon EC2 Simple System Manager (SSM)', to: 'Amazon EC2 Systems Manager' }];
    const text = `period:\n  start: x\nsite:\n  published: 2026-11-28\n  renames:\n    - from: "${renames[0]!.from}"\n      to: ${renames[0]!.to}\n`;
    const reports = smallPeriods({ ...newer, renames }, older);
    const { problems } = joinPeriods([{ ...reports[0]!, source: text }, ...reports.slice(1)]);
    expect(problems).toEqual([
      {
        file: `content/${newer.id}/report.yaml`,
        line: 6,
        message: `site.renames ("Amazon EC2 Simple System Manager (SSM)" → "Amazon EC2 Systems Manager"): "Amazon EC2 Simple System Manager (SSM)" is not a service of the previous period (${older.id}): did you mean "Amazon EC2 Simple Systems Manager (SSM)"? Use its name there, exactly`,
      },
    ]);
  });

  it('the new name must be a service of this period, and the old one gone from it', () => {
    const problems = problemsOf({ ...newer, renames: [{ from: 'AWS Lambda', to: 'AWS Lambda Functions' }] }, older);
    expect(problems).toEqual([
      expect.stringContaining('"AWS Lambda Functions" is not a service of this period'),
      expect.stringContaining('"AWS Lambda" is still a service of this period, so it was not renamed'),
    ]);
  });

  it('the earliest period has nothing to rename from', () => {
    expect(problemsOf({ ...older, renames: [{ from: 'A', to: 'AWS Lambda' }] })).toEqual([
      expect.stringContaining('this is the earliest period, with no earlier one to rename from'),
    ]);
  });
});

describe('pageVersions: a page’s homes, canonical URL and shared link', () => {
  const periods = join(newer, older);
  const [latest] = periods.pinned as [Periods['latest']];

  it('a latest-period page at the root: canonical and shared there, pinned copy offered', () => {
    expect(pageVersions(periods, periods.latest.services.find((s) => s.slug === 'aws-lambda')!.key)).toEqual({
      pinned: `/${newer.id}/services/aws-lambda/`,
      root: '/services/aws-lambda/',
      latest: undefined,
      canonical: '/services/aws-lambda/',
      share: '/services/aws-lambda/',
    });
  });

  it('its pinned copy: canonical to the root page until a newer period comes', () => {
    expect(pageVersions(periods, latest.services.find((s) => s.slug === 'aws-lambda')!.key)).toMatchObject({
      canonical: '/services/aws-lambda/',
      share: '/services/aws-lambda/',
    });
  });

  it('a superseded page: canonical and shared pinned, leading to the same page in the latest or to what changed', () => {
    expect(pageVersions(periods, { period: older.id, kind: 'service', slug: 'amazon-glacier' })).toEqual({
      pinned: `/${older.id}/services/amazon-glacier/`,
      root: undefined,
      latest: { path: '/services/amazon-glacier/', samePage: true, reissued: false },
      canonical: `/${older.id}/services/amazon-glacier/`,
      share: `/${older.id}/services/amazon-glacier/`,
    });
    // What changed at its pinned address, which stays when the next period is no longer the latest.
    expect(pageVersions(periods, { period: older.id, kind: 'service', slug: 'amazon-simpledb' }).latest).toEqual({
      path: `/${newer.id}/changes/`,
      samePage: false,
      reissued: false,
    });
  });

  it('a page whose next report reissues its dates says so; the pages before them do not change', () => {
    const reissue: SmallPeriod = { ...newer, id: `${newer.id}-reissued`, renames: [] };
    const reissued = join(reissue, newer, older);
    expect(pageVersions(reissued, { period: newer.id, kind: 'home' }).latest?.reissued).toBe(true);
    expect(pageVersions(reissued, { period: older.id, kind: 'home' }).latest?.reissued).toBe(false);
    expect(pinnedView(reissued, older.id)).toEqual(pinnedView(periods, older.id));
  });
});

/** What a period's pinned pages show of the other periods: their homes, the services' history; as data to compare. */
function pinnedView(periods: Periods, periodId: string) {
  const report = periods.pinned.find((r) => r.periodId === periodId)!;
  const keys = [...report.pages.map((p) => p.key), ...report.services.map((s) => s.key), { period: periodId, kind: 'changes' as const }];
  return {
    versions: keys.map((key) => pageVersions(periods, key)),
    history: report.services.map((service) => {
      const { history, later } = serviceHistory(periods, report, 'pinned', service, pageVersions(periods, service.key));
      return { history: history.map((h) => [h.report.periodId, h.service.name, h.service.url]), later };
    }),
  };
}

describe('a superseded period’s pages are a snapshot: a newer period changes none of them', () => {
  // The publisher's case: the next report, made by `npm run new-period` from the latest (the same services, later dates).
  const newest: SmallPeriod = { ...newer, id: '2017-10-01--2018-03-31', renames: [] };
  const before = join(newer, older);
  const after = join(newest, newer, older);

  it('the same homes, links and history for every page of the superseded period, the renamed and the removed included', () => {
    expect(pinnedView(after, older.id)).toEqual(pinnedView(before, older.id));
  });

  it('the period that was the latest keeps its history; it gains the link to later reports', () => {
    const view = (periods: Periods) => pinnedView(periods, newer.id).history;
    expect(view(after).map((h) => h.history)).toEqual(view(before).map((h) => h.history));
    expect(view(before).every((h) => h.later === undefined)).toBe(true);
    expect(view(after).map((h) => h.later?.href)).toEqual(after.pinned[1]!.services.map((s) => `/services/${s.slug}/`));
  });

  it('the root (latest) page keeps the full history; a pinned page lists its period and earlier ones', () => {
    const latest = after.latest;
    const ssm = latest.services.find((s) => s.slug === 'amazon-ec2-systems-manager')!;
    const ids = (home: 'root' | 'pinned', report: Report, service: Service) =>
      serviceHistory(after, report, home, service, pageVersions(after, service.key)).history.map((h) => h.report.periodId);
    expect(ids('root', latest, ssm)).toEqual([newest.id, newer.id, older.id]);
    const middle = after.pinned[1]!;
    expect(
      ids(
        'pinned',
        middle,
        middle.services.find((s) => s.slug === ssm.slug)!,
      ),
    ).toEqual([newer.id, older.id]);
    const earliest = after.pinned[2]!;
    expect(
      ids(
        'pinned',
        earliest,
        earliest.services.find((s) => s.slug === 'amazon-ec2-simple-systems-manager-ssm')!,
      ),
    ).toEqual([older.id]);
  });

  it('later reports: the service in the latest report, or its root address, which says where it went', () => {
    const earliest = after.pinned[2]!;
    const later = (slug: string) => {
      const service = earliest.services.find((s) => s.slug === slug)!;
      return serviceHistory(after, earliest, 'pinned', service, pageVersions(after, service.key)).later;
    };
    expect(later('amazon-ec2-simple-systems-manager-ssm')).toEqual({
      label: 'this service in the latest report',
      href: '/services/amazon-ec2-systems-manager/',
    });
    expect(later('amazon-simpledb')).toEqual({ label: 'what became of this service', href: '/services/amazon-simpledb/' });
    expect(after.gone.map((g) => g.path)).toContain('/services/amazon-simpledb/');
  });
});

describe('compareBlocks', () => {
  it('leaves unchanged blocks out and compares a changed one word by word', () => {
    const a = [
      { id: 'x-p1', text: 'One two three.' },
      { id: 'x-p2', text: 'Same.' },
    ];
    const b = [
      { id: 'x-p1', text: 'One three.' },
      { id: 'x-p2', text: 'Same.' },
    ];
    expect(compareBlocks(a, b)).toEqual([
      { kind: 'changed', id: 'x-p1', words: [{ value: 'One ' }, { value: 'two ', removed: true }, { value: 'three.' }] },
    ]);
  });

  it('a block added or removed whole', () => {
    expect(
      compareBlocks(
        [{ id: 'x-p1', text: 'A.' }],
        [
          { id: 'x-p1', text: 'A.' },
          { id: 'x-p2', text: 'B.' },
        ],
      ),
    ).toEqual([{ kind: 'added', id: 'x-p2', words: [{ value: 'B.', added: true }] }]);
    expect(
      compareBlocks(
        [
          { id: 'x-p1', text: 'A.' },
          { id: 'x-p2', text: 'B.' },
        ],
        [{ id: 'x-p1', text: 'A.' }],
      ),
    ).toEqual([{ kind: 'removed', id: 'x-p2', words: [{ value: 'B.', removed: true }] }]);
  });

  it('finds nothing in identical texts', () => {
    const same = [{ id: 'x-p1', text: 'A.' }];
    expect(compareBlocks(same, same)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ReportFacts } from '../../src/schemas.ts';
import { buildReport, type Report } from '../../src/lib/report-model.ts';
import { serviceRecords, toCsv, type ServiceRecord } from '../../src/lib/service-exports.ts';
import type { Home } from '../../src/lib/urls.ts';
import { slugify } from '../../src/lib/slug.ts';

/**
 * A strict RFC 4180 parser: records end in CRLF (the last may omit it), fields are separated by commas,
 * a field holding a comma, quote, CR or LF must be quoted, and a quote inside a quoted field is doubled.
 * Anything else (a bare quote, a lone LF or CR outside quotes, text after a closing quote) throws.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
      return value;
    }
    const start = i;
    while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
      if (text[i] === '"') throw new Error(`quote in an unquoted field at ${i}`);
      i++;
    }
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) throw new Error(`bare line break at ${i}`);
    return text.slice(start, i);
  };
  while (i < text.length) {
    record.push(field());
    if (text[i] === ',') i++;
    else {
      records.push(record);
      record = [];
      if (i < text.length) i += 2; // CRLF
    }
  }
  return records;
}

const facts: ReportFacts = {
  organization: 'Amazon Web Services, Inc.',
  system: 'Amazon Web Services System',
  document: 'SOC 3 report',
  period: { start: new Date('2017-04-01'), end: new Date('2017-09-30') },
  criteria: ['security'],
  framework: 'x',
  order: ['aws-background', 'security-and-identity', 'networking'],
  site: { published: new Date('2026-11-28'), corrections: [], renames: [], sectionRenames: [] },
};
const P = 'content/p';
const names = ['AWS Directory Service for Microsoft Active Directory', 'Amazon Route 53', 'Widget, "Pro" Edition'];

function report(home: Home = 'root'): Report {
  const svc = (name: string, line: number, paragraphs: string[]) => ({ name, slug: slugify(name), line, paragraphs });
  const { report: built, problems } = buildReport({
    periodId: '2016-10-01--2017-03-31',
    latest: home === 'root',
    file: `${P}/report.yaml`,
    facts,
    sections: [
      {
        slug: 'aws-background',
        file: `${P}/sections/aws-background.mdx`,
        title: 'AWS Background',
        titleFrom: 'report',
        lead: '',
        blocks: [],
        scope: { services: names.map((name, i) => ({ name, line: 10 + i })), regions: [], edgeLocations: [] },
      },
    ],
    categories: [
      {
        slug: 'security-and-identity',
        file: `${P}/categories/security-and-identity.mdx`,
        title: 'Security & Identity',
        services: [
          svc(names[0]!, 5, [
            "AWS Directory Service for Microsoft Active Directory (Enterprise Edition), also known as AWS Microsoft AD, enables customers' directory-aware workloads and AWS resources to use managed Active Directory in the AWS Cloud.",
          ]),
        ],
      },
      {
        slug: 'networking',
        file: `${P}/categories/networking.mdx`,
        title: 'Networking',
        services: [
          svc(names[1]!, 17, [
            'Amazon Route 53 provides customers with a managed Domain Name System (DNS) web service.',
            'Customers can use Amazon Route 53 to configure DNS health checks.',
          ]),
          svc(names[2]!, 23, ['Amazon SNS follows the “publish-subscribe” (pub-sub) paradigm, using a "push" mechanism.\nA second line.']),
        ],
      },
    ],
  });
  expect(problems).toEqual([]);
  return built!;
}

describe('serviceRecords', () => {
  it('gives one record per service in the report’s order, with absolute URLs', () => {
    const records = serviceRecords(report(), 'https://soc3.example.com/', 'root');
    expect(records.map((r) => r.name)).toEqual(names);
    expect(records[0]).toEqual({
      name: 'AWS Directory Service for Microsoft Active Directory',
      slug: 'aws-directory-service-for-microsoft-active-directory',
      category: 'Security & Identity',
      url: 'https://soc3.example.com/services/aws-directory-service-for-microsoft-active-directory/',
      description:
        "AWS Directory Service for Microsoft Active Directory (Enterprise Edition), also known as AWS Microsoft AD, enables customers' directory-aware workloads and AWS resources to use managed Active Directory in the AWS Cloud.",
      period: '2016-10-01--2017-03-31',
    });
    expect(Object.keys(records[0]!)).toEqual(['name', 'slug', 'category', 'url', 'description', 'period']);
  });

  it('separates a description’s paragraphs with a blank line', () => {
    expect(serviceRecords(report(), 'https://soc3.example.com/', 'root')[1]!.description).toBe(
      'Amazon Route 53 provides customers with a managed Domain Name System (DNS) web service.\n\nCustomers can use Amazon Route 53 to configure DNS health checks.',
    );
  });

  it('resolves URLs against the site, under another period’s base path too, with a URL or a string', () => {
    expect(serviceRecords(report('pinned'), new URL('http://localhost:4321/'), 'pinned')[1]!.url).toBe(
      'http://localhost:4321/2016-10-01--2017-03-31/services/amazon-route-53/',
    );
  });
});

describe('toCsv: RFC 4180', () => {
  const records = serviceRecords(report(), 'https://soc3.example.com/', 'root');
  const csv = toCsv(records);

  it('starts with the header row and ends every record with CRLF', () => {
    expect(csv.startsWith('name,slug,category,url,description,period\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(1 + records.length);
  });

  it('parses back, strictly, to the header and the exact records', () => {
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['name', 'slug', 'category', 'url', 'description', 'period']);
    expect(rows.slice(1)).toEqual(records.map((r) => [r.name, r.slug, r.category, r.url, r.description, r.period]));
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csv).toContain('"Widget, ""Pro"" Edition"');
    expect(csv).toContain('"Amazon Route 53 provides customers with a managed Domain Name System (DNS) web service.\n\nCustomers can use');
    expect(csv).toContain('using a ""push"" mechanism.\nA second line."');
    // A field without any of them is written bare.
    expect(csv).toContain('\r\nAmazon Route 53,amazon-route-53,Networking,https://soc3.example.com/services/amazon-route-53/,"');
  });

  it('writes just the header for no records', () => {
    expect(toCsv([] as ServiceRecord[])).toBe('name,slug,category,url,description,period\r\n');
  });

  it('the strict parser rejects what RFC 4180 does not allow (so the tests above can fail)', () => {
    expect(() => parseCsv('a,b\nc,d\r\n')).toThrow(/bare line break/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/quote in an unquoted field/);
    expect(() => parseCsv('"a"b,c\r\n')).toThrow(/text after a closing quote/);
    expect(() => parseCsv('"a,b\r\n')).toThrow(/unterminated/);
    expect(parseCsv('"a ""q""","b\r\nc"\r\nd,e')).toEqual([
      ['a "q"', 'b\r\nc'],
      ['d', 'e'],
    ]);
  });
  it('neutralises cells a spreadsheet would run as a formula (OWASP, CSV Injection): a quote before them, quoted', () => {
    const starts = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTabbed', '\rReturn', '＝1+1'];
    const hostile = starts.map((name, i) => ({ ...records[0]!, name, slug: `s${i}` }));
    const rows = parseCsv(toCsv(hostile)).slice(1);
    expect(rows.map((r) => r[0])).toEqual(starts.map((name) => `'${name}`));
    for (const name of starts) expect(toCsv(hostile)).toContain(`\r\n"'${name.replaceAll('"', '""')}",`);
    // Anywhere but first, the same characters are text, kept as they are.
    expect(parseCsv(toCsv([{ ...records[0]!, name: 'Amazon =1+1 @x -y' }]))[1]![0]).toBe('Amazon =1+1 @x -y');
  });
});

import { describe, expect, it } from 'vitest';
import { page, readDist, squash } from '../helpers/dist.ts';
import { reportTextOf } from '../helpers/report-text.ts';
import type { ServiceRecord } from '../../src/lib/service-exports.ts';

const records = JSON.parse(readDist('/services.json')) as ServiceRecord[];

describe('/services.json and /services.csv', () => {
  it('lists the 51 services with the report’s names, categories and descriptions', () => {
    expect(records).toHaveLength(51);
    for (const r of records) expect(Object.keys(r)).toEqual(['name', 'slug', 'category', 'url', 'description', 'period']);
    for (const r of records) expect(r.period).toBe('2017-04-01--2017-09-30');
    const ec2 = records.find((r) => r.slug === 'amazon-elastic-compute-cloud-ec2')!;
    expect(ec2.name).toBe('Amazon Elastic Compute Cloud (EC2)');
    expect(ec2.category).toBe('Compute');
    expect(new URL(ec2.url).pathname).toBe('/services/amazon-elastic-compute-cloud-ec2/');
    expect(ec2.description).toMatch(
      /^Amazon Elastic Compute Cloud is a web service that provides resizable compute capacity in the cloud\./,
    );
  });

  it('gives each record the description its page shows', () => {
    for (const r of records) {
      const paragraphs = page(new URL(r.url).pathname).querySelectorAll('article p[id]');
      const text = Array.from(paragraphs, (p) => reportTextOf(p).trim()).join(' ');
      expect(text).toBe(squash(r.description));
    }
  });

  it('is RFC 4180 CSV with the same rows', () => {
    const csv = readDist('/services.csv');
    expect(csv.startsWith('name,slug,category,url,description,period\r\n')).toBe(true);
    expect(csv).toContain('"AWS Directory Service for Microsoft Active Directory"'.slice(1, -1));
    // Each record is one CRLF-ended row; quoted fields double their quotes.
    const rows = csv.trimEnd().split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(rows).toHaveLength(52);
    expect(csv).toContain('"Amazon Simple Notification Service is a web service to set up, operate, and send notifications.');
    // A description of two paragraphs keeps its line breaks inside one quoted field.
    expect(csv).toContain('"Amazon Route 53 provides customers with a managed Domain Name System (DNS) web service.\n\nCustomers can use');
  });

  it('is linked from the catalog and the footer', () => {
    for (const path of ['/services/', '/']) {
      const hrefs = Array.from(page(path).querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(hrefs).toContain('/services.json');
      expect(hrefs).toContain('/services.csv');
    }
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  reportFieldRows,
  reportFieldTable,
  reportJsonSchema,
  reportSchemaFile,
  reportSchemaModeline,
  withFieldTable,
} from '../../src/lib/report-json-schema.ts';
import { criteria } from '../../src/schemas.ts';
import { projectRoot as root } from '../helpers/paths.ts';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('report.yaml documented from the zod schema', () => {
  it('the committed JSON Schema is the one the zod schema gives (npm run schema writes it)', () => {
    expect(JSON.parse(read(reportSchemaFile))).toEqual(reportJsonSchema());
  });

  it("the README's table of fields is the generated one", async () => {
    const readme = read('README.md');
    const options = { ...(await resolveConfig(join(root, 'README.md'))), filepath: join(root, 'README.md') };
    expect(await format(withFieldTable(readme, reportFieldTable()), options)).toBe(readme);
  });

  it('documents every field, nested ones included', () => {
    const rows = reportFieldRows();
    expect(rows.map((row) => row.field)).toEqual(
      expect.arrayContaining(['organization', 'period.start', 'criteria', 'site.published', 'site.renames[].from']),
    );
    for (const row of rows) expect(row.description, row.field).not.toBe('');
    expect(rows.find((row) => row.field === 'criteria')?.kind).toBe(`list of one of ${criteria.map((c) => `\`${c}\``).join(', ')}`);
    expect(rows.find((row) => row.field === 'site.corrections')?.required).toBe(false);
  });

  it('writes dates as YAML has them, and refuses unknown fields as the zod schema does', () => {
    const schema = reportJsonSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
      additionalProperties?: boolean;
    };
    expect(schema.properties.period?.properties?.start).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.additionalProperties).toBe(false);
  });

  it('every period names the schema in its first line, at a path that exists', () => {
    const periods = readdirSync(join(root, 'content'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(periods.length).toBeGreaterThan(0);
    for (const { name } of periods) {
      const file = join('content', name, 'report.yaml');
      const first = read(file).split('\n')[0]!;
      expect(first, file).toBe(reportSchemaModeline);
      const target = resolve(root, dirname(file), first.split('$schema=')[1]!);
      expect(target).toBe(join(root, reportSchemaFile));
    }
  });
});

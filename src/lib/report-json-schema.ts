/**
 * `report.yaml` documented from its one source, the zod schema (src/schemas.ts): the JSON Schema that editors
 * use to complete and check the file, and the README's table of its fields. `npm run schema` writes both; a
 * unit test fails when either is stale.
 */
import { z } from 'astro/zod';
import { reportSchema } from '../schemas.ts';

/** Where the JSON Schema is written, relative to the project root; each `report.yaml` names it in its first line. */
export const reportSchemaFile = 'src/report.schema.json';

/** The first line of every `report.yaml`: the YAML language server (VS Code's YAML extension and others) reads it. */
export const reportSchemaModeline = `# yaml-language-server: $schema=../../${reportSchemaFile}`;

interface JsonSchema {
  type?: string;
  format?: string;
  description?: string;
  enum?: string[];
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
}

/** The JSON Schema of `report.yaml`, as YAML is written: dates are `YYYY-MM-DD` strings. */
export function reportJsonSchema(): JsonSchema {
  return z.toJSONSchema(reportSchema, {
    io: 'input',
    // Dates are checked by the override below, which writes them as YAML has them.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
}

/** One row of the README's table: a field's path (`site.renames[].from`), its kind, whether it is required, its description. */
export interface FieldRow {
  field: string;
  kind: string;
  required: boolean;
  description: string;
}

function kindOf(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${value}\``).join(', ')}`;
  if (schema.format === 'date') return 'date';
  if (schema.type === 'array') return `list of ${schema.items?.type === 'object' ? 'entries' : kindOf(schema.items ?? {})}`;
  return schema.type ?? 'any';
}

/** Every field of `report.yaml`, depth first in the schema's order. */
export function reportFieldRows(schema: JsonSchema = reportJsonSchema(), prefix = ''): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      field: path,
      kind: kindOf(field),
      required: (schema.required ?? []).includes(name),
      description: field.description ?? '',
    };
    const inner = field.type === 'array' ? field.items : field;
    const innerPrefix = field.type === 'array' ? `${path}[].` : `${path}.`;
    return [row, ...(inner?.properties ? reportFieldRows(inner, innerPrefix) : [])];
  });
}

/** The README's table of `report.yaml` fields (Markdown). */
export function reportFieldTable(rows: FieldRow[] = reportFieldRows()): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [
    '| Field | Kind | Required | What it holds |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| \`${row.field}\` | ${cell(row.kind)} | ${row.required ? 'yes' : 'no'} | ${cell(row.description)} |`),
  ].join('\n');
}

/** The README between these markers is generated. */
export const readmeMarkers = { start: '<!-- report-yaml-fields:start -->', end: '<!-- report-yaml-fields:end -->' } as const;

/** The README with its `report.yaml` table replaced by `table`; throws when the markers are missing. */
export function withFieldTable(readme: string, table: string): string {
  const start = readme.indexOf(readmeMarkers.start);
  const end = readme.indexOf(readmeMarkers.end);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${readmeMarkers.start} … ${readmeMarkers.end} are missing`);
  return `${readme.slice(0, start + readmeMarkers.start.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

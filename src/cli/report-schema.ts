/**
 * `npm run schema`: writes `src/report.schema.json` and the README's table of `report.yaml` fields from the zod
 * schema, after a change to src/schemas.ts. Prettier then formats both as the rest of the tree.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { reportFieldTable, reportJsonSchema, reportSchemaFile, withFieldTable } from '../lib/report-json-schema.ts';

writeFileSync(reportSchemaFile, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
writeFileSync('README.md', withFieldTable(readFileSync('README.md', 'utf8'), reportFieldTable()));
execFileSync('npx', ['prettier', '--write', reportSchemaFile, 'README.md'], { stdio: 'inherit' });
console.log(`schema: wrote ${reportSchemaFile} and the README's report.yaml table`);

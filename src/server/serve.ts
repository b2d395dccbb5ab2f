/** `npm run preview`: serves the last build's dist/ as production serves it (see static-server.ts). */
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await startStaticServer(dist, { host: 'localhost', port: Number(process.env['PORT'] ?? 4321) });
console.log(`Serving dist/ with the production headers at ${server.origin}/ (Ctrl+C to stop)`);

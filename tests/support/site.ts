/** The site built for tests: `npm run build:check` builds it under a non-root base path. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BASE = '/hld-check/';
export const DIST = fileURLToPath(new URL('../../dist-check/', import.meta.url));

export function assertBuilt(): void {
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error(`No built site in ${DIST}: run \`npm run build:check\` first (npm test does).`);
}

/** Every HTML file of the built site, relative to DIST. */
export function htmlFiles(dir = DIST): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.sort();
}

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** The file a URL path under BASE maps to, or undefined when the site has none. */
export function fileForPath(pathname: string): string | undefined {
	if (!pathname.startsWith(BASE)) return undefined;
	const relative = decodeURIComponent(pathname.slice(BASE.length));
	const candidate = normalize(join(DIST, relative));
	if (!candidate.startsWith(DIST)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
};

/** Serves the built site under BASE on a free port, compressed, the way GitHub Pages serves a project site. */
export async function serveSite(): Promise<{ origin: string; close: () => Promise<void> }> {
	assertBuilt();
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (url.pathname === BASE.slice(0, -1)) {
			response.writeHead(301, { location: BASE }).end();
			return;
		}
		const file = fileForPath(url.pathname);
		if (!file) {
			response
				.writeHead(404, { 'content-type': TYPES['.html']! })
				.end(existsSync(join(DIST, '404.html')) ? readDist('404.html') : 'Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// GitHub Pages compresses text responses; measure and test the site as it is served there.
		if (/gzip/.test(String(request.headers['accept-encoding'])) && !/wasm|png|x-icon/.test(type)) {
			response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(gzipSync(readFileSync(file)));
		} else response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// @ts-check
/// <reference lib="webworker" />
/**
 * Keeps the HLD worksheet usable offline once it has been opened. Registered by the worksheet
 * with the worksheet page as its scope, so it handles only that page and the files it loads.
 * Requests go to the network first (readers always get the current site) and every successful
 * answer refreshes the cache; when the network fails, the cached copy answers. The page sends
 * the list of files it has loaded so they are cached before the reader goes offline.
 */
const CACHE = 'hld-worksheet-v1';
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @param {unknown} url */
const sameOrigin = (url) => typeof url === 'string' && new URL(url, location.href).origin === location.origin;

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('message', (event) => {
	/** @type {unknown[]} */
	const requested = Array.isArray(event.data?.cache) ? event.data.cache : [];
	const urls = [...new Set(requested.filter(sameOrigin))].map(String);
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(urls))
			.then(() => event.source?.postMessage({ cached: urls.length })),
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || !sameOrigin(request.url)) return;
	event.respondWith(
		fetch(request)
			.then((response) => {
				if (response.ok) {
					const copy = response.clone();
					event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
				}
				return response;
			})
			.catch(async () => (await caches.match(request, { ignoreSearch: request.mode === 'navigate' })) ?? Response.error()),
	);
});

// The service worker: this build's files in a cache named after the build, so
// the guide works offline after the first visit and an update never mixes old
// and new files. tools/pack_web.py fills in the build id and the file list.
"use strict";
const CACHE = "protocolwijzer-__BUILD__";
const FILES = __ASSETS__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// The first install takes over at once; a later one waits until the app's
// update notice asks for it (the page then reloads into the new build).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith("protocolwijzer-") && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  // The classroom API and other origins always go to the network.
  if (url.origin !== scope.origin || url.pathname.startsWith(scope.pathname + "api/")) return;
  // The app's address ("/", with any query) is its index.html; other pages (tekst.html) are themselves.
  const key = url.pathname === scope.pathname ? new URL("index.html", scope).href : request.url;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)));
});

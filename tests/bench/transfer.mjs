// Transfer size of a first visit: each file the page fetched, raw, gzip -9 and
// brotli (quality 11), computed here from the files themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// `instead` maps a fetched name to the file measured in its place (the
// shipped app's module instead of the test build's, see bench.mjs).
export function transferSizes(site, requested, instead = {}) {
  const files = [];
  const names = new Set(requested.map((url) => decodeURIComponent(url.split('?')[0]).replace(/^\/+/, '') || 'index.html'));
  for (const name of names) {
    const data = readFileSync(instead[name] ?? path.join(site, name));
    files.push({
      file: instead[name] ? path.basename(instead[name]) : name,
      raw: data.length,
      gzip: zlib.gzipSync(data, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(data, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    });
  }
  files.sort((a, b) => b.brotli - a.brotli);
  const sum = (k) => files.reduce((t, f) => t + f[k], 0);
  return { files, total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') } };
}

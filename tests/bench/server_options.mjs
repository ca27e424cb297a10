// What the server benchmarks share: `--name value` options, and the release
// pw-serve (build/native-release) when it exists — the debug build runs under
// AddressSanitizer and would measure that instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { config, repoRoot } from '../e2e/lib.mjs';

export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

export function useReleaseServer() {
  const release = path.join(repoRoot, 'build/native-release/serve/pw-serve');
  if (!process.env.PW_SERVER && existsSync(release)) config.server = release;
  return config.server.includes('native-release') ? 'release' : 'debug (sanitizers)';
}

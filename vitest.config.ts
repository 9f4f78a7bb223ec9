import { defineConfig } from 'vitest/config';
import { viteTextImport } from './scripts/text-import.mjs';

export default defineConfig({
  plugins: [viteTextImport],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests never reach the network: verify's default trusted roots come from the cache or the shipped seed
    // unless a test points it at a local TUF repository (and unsets this).
    env: { AGENT_ATTEST_OFFLINE: '1' },
  },
});

import { defineConfig } from 'vitest/config';
import { viteTextImport } from './scripts/text-import.mjs';

export default defineConfig({
  plugins: [viteTextImport],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

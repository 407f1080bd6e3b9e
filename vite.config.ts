/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: { include: ['d3', 'seedrandom', 'simple-statistics', 'zod'] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

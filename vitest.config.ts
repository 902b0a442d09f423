import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    // Two shared cores: axe over a whole guidance document, or a model walk, can pass 5 s under load.
    testTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
  },
});

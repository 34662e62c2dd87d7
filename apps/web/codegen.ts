import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the checked-in SDL emitted by the API, never from a running server (docs/style.md §8).
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    // Which concrete types implement each interface (UserError …), so the cache matches fragments
    // on interfaces (UserErrorFields) instead of guessing.
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', ID: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default config;

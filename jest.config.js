/** One jest run covers every kind of test; each folder under test/ is a project so they can be run alone. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic', importSource: 'preact' } }, target: 'es2022' }, module: { type: 'commonjs' } }];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // jose, nanoid and valibot ship only ES modules; jest runs CommonJS, so they are transformed too.
  // So do file-type and the tokenizers it reads with, and the stop-word lists (imported from their ES sources).
  transformIgnorePatterns: ['/node_modules/(?!(jose|nanoid|valibot|file-type|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|stopword)/)'],
  testEnvironment: 'node',
};
module.exports = {
  // Integration and e2e tests wait on real sockets and browsers; a frame that never comes fails sooner, in its own wait.
  testTimeout: 20_000,
  projects: ['unit', 'integration', 'infra', 'e2e'].map((name) => ({
    ...base,
    displayName: name,
    testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
    ...(name === 'e2e' ? { setupFilesAfterEnv: ['<rootDir>/test/e2e/retry-once.ts'] } : {}),
  })),
};

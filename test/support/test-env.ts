/** What global setup hands to the test files, through environment variables. */
export const testEnv = {
  get adminUrl(): string {
    const url = process.env.TEST_ADMIN_URL;
    if (!url) throw new Error('TEST_ADMIN_URL is not set: run the tests with `npm test`');
    return url;
  },
  get prefix(): string {
    return process.env.TEST_DB_PREFIX!;
  },
};

/**
 * The template databases global setup builds: `empty` (migrated), `fixtures` (each subgraph's
 * files in test/fixtures/<subgraph>/) and `real` (the committed open data in data/).
 */
export type TemplateKind = 'empty' | 'fixtures' | 'real';

export const templateName = (prefix: string, kind: TemplateKind) => `${prefix}_${kind}`;

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
  /** Why real-data tests skip, or null when the real open data is loaded. */
  get realDataMissing(): string | null {
    return process.env.TEST_REAL_DATA_MISSING || null;
  },
};

export const templateName = (prefix: string, kind: 'empty' | 'real') => `${prefix}_${kind}`;

/** `describe` for suites that need the real open data: skipped, with the reason in its name, without it. */
export function describeWithRealData(name: string, suite: () => void): void {
  const missing = testEnv.realDataMissing;
  if (missing) {
    console.warn(`skipping "${name}": ${missing}`);
    describe.skip(`${name} [skipped: ${missing}]`, suite);
  } else {
    describe(name, suite);
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './config';

// API keys for fair use: a client sending one is counted by its key with the key's own limit.
// Only a key's SHA-256 is stored (the file can be read by whoever runs the gateway); the key is
// shown once, when `npm run api-key` makes it.

const entry = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be lower-case letters, digits and -'),
  name: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
  pointsPerHour: z.number().int().positive(),
  created: z.string(),
});
const keysFile = z.object({ keys: z.array(entry) });

export type ApiKeyEntry = z.output<typeof entry>;

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The keys of `file`, checked; a file that is not as `npm run api-key` writes it stops the start. */
export function readApiKeys(file: string): ApiKeyEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([`API_KEYS_FILE: cannot read ${file} as JSON (${String(error)})`]);
  }
  const result = keysFile.safeParse(parsed);
  if (!result.success)
    throw new ConfigError(
      result.error.issues.map((i) => `API_KEYS_FILE ${file}: ${i.path.join('.')}: ${i.message}`),
    );
  const ids = result.data.keys.map((k) => k.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated)
    throw new ConfigError([`API_KEYS_FILE ${file}: key id "${repeated}" is given twice`]);
  return result.data.keys;
}

/** Makes a key, adds its hash to `file` (made if missing) and returns the key, to show once. */
export function createApiKey(
  file: string,
  { id, name, pointsPerHour }: { id: string; name: string; pointsPerHour: number },
  now = new Date(),
): string {
  const keys = existsSync(file) ? readApiKeys(file) : [];
  if (keys.some((k) => k.id === id))
    throw new ConfigError([`a key with id "${id}" exists in ${file}`]);
  const key = `cpg_${randomBytes(32).toString('base64url')}`;
  const added = entry.parse({
    id,
    name,
    sha256: hashApiKey(key),
    pointsPerHour,
    created: now.toISOString(),
  });
  writeFileSync(file, `${JSON.stringify({ keys: [...keys, added] }, null, 2)}\n`, { mode: 0o600 });
  return key;
}

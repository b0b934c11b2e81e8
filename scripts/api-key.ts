import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey } from '../platform/api-keys';
import { projectRoot } from '../platform/paths';

// `npm run api-key -- --id civic-lab --name "Civic Lab" --points 5000000`: makes an API key with
// its own hourly limit, stores only its SHA-256 in API_KEYS_FILE (default .api-keys.json, not
// committed) and prints the key once. The gateway reads the file at start (API_KEYS_FILE).

const USAGE =
  'usage: npm run api-key -- --id civic-lab --name "Civic Lab" --points 5000000 [--file PATH]';

function main() {
  const { values } = parseArgs({
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      points: { type: 'string' },
      file: { type: 'string' },
    },
  });
  const points = Number(values.points);
  if (!values.id || !values.name || !Number.isInteger(points) || points < 1)
    throw new Error(`--id, --name and a whole --points above 0 are needed. ${USAGE}`);
  const file = path.resolve(
    projectRoot(),
    values.file ?? process.env.API_KEYS_FILE ?? '.api-keys.json',
  );
  const key = createApiKey(file, { id: values.id, name: values.name, pointsPerHour: points });
  console.log(`API key for ${values.name} (${points} points per hour), shown once:\n\n  ${key}\n`);
  console.log(`Its hash is in ${file}; start the gateway with API_KEYS_FILE=${file}.`);
  console.log('Clients send it as the x-api-key header.');
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (works from src and dist). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/**
 * The open-data directory: `DATA_DIR` when set (relative to the project root), otherwise the
 * snapshot committed in `data/`. The project never reads data from outside these two places.
 */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const root = projectRoot();
  return env.DATA_DIR ? path.resolve(root, env.DATA_DIR) : path.join(root, 'data');
}

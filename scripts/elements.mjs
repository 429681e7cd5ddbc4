// The elements, found on disk so a new element folder is picked up by the size budget and the
// manifest test without editing a list: every src/elements/<name>/<name>.define.ts.
import { existsSync, readdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** Elements allowed to bundle d3-hierarchy: the treemap alone (the report embeds no chart). */
export const MAY_USE_D3 = new Set(['budget-treemap']);

/** `{ name, source, built }` for each element: its define module in src/ and in dist/ (tsc output). */
export function elements() {
  return readdirSync(new URL('src/elements/', root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`src/elements/${entry.name}/${entry.name}.define.ts`, root)))
    .map(({ name }) => ({
      name,
      source: `src/elements/${name}/${name}.define.ts`,
      built: `dist/elements/${name}/${name}.define.js`,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';

// dist/server/introspection and src/server/introspection sit at the same depth below the package root.
const ROOT = new URL('../../../', import.meta.url);

export const VersionsInfo = z.object({
  ok: z.literal(true),
  parley: z.string(),
  node: z.string(),
  dependencies: z.array(z.object({ name: z.string(), wanted: z.string(), installed: z.string().nullable(), dev: z.boolean() })),
});
export type VersionsInfo = z.infer<typeof VersionsInfo>;

const PackageJson = z.object({
  version: z.string(),
  dependencies: z.record(z.string(), z.string()).default({}),
  devDependencies: z.record(z.string(), z.string()).default({}),
});

function installedVersion(name: string): string | null {
  try {
    return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, ROOT), 'utf8'))).version;
  } catch {
    return null;
  }
}

/** Parley's version, Node's, and each dependency as declared and as installed. */
export function describeVersions(): VersionsInfo {
  const pkg = PackageJson.parse(JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')));
  const list = (deps: Record<string, string>, dev: boolean) => Object.entries(deps).map(([name, wanted]) => ({ name, wanted, installed: installedVersion(name), dev }));
  return { ok: true, parley: pkg.version, node: process.version, dependencies: [...list(pkg.dependencies, false), ...list(pkg.devDependencies, true)] };
}

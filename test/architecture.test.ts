import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's Architecture section lists the folders of src/ from the top layer down; the
// tree must agree with it: every folder listed, and no import at run time pointing up the list.
// Type-only imports are free to point anywhere (they vanish from the bundle).

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** The folders of src/ as the README lists them, top first (`ui/render` before `ui`); the entry, `cli.ts`, tops them. */
function listedLayers(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Architecture'));
  const tree = section.slice(
    section.indexOf('```') + 3,
    section.indexOf('```', section.indexOf('```') + 3),
  );
  return [...tree.matchAll(/^src\/([\w/-]+\/|cli\.ts)\s/gm)].map((m) =>
    (m[1] ?? '').replace(/\/$/, ''),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The listed folder a file belongs to: the longest listed prefix; undefined for src/*.ts. */
function layerOf(file: string, layers: readonly string[]): string | undefined {
  const path = relative(src, file).split(sep).join('/');
  return [...layers]
    .filter((l) => path.startsWith(`${l}/`) || path === l)
    .sort((a, b) => b.length - a.length)[0];
}

/** The files a file imports at run time (static and dynamic), resolved; type-only ones left out. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...[...text.matchAll(/^(?:import|export)(?! type)[^;]*? from '(\.[^']+)'/gms)].map((m) => m[1]),
    ...[...text.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => m[1]),
  ];
  return specs
    .filter((s): s is string => s?.endsWith('.js') === true)
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')))
    .filter((f) => f.startsWith(src + sep));
}

describe('the architecture the README describes', () => {
  const layers = listedLayers();
  const files = sourceFiles(src);

  it('lists every folder of src/', () => {
    const folders = new Set(
      files.map((f) => relative(src, dirname(f)).split(sep).join('/')).filter((d) => d !== ''),
    );
    const unlisted = [...folders].filter(
      (d) => layerOf(join(src, d, 'x.ts'), layers) === undefined,
    );
    expect(unlisted).toEqual([]);
    expect(layers.length).toBeGreaterThan(10);
  });

  it('has no import at run time from a folder to one listed above it, nor from src/*.ts to a folder', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file, layers);
      for (const target of runtimeImports(file)) {
        const to = layerOf(target, layers);
        if (to === undefined || to === from) continue;
        const ok = from !== undefined && layers.indexOf(to) > layers.indexOf(from);
        if (!ok) upward.push(`${relative(src, file)} -> ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});

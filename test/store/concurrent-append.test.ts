import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/history-store.js';
import type { AttemptRecord } from '../../src/store/record.js';
import { childText } from './append-child.js';

const PER_CHILD = 5_000;
const temp = mkdtempSync(join(tmpdir(), 'cs-store-concurrent-'));
const childScript = join(temp, 'append-child.mjs');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The children run the real store, bundled from the TypeScript sources.
beforeAll(async () => {
  await build({
    stdin: {
      contents: `import { runAppendChild } from './append-child.ts';
        await runAppendChild(process.argv.slice(2));`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'warning',
  });
});

/** Resolves with each stdout line of a child as it comes, and with its exit code. */
function watch(child: ChildProcess) {
  let out = '';
  let err = '';
  const lines: ((line: string) => void)[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    let end = out.indexOf('\n');
    while (end !== -1) {
      lines.shift()?.(out.slice(0, end));
      out = out.slice(end + 1);
      end = out.indexOf('\n');
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, err })),
  );
  const nextLine = () => new Promise<string>((resolve) => lines.push(resolve));
  return { nextLine, exit };
}

describe('two processes appending at once', () => {
  it(`keeps all ${2 * PER_CHILD} records whole`, async () => {
    const dir = join(temp, 'store');
    const children = ['A', 'B'].map((tag) =>
      spawn(process.execPath, [childScript, dir, tag, String(PER_CHILD)]),
    );
    const watched = children.map(watch);
    const ready = watched.map((w) => w.nextLine());
    expect(await Promise.all(ready)).toEqual(['ready', 'ready']);
    const done = watched.map((w) => w.nextLine());
    for (const child of children) child.stdin.write('go\n');
    const times = await Promise.all(done);
    const exits = await Promise.all(watched.map((w) => w.exit));
    expect(exits).toEqual([
      { code: 0, err: '' },
      { code: 0, err: '' },
    ]);
    console.info(
      `appending ${PER_CHILD} records with fsync, per child: ${times.map((t) => t.replace('done ', '')).join(' ms, ')} ms`,
    );

    const { records, warnings, skipped } = openStore(dir, { lang: 'en' }).readAll();
    expect(warnings).toEqual([]);
    expect(skipped).toBe(0);
    expect(records).toHaveLength(2 * PER_CHILD);
    expect(new Set(records.map((r) => r.id)).size).toBe(2 * PER_CHILD);
    const attempts = records as AttemptRecord[];
    for (const tag of ['A', 'B']) {
      const mine = attempts.filter((r) => r.session === tag);
      // Each writer's records come back whole and in the order it wrote them.
      expect(mine.map((r) => r.question)).toEqual(
        Array.from({ length: PER_CHILD }, (_, n) => `q-${n}`),
      );
      expect(mine.every((r, n) => r.text === childText(tag, n))).toBe(true);
    }
    // The writers really did overlap: their records alternate in the file.
    const switches = attempts.filter((r, i) => i > 0 && r.session !== attempts[i - 1]?.session);
    expect(switches.length).toBeGreaterThan(10);
    // Every line is a whole record, or empty: a writer that catches another one mid-write
    // sees no newline at the end and starts its record with one (see history-store.ts).
    const lines = readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const empty = lines.filter((line) => line === '').length;
    console.info(`empty lines from writers seeing each other mid-write: ${empty}`);
    expect(lines.length - empty).toBe(2 * PER_CHILD);
  }, 120_000);
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRecorderLater } from '../../src/commands/later-recorder.js';
import { StoreError } from '../../src/store/store-error.js';

const work = mkdtempSync(join(tmpdir(), 'cs-later-recorder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let homes = 0;
function recorder() {
  const home = join(work, `home-${++homes}`);
  const stderr: string[] = [];
  const sink = { write: (s: string) => stderr.push(s) } as unknown as NodeJS.WritableStream;
  const r = openRecorderLater({ save: true, lang: 'en', bankId: 'builtin', home }, sink);
  const kinds = () =>
    existsSync(join(home, 'history.jsonl'))
      ? readFileSync(join(home, 'history.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as { kind: string }).kind)
      : [];
  return { r, home, kinds, stderr };
}

describe("a drill's recorder, opened once its first question is on screen", () => {
  it('writes nothing at start; the start once opened, then the records after it', async () => {
    const { r, kinds } = recorder();
    r.start('drill', ['q1', 'q2']);
    expect(kinds()).toEqual([]);
    await r.opened?.();
    expect(kinds()).toEqual(['session-start']);
    r.draft('q1', 'half an answer', 1200);
    r.end('interrupted');
    expect(kinds()).toEqual(['session-start', 'draft', 'session-end']);
    expect(r.failed).toBe(false);
  });

  it('opens once, however often asked', async () => {
    const { r, kinds } = recorder();
    r.start('drill', ['q1']);
    await Promise.all([r.opened?.(), r.opened?.()]);
    await r.opened?.();
    expect(kinds()).toEqual(['session-start']);
  });

  it('keeps nothing asked of it before it is open: no answer can exist yet', () => {
    const { r, kinds } = recorder();
    r.start('drill', ['q1']);
    r.draft('q1', 'typed', 10);
    r.end('interrupted');
    expect(kinds()).toEqual([]);
    expect(() => r.session).toThrow(/before it is open/);
  });

  it('a history that cannot be written rejects opened() with the store error', async () => {
    const { r, home } = recorder();
    mkdirSync(join(home, 'history.jsonl'), { recursive: true });
    r.start('drill', ['q1']);
    await expect(r.opened?.()).rejects.toBeInstanceOf(StoreError);
  });
});

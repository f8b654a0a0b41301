import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript, without types.
import { copyShippedBank } from '../../bench/copied-bank.js';
import { runValidate, type ValidateJson } from '../../src/commands/validate.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

const QUESTIONS = resolve(import.meta.dirname, '../../questions');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the bench's copied bank", () => {
  it('is a valid bank: every id of every copy unique, follow-ups and red flags included', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-copied-bank-'));
    const held = copyShippedBank(QUESTIONS, dir, { copies: 3 });
    const { io, out } = fakeIO({ env: {} });
    const code = await runValidate([dir], { lang: 'en', color: false, json: true }, io);
    const json = JSON.parse(out()) as ValidateJson;
    expect(json.errors).toEqual([]);
    expect(code).toBe(ExitCode.ok);
    expect(held.copies).toBe(3);
    expect(json.files).toBe(held.sections + 1);
  });

  it('holds about the asked number of open questions, whatever the shipped bank holds', () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-copied-bank-'));
    const one = copyShippedBank(QUESTIONS, dir, { copies: 1 });
    const held = copyShippedBank(QUESTIONS, dir, { openTarget: one.open * 4 });
    expect(held).toMatchObject({ copies: 4, open: one.open * 4, choice: 0 });
  });
});

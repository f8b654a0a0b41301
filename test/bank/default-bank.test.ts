import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';

const temp = mkdtempSync(join(tmpdir(), 'cs-default-bank-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('defaultBankPath', () => {
  it('finds questions/ at the package root from the sources', () => {
    expect(defaultBankPath()).toBe(resolve(import.meta.dirname, '../../questions'));
  });

  it('finds it from the bundle, past other packages', () => {
    const pkg = join(temp, 'lib/node_modules/cs-interview');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'cs-interview' }));
    writeFileSync(join(pkg, 'dist/package.json'), JSON.stringify({ name: 'something-else' }));
    writeFileSync(join(temp, 'package.json'), '{ not json');
    const entry = pathToFileURL(join(pkg, 'dist/cli.cjs')).href;
    expect(defaultBankPath(entry)).toBe(join(pkg, 'questions'));
  });
});

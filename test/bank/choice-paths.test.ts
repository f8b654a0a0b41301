import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate, type ValidateJson } from '../../src/commands/validate.js';
import { fakeIO } from '../fake-io.js';

const choice = (id: string) => `  - id: ${id}
    type: true_false
    prompt: 判断
    correct: true
    explanation: 因为
    source: 依据
`;
const open = (id: string) => `  - id: ${id}
    prompt: 问
    answer: 答
    analysis: 析
    key_points:
      - point: 要点
        keywords: [词]
`;
const section = (id: string, order: number, items: string[]) =>
  `id: ${id}\norder: ${order}\ntitle: T\npoints: 1\ntime_limit: 60\nquestions:\n${items.join('')}`;

async function validate(files: Record<string, string>): Promise<ValidateJson> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-choice-paths-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const { io, out } = fakeIO();
  await runValidate([dir], { lang: 'en', color: false, json: true }, io);
  return JSON.parse(out()) as ValidateJson;
}

describe('choice items among open questions, as positions in the file', () => {
  it('an id repeated across files, a choice item in one and an open question in the other, at its line', async () => {
    const json = await validate({
      'a.yaml': section('a', 1, [open('a-1'), choice('same')]),
      'b.yaml': section('b', 2, [choice('b-1'), open('same')]),
    });
    // a.yaml: `same` is the second item, its id on line 14; in b.yaml the open question's id is on line 13.
    expect(json.errors.map((e) => [e.file.replace(/.*[/\\]/, ''), e.line, e.message])).toEqual([
      ['b.yaml', 13, expect.stringContaining('duplicate question id "same" (first in')],
    ]);
    expect(json.errors[0]?.message).toMatch(/a\.yaml:14\)$/);
  });

  it('a warning about an open question after a choice item names that question’s line', async () => {
    const json = await validate({ 'a.yaml': section('a', 1, [choice('c-1'), open('q-1')]) });
    // The open question is the file's questions[1] (not questions[0]); its key_points on line 18.
    const kp = json.warnings.find((w) => w.message.startsWith('questions[1].key_points:'));
    expect(kp?.line).toBe(18);
    expect(json.warnings.every((w) => w.message.startsWith('questions[1]'))).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, binaryInTmux, hasTmux } from './tmux.js';

const start = binaryInTmux();

/** The reference answer of every question (each scores full marks), as a grade file. */
function strongAnswers(): Record<string, string> {
  const sections = JSON.parse(
    spawnSync(process.execPath, [BIN, 'list', '--json'], { encoding: 'utf8' }).stdout,
  ).sections as { questions: { id: string; answer: string }[] }[];
  return Object.fromEntries(sections.flatMap((s) => s.questions.map((q) => [q.id, q.answer])));
}

describe.skipIf(!hasTmux)('review (tmux)', () => {
  it('introduces new questions a few at a time on an empty history', async () => {
    const t = start(`review --new 2 --time 60`);
    await t.waitFor('第 1/2 题');
    expect(t.screen()).toContain('请用3分钟时间进行自我介绍');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('says when the next review is due once everything was answered well', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-review-'));
    const graded = spawnSync(process.execPath, [BIN, 'grade', '-', '--json'], {
      input: JSON.stringify(strongAnswers()),
      encoding: 'utf8',
      env: { ...process.env, CS_INTERVIEW_HOME: home },
    });
    expect(graded.status).toBe(0);
    const again = start(`review --new 0`, { env: { CS_INTERVIEW_HOME: home } });
    const screen = await again.waitFor('现在没有到期要复习的题目');
    // A due date is the start of a day: 4:00.
    expect(screen).toMatch(/下一道在 \d{4}-\d\d-\d\d 04:00 到期/);
    // It offers the weakest questions instead; n declines.
    await again.waitFor('现在就开始练吗？');
    again.type('n');
    again.press('Enter');
    expect(await again.exitCode()).toBe(0);
  });
});

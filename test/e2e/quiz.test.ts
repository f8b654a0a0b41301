import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, binaryInTmux, hasTmux } from './tmux.js';

if (process.env.CI && !hasTmux) throw new Error('tmux is required for the end-to-end tests in CI');

const start = binaryInTmux();
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/quiz/${name}`, import.meta.url));
const BANK = fixture('bank');

/** The quiz-answer records of a session's history, as written. */
function quizRecords(home: string): { question: string; chosen: string[]; right: boolean }[] {
  return readFileSync(join(home, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"kind":"quiz-answer"'))
    .map((line) => JSON.parse(line));
}

describe.skipIf(!hasTmux)('quiz in a real terminal (tmux)', () => {
  it('answered by letter keys, scores right, saves each answer and lists what was missed', async () => {
    const t = start(`quiz --bank ${BANK}`, { width: 80, height: 24 });
    await t.waitFor('准备好了按 Enter 开始');
    t.press('Enter');
    await t.waitFor('第 1/3 题 · 单选题');
    expect(t.screen()).toMatch(/剩余 01:00|剩余 00:5\d/);
    t.type('c');
    await t.waitFor('❯ C. 消费者签收商品的次日');
    t.press('Enter');
    await t.waitFor('✓ 回答正确');
    expect(t.screen()).toContain('依据：《网络购买商品七日无理由退货暂行办法》');
    t.press('Enter');
    await t.waitFor('第 2/3 题 · 多选题');
    // A letter toggles its option: A, C, then B on and off again.
    t.type('a');
    t.type('c');
    t.type('b');
    await t.waitFor('[x] B.');
    t.type('b');
    await t.waitFor((s) => s.includes('[x] C.') && s.includes('[ ] B.'));
    t.press('Enter');
    await t.waitFor(/第 2\/3 题[\s\S]*✓ 回答正确/);
    t.press('Enter');
    await t.waitFor('第 3/3 题 · 判断题');
    expect(t.screen()).toContain('A. 对');
    t.type('a');
    t.press('Enter');
    await t.waitFor('✗ 回答错误（你的答案：A）');
    expect(t.screen()).toContain('B. 错');
    t.press('Enter');
    const end = await t.waitFor('得分：2/3');
    expect(end).toContain('答错的题：');
    expect(end).toMatch(/r-cashback {2}正确答案 B/);
    expect(await t.exitCode()).toBe(0);
    expect(quizRecords(t.home)).toMatchObject([
      { question: 'r-start', chosen: ['C'], right: true },
      { question: 'r-exceptions', chosen: ['A', 'C'], right: true },
      { question: 'r-cashback', chosen: ['A'], right: false },
    ]);
  });

  it('a letter typed together with the Enter that starts reaches the first item', async () => {
    const t = start(`quiz --bank ${BANK}`, { width: 80, height: 24 });
    await t.waitFor('准备好了按 Enter 开始');
    // One read, as a quick "Enter, c" on a busy machine arrives: once taken for a paste, and lost.
    t.pressTogether('Enter', 'c');
    await t.waitFor('❯ C. 消费者签收商品的次日');
    t.press('Enter');
    await t.waitFor('✓ 回答正确');
  });

  it('the intro is wrapped at word boundaries, not cut mid-word by the terminal at 80 columns', async () => {
    const t = start(`quiz --bank ${BANK} --lang en`, { width: 80, height: 24 });
    await t.waitFor('Press Enter when ready');
    const rows = t.rows();
    const intro = rows.slice(
      0,
      rows.findIndex((r) => r.startsWith('Press Enter')),
    );
    expect(intro.length).toBeGreaterThan(1);
    expect(intro.join(' ')).toBe(
      'Rules quiz: 3 questions, 60 s per question. After each one you see whether it was right, the right answer and why.',
    );
    t.press('C-c');
  });

  it('in English, true or false reads A True / B False; Ctrl+C keeps what was answered, exit 130', async () => {
    const t = start(`quiz --bank ${BANK} --lang en --count 3`, { width: 80, height: 24 });
    await t.waitFor('Press Enter when ready');
    t.press('Enter');
    await t.waitFor('Question 1/3 · Single choice');
    expect(t.screen()).toContain('When does the seven-day return period start?');
    t.type('a');
    t.press('Enter');
    await t.waitFor('✗ Wrong (your answer: A)');
    t.press('Enter');
    await t.waitFor('Question 2/3');
    t.type('ac');
    t.press('Enter');
    await t.waitFor(/Question 2\/3[\s\S]*✓ Right/);
    t.press('Enter');
    await t.waitFor('Question 3/3 · True or false');
    expect(t.screen()).toMatch(/A\. True\s+B\. False/);
    t.press('C-c');
    const end = await t.waitFor('Stopped. 2 answered, score: 1/2');
    expect(end).toMatch(/r-start {2}Right answer C/);
    expect(await t.exitCode()).toBe(130);
    expect(quizRecords(t.home)).toMatchObject([
      { question: 'r-start', right: false },
      { question: 'r-exceptions', right: true },
    ]);
  });

  it('a whole-quiz limit (--total) ends the quiz: the item on screen times out, the rest count as missed', async () => {
    const t = start(`quiz --bank ${BANK} --total 2`, { width: 80, height: 24 });
    await t.waitFor('全卷限时');
    t.press('Enter');
    await t.waitFor('全卷剩余 00:0');
    // Nothing chosen: nothing races the clock, whatever the machine's load.
    await t.waitFor('✗ 回答错误（你的答案：未作答）');
    expect(t.screen()).toContain('时间到');
    t.press('Enter');
    const end = await t.waitFor('得分：0/3');
    expect(end).toContain('全卷时间到');
    expect(end).toMatch(/答错的题：\s+r-start {2}正确答案 C/);
    expect(end).toMatch(
      /未作答的题：\s+r-exceptions {2}正确答案 A, C[^\n]*\n\s+r-cashback {2}正确答案 B/,
    );
    expect(await t.exitCode()).toBe(0);
  });

  it('validate reports a single item whose correct names no option, at its line and column', async () => {
    const file = fixture('bad-correct.yaml');
    const t = start(`validate ${file} --lang en`);
    const screen = await t.waitFor('names no option');
    expect(screen).toMatch(
      /bad-correct\.yaml:11:14: error: questions\[0\]\.correct: the right answer D names no option \(there are 2, A–B\)/,
    );
    expect(await t.exitCode()).toBe(1);
  });
});

describe('quiz without a terminal', () => {
  it('is a usage error, exit 2, like the other interactive commands', () => {
    const r = spawnSync(process.execPath, [BIN, 'quiz', '--bank', BANK], {
      input: '',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“quiz” 需要在交互式终端中运行');
  });
});

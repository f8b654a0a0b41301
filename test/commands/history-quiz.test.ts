import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { openStore } from '../../src/store/history-store.js';
import type { QuizAnswerRecord } from '../../src/store/record.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[], home: string, stdin?: string) {
  const { io, out, err } = fakeIO({ env: { CS_INTERVIEW_HOME: home, COLUMNS: '100' }, stdin });
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

const quizAnswer = (
  id: string,
  question: string,
  chosen: string[],
  right: boolean,
  at: string,
  bank = 'builtin',
) =>
  ({
    v: 1,
    kind: 'quiz-answer',
    id,
    at,
    session: 'q-1',
    bank,
    question,
    section: 'platform-rules',
    type: 'single',
    chosen,
    right,
    elapsed_ms: 12_000,
    time_limit: 60,
    timed_out: false,
  }) satisfies QuizAnswerRecord;

/** A graded open answer (through grade, as a user would) and three quiz answers after it. */
async function home(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-hist-quiz-'));
  await run(['grade', '-'], dir, JSON.stringify({ 'scenarios-1': '我会先道歉，再核实订单。' }));
  const store = openStore(dir, { lang: 'zh' });
  const later = (minute: number) => new Date(Date.now() + minute * 60_000).toISOString();
  store.append(quizAnswer('a1b2c3d4e5f60001', 'return-start', ['A'], false, later(1)));
  store.append(quizAnswer('a1b2c3d4e5f60002', 'return-start', ['C'], true, later(2)));
  const other = quizAnswer('a1b2c3d4e5f60003', 'return-start-x', [], false, later(3));
  store.append(other);
  store.close();
  return dir;
}

describe('the rules quiz in history and stats', () => {
  it('history lists quiz answers among the others, scored 1/1 or 0/1, and --json adds them', async () => {
    const dir = await home();
    const listed = (await run(['history'], dir)).out;
    expect(listed).toContain('（共 4 条）');
    expect(listed).toMatch(/a1b2c3d4 {2}return-start +0\/1 {2}测验 +00:12\/01:00/);
    expect(listed).toMatch(/scenarios-1[^\n]*笔答/);
    const json = JSON.parse((await run(['history', '--json'], dir)).out);
    expect(json.attempts.map((a: { question: string }) => a.question)).toEqual(['scenarios-1']);
    expect(json.quiz_answers).toHaveLength(3);
    expect(json.quiz_answers[1]).toMatchObject({
      question: 'return-start',
      chosen: ['C'],
      right: true,
    });
  });

  it('history show of a quiz answer gives the item and the feedback quiz gave', async () => {
    const dir = await home();
    const shown = await run(['history', 'show', 'a1b2c3d4e5f60001'], dir);
    expect(shown.code).toBe(ExitCode.ok);
    expect(shown.out).toContain('网购商品的七日无理由退货期限从什么时候开始算？');
    expect(shown.out).toContain('✗ 回答错误（你的答案：A）');
    expect(shown.out).toMatch(/C\. 消费者签收商品的次日/);
    const en = await run(['history', 'show', 'a1b2c3d4e5f60002', '--lang', 'en'], dir);
    expect(en.out).toContain('✓ Right');
    // An item the bank no longer has: what the record holds.
    const gone = await run(['history', 'show', 'a1b2c3d4e5f60003'], dir);
    expect(gone.out).toContain('这道题已不在当前题库中');
    expect(gone.out).toContain('✗ 回答错误');
  });

  it('stats has a quiz line, and --json a quiz field beside the others', async () => {
    const dir = await home();
    const text = (await run(['stats'], dir)).out;
    expect(text).toMatch(/规则测验\n {2}作答 3 次 · 答对 1（33%）· 做过 2\/73 题/);
    expect(text).toContain('上次答错 1 题：cs-interview review 会带回它们');
    const en = (await run(['stats', '--lang', 'en'], dir)).out;
    expect(en).toContain('Rules quiz\n  3 answers · 1 right (33%) · 2 of 73 items tried');
    const json = JSON.parse((await run(['stats', '--json'], dir)).out);
    expect(json.quiz).toEqual({ answered: 3, right: 1, items: 2, bank_items: 73, wrong_last: 1 });
    expect(json.attempts).toBe(1);
  });

  /** home() and a right answer, in another bank, to an id the built-in bank has too. */
  async function homeWithOtherBank(): Promise<string> {
    const dir = await home();
    const store = openStore(dir, { lang: 'zh' });
    const at = new Date(Date.now() + 4 * 60_000).toISOString();
    store.append(quizAnswer('a1b2c3d4e5f60004', 'return-start', ['A'], true, at, 'other'));
    store.close();
    return dir;
  }

  it('history show of a quiz answer of another bank says the question is gone', async () => {
    const dir = await homeWithOtherBank();
    const shown = await run(['history', 'show', 'a1b2c3d4e5f60004'], dir);
    expect(shown.code).toBe(ExitCode.ok);
    expect(shown.out).toContain('这道题已不在当前题库中');
    expect(shown.out).toContain('✓ 回答正确');
    expect(shown.out).not.toContain('网购商品的七日无理由退货期限从什么时候开始算？');
    expect(shown.out).not.toContain('正确答案');
  });

  it('stats does not count a quiz answer of another bank', async () => {
    const dir = await homeWithOtherBank();
    const text = (await run(['stats'], dir)).out;
    expect(text).toMatch(/规则测验\n {2}作答 3 次 · 答对 1（33%）· 做过 2\/73 题/);
    const json = JSON.parse((await run(['stats', '--json'], dir)).out);
    expect(json.quiz).toEqual({ answered: 3, right: 1, items: 2, bank_items: 73, wrong_last: 1 });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryInTmux, hasTmux } from './tmux.js';

if (process.env.CI && !hasTmux) throw new Error('tmux is required for the end-to-end tests in CI');

const start = binaryInTmux();

/** The editor draws its own rows, so a typed line may wrap: read the screen with its line ends and spaces out. */
const typed = (text: string) => (screen: string) => screen.replace(/\s/g, '').includes(text);

// scenarios-1 of the shipped bank: its follow-up scenarios-1-fu-2 probes 核实订单与证据.
const MAIN =
  '非常抱歉让您失望了，我理解您的心情。按平台规则可以给您退货退款或者换货，之后我会回访跟进进度。';

describe.skipIf(!hasTmux)('follow-up questions (追问) in a real terminal', () => {
  it('asks the follow-up on the point the answer missed, in the same editor, and shows it in the feedback', async () => {
    const t = start('drill 2 --count 1 --time 90', { height: 40 });
    await t.waitFor('剩余 01:');
    t.type(MAIN);
    await t.waitFor(typed('之后我会回访跟进进度'));
    t.press('Enter', 'Enter');
    // Its own limit (45 s), not the question's 90.
    const asked = await t.waitFor('追问 1/1 · 限时 00:45');
    expect(asked).toContain('客户说他不会拍照也不会发视频');
    expect(asked).not.toContain('参考答案');
    await t.waitFor('剩余 00:4');
    t.type('我会一步一步教您用手机拍，或者先查订单记录和物流。');
    await t.waitFor(typed('或者先查订单记录和物流'));
    t.press('Enter', 'Enter');
    const feedback = await t.waitFor('你给自己打几分');
    expect(feedback).toContain('参考答案');
    expect(feedback.replace(/\s/g, '')).toContain(
      '1.客户说他不会拍照也不会发视频，让你就相信他，怎么办？（针对：核实订单与证据）',
    );
    expect(feedback).toMatch(/要点 2\/3 · 得分 2 \/ 3 · 用时 00:0\d \/ 00:45/);
    expect(feedback).toContain('✓ 教他简单的办法');
    expect(feedback).toContain('✓ 用其他记录核实');
    expect(feedback).toContain('✗ 必要时寄回检测');
    t.press('Enter');
    const screen = await t.waitFor('面试小结');
    // The section keeps its points; the follow-up is counted beside them.
    expect(screen).toMatch(/总分\s+[\d.]+\/10/);
    expect(screen).toContain('追问 2/3 分（1 个追问，另计，不计入总分）');
    expect(await t.exitCode()).toBe(0);
    const records = readFileSync(join(t.home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const attempt = records.find((r) => r.kind === 'attempt');
    const followUp = records.find((r) => r.kind === 'follow-up');
    expect(followUp).toMatchObject({
      attempt: attempt.id,
      question: 'scenarios-1',
      follow_up: 'scenarios-1-fu-2',
      auto_score: 2,
      points: 3,
      time_limit: 45,
    });
  });

  it('asks after a self-introduction without an example what it can ask, claiming nothing the answer said', async () => {
    // Reported from practice: this answer was followed by "你说自己能稳住客户情绪。…".
    const answer =
      '面试官您好，我叫小王，做过两年淘宝店铺客服，日均接待两百位顾客。我擅长倾听，能用数据说话：满意度从92%提到98%。我想来阿里是因为想在更大的平台成长。';
    const t = start('drill 1 --count 1 --time 120', { height: 40 });
    await t.waitFor('剩余 0');
    t.type(answer);
    await t.waitFor(typed('想在更大的平台成长'));
    t.press('Enter', 'Enter');
    const asked = (await t.waitFor('追问 1/')).replace(/\s/g, '');
    // self-intro-1-fu-1, on 用具体事例佐证, the point the answer missed.
    expect(asked).toContain('能讲一次你没处理好的经历吗');
    expect(asked).not.toMatch(/你说|你提到|你讲的/);
  });

  it('--no-follow-ups goes straight to the feedback', async () => {
    const t = start('drill 2 --count 1 --time 90 --no-follow-ups');
    await t.waitFor('剩余 01:');
    t.type(MAIN);
    await t.waitFor(typed('之后我会回访跟进进度'));
    t.press('Enter', 'Enter');
    const screen = await t.waitFor('你给自己打几分');
    expect(screen).not.toContain('追问');
    t.press('Enter');
    await t.waitFor('面试小结');
    expect(await t.exitCode()).toBe(0);
  });
});

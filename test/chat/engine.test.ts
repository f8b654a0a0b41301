import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOTION_MAX } from '../../src/bank/chat-types.js';
import { classifyReply } from '../../src/chat/classify.js';
import { customerLines } from '../../src/chat/customer-lines.js';
import { playScript, replyTo, startConversation } from '../../src/chat/engine.js';
import { type ChatBank, type LoadedScenario, loadChats } from '../../src/chat/load-chats.js';
import { buildReport } from '../../src/chat/report.js';
import { playLanguages, playOf } from '../../src/chat/scenario-play.js';

const SHIPPED = resolve(import.meta.dirname, '../../questions');
let bank: ChatBank;
const scenario = (id: string): LoadedScenario => {
  const found = bank.scenarios.find((s) => s.scenario.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

beforeAll(async () => {
  bank = await loadChats(SHIPPED, 'en', { verify: true });
});

describe('the shipped chat scenarios', () => {
  it('are at least twelve, with distinct ids, each playable in Chinese and English', () => {
    expect(bank.scenarios.length).toBeGreaterThanOrEqual(12);
    const ids = bank.scenarios.map((s) => s.scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of bank.scenarios) expect(playLanguages(s)).toEqual(['zh', 'en']);
  });

  it('each resolve with their own reference conversation, in both languages', () => {
    const outcomes = bank.scenarios.flatMap((s) =>
      (['zh', 'en'] as const).map((lang) => {
        const play = playOf(s, lang);
        const c = playScript(play, play.scenario.reference);
        return `${s.scenario.id}/${lang}: ${c.outcome} after ${c.turns.length}, flags ${c.turns.flatMap((t) => t.flags.map((f) => f.id)).join(',')}`;
      }),
    );
    for (const line of outcomes) expect(line).toMatch(/: resolved after [1-5], flags $/);
  });

  it('come from every section of the interview', () => {
    const situations = new Set(bank.scenarios.map((s) => s.scenario.situation?.split('-')[0]));
    expect([...situations].sort()).toEqual(['communication', 'industry', 'scenarios']);
  });
});

describe('the scripted customer', () => {
  it('moves on only when a reply does what the state waits for, and grows impatient otherwise', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const start = startConversation(play);
    expect(start.state).toBe('upset');
    const vague = replyTo(play, start, '嗯嗯，好的，您稍等。', 5000);
    expect(vague.state).toBe('upset');
    expect(vague.turns[0]?.says).toBe(play.scenario.states.upset?.again);
    expect(vague.emotion).toBe(start.emotion + 1);
    const checked = replyTo(play, vague, '非常抱歉，请您发一下订单号，我马上核实。', 5000);
    expect(checked.state).toBe('checking');
    expect(checked.turns[1]?.acts).toEqual(expect.arrayContaining(['apologise', 'verify']));
  });

  it('ends escalated properly when the reply hands the case on', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const c = playScript(play, [
      '非常抱歉，请发一下订单号和照片，我马上核实。',
      '这个情况我已经升级给商家专员处理，他会尽快联系您。',
    ]);
    expect(c.outcome).toBe('escalated');
    expect(c.state).toBe('handed-on');
    expect(buildReport(play, c).outcome).toBe('escalated');
  });

  it('gives up after replies that do nothing, past the top of the emotion scale', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const c = playScript(play, ['好的', '收到', '嗯', '知道了'], 1000);
    expect(c.outcome).toBe('gave-up');
    expect(c.turns.at(-1)?.says).toBe(customerLines('zh').gaveUp);
    expect(c.turns.length).toBeLessThanOrEqual(2);
  });

  it('gives up after max_turns replies without an end', () => {
    const loaded = scenario('chat-mismatch');
    const play = { ...playOf(loaded, 'zh') };
    play.scenario = { ...play.scenario, max_turns: 2 };
    // Apologies calm the customer, so the emotion alone would never end this.
    const c = playScript(play, ['真的很抱歉', '实在对不起', '非常抱歉'], 1000);
    expect(c.outcome).toBe('gave-up');
    expect(c.turns).toHaveLength(2);
  });

  it('counts a slow reply: its content still moves on, but the customer says so and grows angrier', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const limit = play.scenario.turn_limit * 1000;
    const fast = playScript(play, play.scenario.reference, 1000);
    const slow = playScript(play, play.scenario.reference, limit);
    expect(slow.turns.every((t) => t.slow)).toBe(true);
    expect(fast.turns.some((t) => t.slow)).toBe(false);
    expect(slow.turns[0]?.says.startsWith(customerLines('zh').slowPrefix)).toBe(true);
    const sum = (c: typeof fast) => c.turns.reduce((n, t) => n + t.emotion, 0);
    expect(sum(slow)).toBeGreaterThan(sum(fast));
    const report = buildReport(play, slow);
    expect(report.firstResponseMs).toBe(limit);
    expect(report.turnMs).toEqual(slow.turns.map(() => limit));
  });

  it('lets the customer give up when the replies come too late with nothing in them', () => {
    const play = playOf(scenario('chat-trade-assurance'), 'en');
    const limit = play.scenario.turn_limit * 1000;
    const c = playScript(play, ['', ''], limit);
    expect(c.outcome).toBe('gave-up');
    expect(c.turns[0]?.says).toBe(customerLines('en').slow);
  });

  it('ends badly at once on a red-flag reply, and names the flag', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const c = playScript(play, [
      '抱歉抱歉，您加我微信，我私下给您退钱，比走平台快。',
      '非常抱歉，请发一下订单号。',
    ]);
    expect(c.outcome).toBe('red-flag');
    expect(c.turns).toHaveLength(1);
    expect(c.emotion).toBe(EMOTION_MAX);
    expect(c.turns[0]?.flags.map((f) => f.id)).toContain('off-platform');
    const report = buildReport(play, c);
    expect(report.redFlags.map((f) => f.matched.join('+'))).toEqual(['加我微信']);
    expect(report.outcome).toBe('red-flag');
  });

  it('flags a bribed review and a scenario red flag, in English too', () => {
    const zh = playOf(scenario('chat-live-abuse'), 'zh');
    const bribe = playScript(zh, ['抱歉，您把差评改成五星，我返您20元红包。']);
    expect(bribe.turns[0]?.flags.map((f) => f.id)).toEqual(['review-manipulation']);
    const en = playOf(scenario('chat-live-abuse'), 'en');
    const threat = playScript(en, ['Stop cursing or I will block you.']);
    expect(threat.outcome).toBe('red-flag');
    expect(threat.turns[0]?.flags[0]?.id).toBe('threatens-customer');
    // Named in the conversation's language.
    expect(threat.turns[0]?.flags[0]?.wrong).toMatch(/^Threatening/);
  });

  it('follows the scorer on negation: a refund route ruled out is no red flag', () => {
    const matcher = playOf(scenario('chat-mismatch'), 'zh').matcher;
    const flags = (text: string) => classifyReply(matcher, text).flags.map((f) => f.id);
    expect(flags('我不会给您退款到支付宝')).toEqual([]);
    expect(flags('您直接去支付宝申请退款吧')).toEqual(['refund-outside-order']);
    expect(flags('不用您去支付宝申请退款，退款会按原支付方式退回')).toEqual([]);
    expect(flags('我绝不会让您加微信')).toEqual([]);
    // A remedy said inside a negation is no remedy either.
    expect(classifyReply(matcher, '这个不能退款').acts).not.toContain('remedy');
    const en = playOf(scenario('chat-mismatch'), 'en').matcher;
    expect(
      classifyReply(en, 'Please contact Alipay for the refund').flags.map((f) => f.id),
    ).toEqual(['refund-outside-order']);
    expect(classifyReply(en, 'You do not need to contact Alipay').flags).toEqual([]);
  });
});

describe('the report', () => {
  it('has the steps done and missed, the emotion over the chat, and the transcript', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const c = playScript(
      play,
      [
        '非常抱歉，请发一下订单号，我马上核实。',
        '给您办理退货退款，运费由商家承担。',
        '一到三个工作日到账。',
      ],
      20_000,
    );
    const report = buildReport(play, c);
    expect(report.outcome).toBe('resolved');
    expect(report.stepsDone).toEqual(['apologise', 'verify', 'remedy']);
    expect(report.stepsMissed).toEqual(['follow-up']);
    expect(report.emotions).toEqual([c.opening.emotion, ...c.turns.map((t) => t.emotion)]);
    expect(report.transcript.map((l) => l.who)).toEqual([
      'customer',
      'agent',
      'customer',
      'agent',
      'customer',
      'agent',
      'customer',
    ]);
    const units = c.turns.reduce((n, t) => n + t.units, 0);
    expect(report.typingPerMinute).toBe(Math.round((units / 60_000) * 60_000));
  });

  it('calls a stopped chat interrupted', () => {
    const play = playOf(scenario('chat-mismatch'), 'zh');
    const c = playScript(play, ['您好']);
    expect(buildReport(play, c, true).outcome).toBe('interrupted');
  });
});

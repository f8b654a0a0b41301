import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChatFile } from '../../src/chat/check-scenarios.js';
import { loadChats } from '../../src/chat/load-chats.js';
import { BankError } from '../../src/errors.js';

/** A small sound scenario, as plain values; each test breaks one thing. */
function scenario(): Record<string, unknown> {
  return {
    id: 'tiny',
    type: 'chat',
    title: '小场景',
    order: { number: '1', item: '杯子' },
    wants: '退款',
    steps: ['apologise', 'remedy'],
    acts: { remedy: ['退款'] },
    start: 'upset',
    states: {
      upset: { emotion: 3, says: '杯子碎了！', on: [{ if: ['apologise'], to: 'calm' }] },
      calm: { emotion: 2, says: '那怎么办？', on: [{ if: ['remedy'], to: 'done' }] },
      done: { emotion: 1, says: '好的', end: 'resolved' },
    },
    reference: ['非常抱歉让您收到碎了的杯子。', '我马上给您办理退款。'],
  };
}

const file = (...questions: unknown[]) => ({ id: 'chat', title: '对话', questions });

function issuesOf(value: unknown, lang: 'zh' | 'en' = 'en') {
  return checkChatFile(value, 'chat.yaml', lang).issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
}

describe('checkChatFile', () => {
  it('accepts a sound scenario and fills in the defaults', () => {
    const checked = checkChatFile(file(scenario()), 'chat.yaml', 'en');
    expect(checked.issues).toEqual([]);
    expect(checked.scenarios?.[0]).toMatchObject({ id: 'tiny', turn_limit: 60, max_turns: 8 });
  });

  it('reports a transition to a missing state at its `to`, and what it made unreachable', () => {
    const s = scenario();
    const states = s.states as Record<string, { on: unknown[] }>;
    if (states.calm) states.calm.on[0] = { if: ['remedy'], to: 'dnoe' };
    expect(issuesOf(file(s))).toEqual([
      {
        path: 'questions.0.states.calm.on.0.to',
        message: 'questions[0].states.calm.on[0].to: no state "dnoe" to go to',
      },
      {
        path: 'questions.0.states.done',
        message: 'questions[0].states.done: state "done" cannot be reached from the start state',
      },
    ]);
  });

  it('reports a missing start state, an unknown act, a bad emotion and a state with no way on, in Chinese too', () => {
    const s = scenario();
    s.start = 'angry';
    const states = s.states as Record<string, Record<string, unknown>>;
    (states.upset as { on: unknown[] }).on = [{ if: ['apologize'], to: 'calm' }];
    (states.calm as Record<string, unknown>).emotion = 9;
    states.stuck = { emotion: 1, says: '……' };
    const messages = issuesOf(file(s), 'zh').map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'questions[0].start：起始状态 "angry" 不在 states 中',
        expect.stringMatching(
          /^questions\[0\]\.states\.upset\.on\[0\]\.if\[0\]：未知的动作 "apologize"/,
        ),
        'questions[0].states.calm.emotion：应为 0（平静）到 5（暴怒）之间的整数',
        'questions[0].states.stuck：状态 "stuck" 既不是结束状态，也没有可转出的 on',
      ]),
    );
  });

  it('asks for a resolved end, the required fields, and known ones only', () => {
    const s = scenario();
    const states = s.states as Record<string, Record<string, unknown>>;
    (states.done as Record<string, unknown>).end = 'gave-up';
    delete s.wants;
    s.tittle = 'x';
    const messages = issuesOf(file(s)).map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'questions[0].states: no state with end: resolved',
        'questions[0]: missing field "wants"',
        expect.stringContaining('unknown field "tittle" (did you mean "title"?)'),
      ]),
    );
  });

  it('reports a repeated scenario id', () => {
    expect(issuesOf(file(scenario(), scenario())).map((i) => i.path)).toEqual(['questions.1.id']);
  });
});

describe('loadChats', () => {
  const bankYaml = readFileSync(resolve(import.meta.dirname, '../../questions/bank.yaml'), 'utf8');

  function bankWith(chatYaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'cs-chat-'));
    writeFileSync(join(dir, 'bank.yaml'), bankYaml);
    mkdirSync(join(dir, 'chat'));
    writeFileSync(join(dir, 'chat', 'one.yaml'), chatYaml);
    return dir;
  }

  const sound = `id: chat
title: 对话
questions:
  - id: tiny
    type: chat
    title: 小场景
    order: { number: '1', item: 杯子 }
    wants: 退款
    steps: [apologise, remedy]
    acts:
      remedy: [退款]
    start: upset
    states:
      upset:
        emotion: 3
        says: 杯子碎了！
        on:
          - if: [apologise]
            to: calm
      calm:
        emotion: 2
        says: 那怎么办？
        on:
          - if: [remedy]
            to: done
      done:
        emotion: 1
        end: resolved
        says: 好的
    reference:
      - 非常抱歉让您收到碎了的杯子。
      - 我马上给您办理退款。
`;

  it('loads a sound file', async () => {
    const chats = await loadChats(bankWith(sound), 'en', { verify: true });
    expect(chats.scenarios.map((s) => s.scenario.id)).toEqual(['tiny']);
  });

  it('plays the reference through the scenario and reports it at its line when it does not resolve', async () => {
    const broken = sound.replace('我马上给您办理退款。', '我马上给您核实一下。');
    const error = await loadChats(bankWith(broken), 'en', { verify: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BankError);
    const issues = (error as BankError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 31, col: 7 });
    expect(issues[0]?.file).toMatch(/chat[/\\]one\.yaml$/);
    expect(issues[0]?.message).toBe(
      'questions[0].reference: played through the scenario, the reference conversation ends unfinished in state "calm" after 2 replies, not resolved',
    );
  });

  it('places a structural problem at its line and column, and reports an unknown concept', async () => {
    const bad = sound
      .replace('        emotion: 2\n', '        emotion: high\n')
      .replace('remedy: [退款]', "remedy: ['@退钱']");
    const error = (await loadChats(bankWith(bad), 'en', { verify: true }).catch(
      (e: unknown) => e,
    )) as BankError;
    expect(error.issues.map((i) => `${i.line}:${i.col} ${i.message}`)).toEqual([
      '21:18 questions[0].states.calm.emotion: expected an integer from 0 (calm) to 5 (furious)',
    ]);
    const unknownConcept = bankWith(sound.replace('remedy: [退款]', "remedy: ['@退钱']"));
    const unknown = (await loadChats(unknownConcept, 'en', { verify: true }).catch(
      (e: unknown) => e,
    )) as BankError;
    const expected = [
      expect.stringContaining(
        'questions[0].acts.remedy: "@退钱" names no concept of the bank file',
      ),
    ];
    expect(unknown.issues.map((i) => i.message)).toEqual(expected);
    // Read without verifying (to play one), the same is said when the scenario is played.
    const lazy = await loadChats(unknownConcept, 'en');
    let thrown: unknown;
    try {
      void lazy.scenarios[0]?.matchers;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BankError);
    expect((thrown as BankError).issues.map((i) => i.message)).toEqual(expected);
  });
});

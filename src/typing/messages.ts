/**
 * What `typing` says, in Chinese and English. Kept beside the command rather than in
 * `ui/i18n.ts`, so the command's words live with it.
 */

import type { Lang } from '../lang.js';
import { escapeCharacter } from '../neutralize.js';
import { MAX_PASSAGE_GRAPHEMES, type OwnTextProblem } from './own-text.js';

const zh = {
  needTerminal:
    '“typing” 需要在交互式终端中运行（标准输入和输出都必须是终端）：打字速度要在你打字时实时计算。',
  badTarget: (value: string, presets: string) =>
    `--target 只能是 ${presets} 之一（字/分；英文为 WPM），收到的是 “${value}”`,
  timeTooLong: (max: number) => `--time 最多 ${max} 秒`,
  textAndReply: '--text 和 --reply 不能同时使用',
  fileUnreadable: (file: string, why: string) => `读不了 ${file}：${why}`,
  ownText: (file: string, problem: OwnTextProblem) => {
    switch (problem.code) {
      case 'empty':
        return `${file}: 文件里没有可以打的文字`;
      case 'too-long':
        return `${file}: 文章有 ${problem.length} 个字，最多 ${MAX_PASSAGE_GRAPHEMES} 个`;
      case 'control':
        return `${file}:${problem.line}:${problem.col}: 有控制字符 ${escapeCharacter(problem.char)}，打字文章只能是普通文字`;
    }
  },
  title: (target: string) => `打字测试 · 目标 ${target}`,
  intro: (seconds: number, target: string) =>
    `限时 ${seconds} 秒，目标 ${target}。计时从你打出第一个字开始；照着文章打，可以用退格修改。`,
  remaining: (clock: string) => `剩余 ${clock}`,
  speed: (n: number) => `${n} 字/分`,
  wpm: (n: number) => `${n} WPM`,
  accuracy: (p: number) => `正确率 ${p}%`,
  waiting: '等你开始打字',
  help: '退格修改 · Ctrl+D 交卷 · Ctrl+C 放弃（不保存）',
  noPaste: '打字测试不能粘贴，请自己打出来',
  timeUp: '时间到',
  result: (speed: string, accuracy: string, time: string, errors: number) =>
    `速度 ${speed} · 正确率 ${accuracy} · 用时 ${time} · 错 ${errors} 字`,
  passed: (target: string) => `✓ 达标：目标 ${target}`,
  failed: (target: string, short: string) => `✗ 未达标：目标 ${target}，还差 ${short}`,
  howCounted: '速度按正确的字计（汉字和标点各算一个字），从第一个字计时到结束。',
  howCountedEn: '速度按 WPM 计：正确字符数（含空格和标点）÷ 5 为词数，从第一个字符计时到结束。',
  nothingTyped: '没有打任何字，这次不记录。',
  interrupted: '已中断：这次测试没有完成，成绩没有保存。',
  saved: '成绩已记入练习记录（stats 里可以看到速度走势）。',
  replyIntro: (seconds: number) =>
    `模拟在线接待：顾客发来一条消息，请像平时接待一样打字回复（限时 ${seconds} 秒）。首次响应时间从消息出现算起。`,
  customerSays: '顾客：',
  yourReply: '你的回复（写完在空行上按 Enter 或 Ctrl+D 发送）',
  replyHelp: 'Enter 换行 · 空行按 Enter 或 Ctrl+D 发送 · Ctrl+C 放弃（不保存）',
  replyEmpty: '还没有输入回复',
  firstResponse: (first: string, send: string) => `首字用时 ${first} · 发送用时 ${send}`,
  noFirstChar: '没有输入',
  phrasesFound: '用到的服务用语',
  phrasesMissing: '还可以加上',
  noneFound: '（没有）',
  redFlagLine: (id: string, wrong: string, matched: string) =>
    `⚠ 服务红线 [${id}]：${wrong}（看到的说法：${matched}）`,
  modelReply: '参考回复：',
  colon: '：',
  noRedFlag: '没有触碰服务红线。',
  replyTimedOut: '时间到，已按当时写下的内容发送',
};

type TypingMessages = { [K in keyof typeof zh]: (typeof zh)[K] };

const en: TypingMessages = {
  needTerminal:
    '"typing" needs an interactive terminal (standard input and output must both be one): the speed is counted while you type.',
  badTarget: (value, presets) =>
    `--target must be one of ${presets} (字/分; WPM in English), not "${value}"`,
  timeTooLong: (max) => `--time is at most ${max} seconds`,
  textAndReply: '--text and --reply cannot be used together',
  fileUnreadable: (file, why) => `cannot read ${file}: ${why}`,
  ownText: (file, problem) => {
    switch (problem.code) {
      case 'empty':
        return `${file}: there is no text to type in the file`;
      case 'too-long':
        return `${file}: the passage has ${problem.length} characters, at most ${MAX_PASSAGE_GRAPHEMES} are allowed`;
      case 'control':
        return `${file}:${problem.line}:${problem.col}: control character ${escapeCharacter(problem.char)}; a passage must be plain text`;
    }
  },
  title: (target) => `Typing test · target ${target}`,
  intro: (seconds, target) =>
    `${seconds} seconds, target ${target}. The clock starts at your first character; type the passage, Backspace corrects.`,
  remaining: (clock: string) => `${clock} left`,
  speed: (n) => `${n} 字/分`,
  wpm: (n) => `${n} WPM`,
  accuracy: (p) => `accuracy ${p}%`,
  waiting: 'waiting for you to start',
  help: 'Backspace corrects · Ctrl+D hands in · Ctrl+C gives up (nothing saved)',
  noPaste: 'A typing test cannot be pasted: type it yourself',
  timeUp: 'Time is up',
  result: (speed, accuracy, time, errors) =>
    `Speed ${speed} · accuracy ${accuracy} · time ${time} · ${errors} wrong`,
  passed: (target) => `✓ Passed: target ${target}`,
  failed: (target, short) => `✗ Not yet: target ${target}, ${short} short`,
  howCounted:
    'Speed counts correct characters (each Chinese character and punctuation mark is one), timed from the first character to the end.',
  howCountedEn:
    'Speed is WPM: correct characters (spaces and punctuation included) ÷ 5 a minute, timed from the first character to the end.',
  nothingTyped: 'Nothing was typed; nothing is recorded.',
  interrupted: 'Interrupted: the test was not finished and its result was not saved.',
  saved: 'Result saved to your history (`stats` shows the speed trend).',
  replyIntro: (seconds) =>
    `Live chat: a customer sends a message; type your reply as you would at work (${seconds} seconds). The first-response time runs from the message appearing.`,
  customerSays: 'Customer: ',
  yourReply: 'Your reply (Enter on an empty line or Ctrl+D sends)',
  replyHelp:
    'Enter new line · Enter on an empty line or Ctrl+D sends · Ctrl+C gives up (nothing saved)',
  replyEmpty: 'Nothing typed yet',
  firstResponse: (first, send) => `First character after ${first} · sent after ${send}`,
  noFirstChar: 'nothing typed',
  phrasesFound: 'Service phrases used',
  phrasesMissing: 'Could add',
  noneFound: '(none)',
  redFlagLine: (id, wrong, matched) => `⚠ Red flag [${id}]: ${wrong} (said: ${matched})`,
  modelReply: 'A model reply:',
  colon: ': ',
  noRedFlag: 'No red flag.',
  replyTimedOut: 'Time is up: what was written was sent',
};

export function typingMessages(lang: Lang): TypingMessages {
  return lang === 'en' ? en : zh;
}

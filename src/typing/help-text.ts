/** `typing`'s help texts, for `cli.ts`: imports nothing, so `--help` stays cheap. */
import type { Lang } from '../lang.js';

/** The command's help texts, for `cli.ts` (kept small: `--help` loads them). */
export const typingHelp = {
  zh: {
    typing:
      '打字测试：照着客服回复打字，计算 字/分（英文为每分钟词数）和正确率；--reply 模拟在线接待',
    time: '限时 N 秒（默认 60，从第一个字开始计时）',
    target: '目标速度：50、65 或 80（默认 50，云客服最常见的要求）',
    text: '用这个文本文件里的文章',
    reply: '模拟在线接待：回复一条顾客消息，计首次响应时间并检查服务用语和红线',
  },
  en: {
    typing:
      'typing test: type a support reply, counted in 字/分 (WPM in English) with accuracy; --reply for a live-chat reply',
    time: 'N seconds (default 60, from the first character)',
    target: 'target speed: 50, 65 or 80 (default 50, the bar most reported for remote support)',
    text: 'type the passage in this text file',
    reply:
      'live chat: reply to a customer message, timed to first response, checked for service phrases and red flags',
  },
} satisfies Record<Lang, Record<string, string>>;

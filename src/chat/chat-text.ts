/** Every string `chat` shows, in Chinese and English (bank texts are shown as written). */
import type { Lang } from '../lang.js';
import type { ChatOutcome } from './engine.js';

const zh = {
  order: '订单',
  paid: '实付',
  status: '状态',
  customer: '客户',
  you: '你',
  emotion: '情绪',
  yourReply: '你的回复',
  replyHelp: 'Enter 换行 · 空行按 Enter 或 Ctrl+D 发送 · Ctrl+G 全部按键 · Ctrl+C 结束',
  replyEmpty: '还没有输入：写完后在空行上按 Enter 发送',
  turnLimit: (t: string) => `每轮限时 ${t}`,
  outcome: {
    resolved: '已解决',
    escalated: '已妥善升级',
    'gave-up': '客户放弃了对话',
    'red-flag': '触碰红线，对话失败',
    interrupted: '对话已中断',
  } satisfies Record<ChatOutcome | 'interrupted', string>,
  reportTitle: '对话报告',
  wants: '客户想要',
  firstResponse: '首次响应',
  turns: (n: number) => `${n} 轮`,
  turnsLabel: '轮数',
  perTurn: '每轮用时',
  slowMark: '超时',
  emotionChart: '客户情绪',
  chartStart: '开场',
  steps: '关键步骤',
  redFlags: '红线',
  noRedFlags: '没有触碰红线',
  typing: '输入速度',
  perMinute: (n: number) => `${n} 字/分`,
  transcript: '对话记录',
  reference: '参考对话',
  noScenarios: (bank: string) => `题库 ${bank} 里没有对话场景（chat/ 文件夹下的 *.yaml）`,
  unknownScenario: (name: string, choices: string) => `没有对话场景 ${name}；可选：${choices}`,
  dueTitle: '对话练习待复习：',
  dueHint: (cmd: string) => `（用 ${cmd} 开始）`,
  lastOutcome: (o: string) => `上次：${o}`,
  labelled: (label: string, value: string) => `${label}：${value}`,
  listSeparator: '、',
  neverPlayed: '还没练过',
  statsTitle: '对话模拟',
  statsLine: (runs: number, resolved: number) => `共 ${runs} 次，已解决 ${resolved} 次`,
  act: {
    apologise: '道歉',
    empathise: '共情',
    verify: '核实订单',
    evidence: '请客户提供凭证',
    'follow-up': '跟进',
    escalate: '升级处理',
    deadline: '给出时限',
    remedy: '给出合规方案',
  } as Record<string, string>,
};

type ChatText = typeof zh;

const en: ChatText = {
  order: 'Order',
  paid: 'paid',
  status: 'status',
  customer: 'Customer',
  you: 'You',
  emotion: 'mood',
  yourReply: 'Your reply',
  replyHelp:
    'Enter new line · Enter on an empty line or Ctrl+D sends · Ctrl+G all keys · Ctrl+C stop',
  replyEmpty: 'Nothing typed yet: write your reply, then Enter on an empty line sends it',
  turnLimit: (t) => `${t} per reply`,
  outcome: {
    resolved: 'resolved',
    escalated: 'escalated properly',
    'gave-up': 'the customer gave up',
    'red-flag': 'a red line was crossed: the chat failed',
    interrupted: 'chat interrupted',
  },
  reportTitle: 'Chat report',
  wants: 'The customer wanted',
  firstResponse: 'First response',
  turns: (n) => `${n} ${n === 1 ? 'turn' : 'turns'}`,
  turnsLabel: 'Turns',
  perTurn: 'Time per turn',
  slowMark: 'slow',
  emotionChart: 'Customer mood',
  chartStart: 'start',
  steps: 'Key steps',
  redFlags: 'Red flags',
  noRedFlags: 'no red line crossed',
  typing: 'Typing speed',
  perMinute: (n) => `${n} chars/min`,
  transcript: 'Transcript',
  reference: 'Reference conversation',
  noScenarios: (bank) => `the bank ${bank} has no chat scenarios (*.yaml in its chat/ folder)`,
  unknownScenario: (name, choices) => `no chat scenario ${name}; choose from:${choices}`,
  dueTitle: 'Chats to practise again:',
  dueHint: (cmd) => `(start with ${cmd})`,
  lastOutcome: (o) => `last time: ${o}`,
  labelled: (label, value) => `${label}: ${value}`,
  listSeparator: ', ',
  neverPlayed: 'never practised',
  statsTitle: 'Chat simulation',
  statsLine: (runs, resolved) => `${runs} ${runs === 1 ? 'chat' : 'chats'}, ${resolved} resolved`,
  act: {
    apologise: 'apologised',
    empathise: 'showed empathy',
    verify: 'checked the order',
    evidence: 'asked for evidence',
    'follow-up': 'followed up',
    escalate: 'escalated',
    deadline: 'gave a time frame',
    remedy: 'offered a remedy the rules allow',
  },
};

/** Text in parentheses, as each language writes them: （…） in Chinese, (…) in English. */
export function inParens(lang: Lang, text: string): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

export function chatText(lang: Lang): ChatText {
  return lang === 'zh' ? zh : en;
}

/** How an act is named in a report: its label, or its own name for a scenario's act without one. */
export function actLabel(lang: Lang, act: string): string {
  return Object.hasOwn(chatText(lang).act, act) ? (chatText(lang).act[act] as string) : act;
}

/**
 * The interface's words for follow-up questions (追问), in Chinese and
 * English; kept apart from i18n.ts, which every feature edits.
 */
import type { Lang } from '../lang.js';

const zh = {
  title: '追问',
  header: (n: number, total: number, limit: string | null) =>
    `追问 ${n}/${total} · ${limit === null ? '不限时' : `限时 ${limit}`}`,
  probes: (point: string) => `（针对：${point}）`,
  summary: (score: string, max: string, asked: number) =>
    `追问 ${score}/${max} 分（${asked} 个追问，另计，不计入总分）`,
  templateNote: '# 追问（可不答；答了就按它自己的要点评分，须同时回答上面的主问题）：',
  withoutQuestion: (followUp: string, question: string) =>
    `回答了追问 ${followUp}，却没有回答它的主问题 ${question}`,
  /** When the answer key says a follow-up is asked: the point it probes, or its fallback role. */
  askedWhen: (after: string | undefined) =>
    after === undefined ? '其他追问都用不上时问' : `漏了“${after}”时问`,
};

type FollowUpMessages = typeof zh;

const en: FollowUpMessages = {
  title: 'Follow-up questions',
  header: (n, total, limit) =>
    `Follow-up ${n}/${total} · ${limit === null ? 'no time limit' : `limit ${limit}`}`,
  probes: (point) => ` (probing: ${point})`,
  summary: (score, max, asked) =>
    `Follow-ups ${score}/${max} points (${asked} asked; counted apart, not in the total)`,
  templateNote:
    '# Follow-up (optional; graded on its own key points; answer the main question above too):',
  withoutQuestion: (followUp, question) =>
    `follow-up ${followUp} is answered but its question ${question} is not`,
  askedWhen: (after) =>
    after === undefined ? 'asked when no other applies' : `asked when “${after}” is missed`,
};

export function followUpMessages(lang: Lang): FollowUpMessages {
  return lang === 'zh' ? zh : en;
}

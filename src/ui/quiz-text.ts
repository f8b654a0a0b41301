/**
 * The words of `quiz`, in Chinese and English (kept apart from i18n.ts, as
 * the quiz is its own command). Bank texts are not translated here.
 */
import type { ChoiceType } from '../bank/choice-types.js';
import type { Lang } from '../lang.js';

export interface QuizText {
  typeName: Record<ChoiceType, string>;
  header: (n: number, total: number, type: string) => string;
  trueFalse: { true: string; false: string };
  help: Record<ChoiceType, string>;
  chooseOne: string;
  chooseSome: string;
  remaining: string;
  quizRemaining: string;
  intro: (items: number, limits: string) => string;
  perItem: (seconds: number) => string;
  perItemOwn: string;
  whole: (minutes: string) => string;
  noLimit: string;
  right: string;
  wrong: (yours: string) => string;
  timedOut: string;
  nothingChosen: string;
  correctAnswer: string;
  explanation: string;
  source: string;
  score: (right: number, total: number) => string;
  scoreSoFar: (right: number, total: number) => string;
  missed: string;
  unanswered: string;
  quizTimeUp: string;
  allRight: string;
  noItems: string;
  noItemsInSection: (section: string) => string;
  continueHint: string;
  /** `order`: the section's number, so the command given is the one that quizzes it. */
  onlyChoices: (section: string, order: number) => string;
}

const zh: QuizText = {
  typeName: { single: '单选题', multiple: '多选题', true_false: '判断题' },
  header: (n, total, type) => `第 ${n}/${total} 题 · ${type}`,
  trueFalse: { true: '对', false: '错' },
  help: {
    single: '↑↓ 或按选项字母选择 · Enter 确认 · Ctrl+C 结束',
    multiple: '按字母勾选或取消（可多选）· ↑↓ 移动、空格勾选 · Enter 确认 · Ctrl+C 结束',
    true_false: '按 A（对）或 B（错），或 ↑↓ 选择 · Enter 确认 · Ctrl+C 结束',
  },
  chooseOne: '先选一个选项，再按 Enter',
  chooseSome: '至少勾选一项，再按 Enter',
  remaining: '剩余',
  quizRemaining: '全卷剩余',
  intro: (items, limits) =>
    `规则测验：${items} 题，${limits}。每题答完会看到对错、正确答案和解析。`,
  perItem: (s) => `每题限时 ${s} 秒`,
  perItemOwn: '每题按各自的限时',
  whole: (m) => `全卷限时 ${m} 分钟（只计答题时间）`,
  noLimit: '不限时',
  right: '✓ 回答正确',
  wrong: (yours) => `✗ 回答错误（你的答案：${yours}）`,
  timedOut: '时间到',
  nothingChosen: '未作答',
  correctAnswer: '正确答案',
  explanation: '解析',
  source: '依据',
  score: (r, t) => `得分：${r}/${t}`,
  scoreSoFar: (r, t) => `已中断。已答 ${t} 题，得分：${r}/${t}`,
  missed: '答错的题：',
  unanswered: '未作答的题：',
  quizTimeUp: '全卷时间到',
  allRight: '全部答对。',
  noItems: '题库中没有选择题（single、multiple 或 true_false），quiz 无题可问',
  noItemsInSection: (s) => `部分 ${s} 没有选择题，quiz 无题可问（不带部分参数可测验所有选择题）`,
  continueHint: '按 Enter 继续',
  onlyChoices: (s, order) => `部分 ${s} 只有选择题，请用 quiz 测验：cs-interview quiz ${order}`,
};

const en: QuizText = {
  typeName: { single: 'Single choice', multiple: 'Multiple choice', true_false: 'True or false' },
  header: (n, total, type) => `Question ${n}/${total} · ${type}`,
  trueFalse: { true: 'True', false: 'False' },
  help: {
    single: '↑↓ or an option letter to choose · Enter to confirm · Ctrl+C to stop',
    multiple:
      'A letter ticks or unticks its option (one or more) · ↑↓ and Space · Enter to confirm · Ctrl+C to stop',
    true_false: 'A (True) or B (False), or ↑↓ · Enter to confirm · Ctrl+C to stop',
  },
  chooseOne: 'Choose an option, then press Enter',
  chooseSome: 'Tick at least one option, then press Enter',
  remaining: 'Left',
  quizRemaining: 'Quiz left',
  intro: (items, limits) =>
    `Rules quiz: ${items} question${items === 1 ? '' : 's'}, ${limits}. After each one you see whether it was right, the right answer and why.`,
  perItem: (s) => `${s} s per question`,
  perItemOwn: 'each question timed by its own limit',
  whole: (m) => `${m} min for the whole quiz (answering time only)`,
  noLimit: 'untimed',
  right: '✓ Right',
  wrong: (yours) => `✗ Wrong (your answer: ${yours})`,
  timedOut: 'Time is up',
  nothingChosen: 'none',
  correctAnswer: 'Right answer',
  explanation: 'Why',
  source: 'Source',
  score: (r, t) => `Score: ${r}/${t}`,
  scoreSoFar: (r, t) => `Stopped. ${t} answered, score: ${r}/${t}`,
  missed: 'Answered wrong:',
  unanswered: 'Not answered:',
  quizTimeUp: "The quiz's time is up",
  allRight: 'All right.',
  noItems: 'The bank has no choice items (single, multiple or true_false): nothing for quiz to ask',
  noItemsInSection: (s) =>
    `Section ${s} has no choice items: nothing for quiz to ask (without a section, quiz asks every choice item)`,
  continueHint: 'Press Enter to continue',
  onlyChoices: (s, order) =>
    `Section ${s} has only choice items: take it with quiz: cs-interview quiz ${order}`,
};

export function quizText(lang: Lang): QuizText {
  return lang === 'zh' ? zh : en;
}

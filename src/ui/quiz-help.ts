import type { Lang } from '../lang.js';

/** The help of `quiz`, in both languages (apart from help-text.ts: the command is its own). */
export const quizHelp: Record<
  Lang,
  { quiz: string; section: string; time: string; total: string }
> = {
  zh: {
    quiz: '平台规则测验：单选、多选、判断题，逐题限时，答完即看对错和解析，最后给出得分',
    section: '只测这一部分（序号、编号或标题）',
    time: '每题限时改为 N 秒',
    total: '全卷限时 N 秒（只计答题时间）',
  },
  en: {
    quiz: 'Platform-rules quiz: single, multiple and true/false items, timed, right or wrong and why after each, then the score',
    section: 'only this section (its number, id or title)',
    time: 'N seconds for each question',
    total: 'N seconds for the whole quiz (answering time only)',
  },
};

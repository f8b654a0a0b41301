/** The strings of the `stats` report, in Chinese and English. */

import type { Lang } from '../../lang.js';

const zh = {
  historyAt: (path: string) => `历史记录：${path}`,
  empty: '还没有练习记录。运行下面的命令，开始第一次模拟面试：',
  practiceCommand: 'cs-interview practice',
  reviewCommand: 'cs-interview review',
  interviews: (taken: number, finished: number, attempts: number) =>
    `模拟面试 ${taken} 次（完成 ${finished}）· 作答 ${attempts} 题`,
  scoresTitle: (shown: number, total: number) =>
    shown < total ? `总分走势（最近 ${shown} 次，共 ${total} 次）` : '总分走势',
  noInterviews: '还没有模拟面试的得分：运行 cs-interview practice',
  allSessions: '全部',
  unfinished: '* 未完成',
  sectionHeader: ['部分', '最近', '平均', '用时', '超时'] as readonly [string, ...string[]],
  overall: '全部',
  timeNote: '用时：平均用时占限时的比例',
  weakest: (n: number) => `最弱的 ${n} 道题（按最近一次得分）`,
  drillWeakest: '现在练：',
  drillWeakestCommand: (n: number) => `cs-interview drill --weakest ${n}`,
  mostMissed: '最常遗漏的要点',
  review: '复习',
  dueNow: (n: number) => `现在有 ${n} 道题到期，复习：`,
  nextDue: (when: string) => `暂无到期的题，下一道在 ${when}`,
  nothingScheduled: '还没有排期的题：答过的题会自动安排复习',
  newQuestions: (n: number) => `还有 ${n} 道题没做过，cs-interview review 每天介绍几道`,
};

type StatsText = typeof zh;

const en: StatsText = {
  historyAt: (path: string) => `History: ${path}`,
  empty: 'No practice yet. Start your first mock interview with:',
  practiceCommand: 'cs-interview practice',
  reviewCommand: 'cs-interview review',
  interviews: (taken: number, finished: number, attempts: number) =>
    `Interviews ${taken} (${finished} done) · answers ${attempts}`,
  scoresTitle: (shown: number, total: number) =>
    shown < total ? `Total score (last ${shown} of ${total})` : 'Total score',
  noInterviews: 'No mock interview scores yet: run cs-interview practice',
  allSessions: 'all',
  unfinished: '* not finished',
  sectionHeader: ['Section', 'last', 'avg', 'time', 'over'],
  overall: 'All',
  timeNote: 'time: mean share of the time limit used',
  weakest: (n: number) =>
    `${n === 1 ? 'Weakest question' : `${n} weakest questions`} (by latest score)`,
  drillWeakest: 'Drill them now:',
  drillWeakestCommand: (n: number) => `cs-interview drill --weakest ${n}`,
  mostMissed: 'Key points missed most',
  review: 'Review',
  dueNow: (n: number) => `${n} question${n === 1 ? '' : 's'} due now; review them with:`,
  nextDue: (when: string) => `Nothing due; next one due ${when}`,
  nothingScheduled: 'Nothing scheduled yet: answered questions are scheduled for review',
  newQuestions: (n: number) =>
    `${n} question${n === 1 ? '' : 's'} never answered; cs-interview review brings in a few a day`,
};

/** The report's strings in one language. */
export function statsText(lang: Lang): StatsText {
  return lang === 'zh' ? zh : en;
}

/** The interface's strings in Chinese: the catalogue the English one is typed by (see i18n.ts). */

import { groupDigits } from '../group-digits.js';
import { MAX_ANSWER_CHARS } from '../limits.js';
import type { SessionCommand } from '../store/record.js';

/** What each kind of run is called, in the lines about continuing one. */
const RUN_ZH: Record<SessionCommand, string> = {
  practice: '模拟面试',
  drill: '练习',
  review: '复习',
};

export const zh = {
  questionHeader: (n: number, total: number, section: string) => `第 ${n}/${total} 题 · ${section}`,
  pointsUnit: (p: string) => `${p} 分`,
  limit: (t: string) => `限时 ${t}`,
  noLimit: '不限时',
  remaining: (clock: string) => `剩余 ${clock}`,
  timeUp: '时间到',
  answerHelp:
    'Enter 换行 · 空行按 Enter 或 Ctrl+D 提交 · ↑↓←→ 移动 · Ctrl+Z 撤销 · Ctrl+G 全部按键',
  answerFullHelp: [
    'Enter 在光标处分行 · 空行上按 Enter 或任意处按 Ctrl+D 提交 · Alt+Enter 插入空行',
    '↑↓ 按屏幕行移动 · PageUp/PageDown 翻页 · Home/End 或 Ctrl+A/E 到行首/行尾 · Ctrl+←/→ 或 Alt+B/F 按词移动',
    '退格/Delete 删一个字（行首退格并入上一行）· Ctrl+W 删前一个词 · Alt+D 删后一个词 · Ctrl+U/K 删到行首/行尾',
    'Ctrl+Z 或 Ctrl+_ 撤销 · 粘贴的内容整段插入，含空行也不会提交（终端不支持括号粘贴时，粘贴末尾的空行会提交）',
    'Ctrl+C 结束面试 · Ctrl+G 收起帮助',
  ].join('\n'),
  answerHiddenRows: (above: number, below: number) =>
    [above > 0 ? `上方还有 ${above} 行` : '', below > 0 ? `下方还有 ${below} 行` : '']
      .filter(Boolean)
      .join(' · '),
  answerEmpty: '还没有输入回答：写完后在空行上按 Enter 提交',
  answerFull: `回答最多 ${groupDigits(MAX_ANSWER_CHARS)} 字，超出的部分没有加进去`,
  badAmbiguous: (value: string) =>
    `CS_INTERVIEW_AMBIGUOUS 只能是 wide（“ ” … 等字符占两列）或 narrow（占一列），而不是 ${value}`,
  continueHint: '按 Enter 继续',
  practiceIntro: (sections: number, questions: number, points: string, minutes: number | null) =>
    `模拟面试：${sections} 个部分，${questions} 道题，满分 ${points} 分${minutes === null ? '，不计时' : `，各题限时合计约 ${minutes} 分钟`}。每题答完会看到参考答案、解析和要点反馈。`,
  startHint: '准备好了按 Enter 开始（Ctrl+C 退出）',
  selfRate: (max: string, auto: string) =>
    `你给自己打几分？（0–${max}，直接按 Enter 采用自动评分 ${auto}）`,
  selfRateInvalid: (max: string) =>
    `请输入 0 到 ${max} 之间的分数（可以有一位小数），或直接按 Enter`,
  oralMessage: '请开口作答',
  oralHelp: '大声说出你的回答，说完按 Enter · Ctrl+C 结束',
  tickPrompt: '勾选你刚才说到的要点',
  tickHelp: '空格勾选 · a 全选 · Enter 确认',
  scoresBoth: (auto: string, self: number) =>
    `自动评分 ${auto} · ${self} 题用了自评（自评优先计分）`,
  selfScoreLabel: (self: string) => `自评 ${self}`,
  yourAnswer: '你的回答',
  noAnswer: '（未作答）',
  referenceAnswer: '参考答案',
  analysis: '解析',
  keyPoints: '要点',
  insights: '回答分析',
  score: '得分',
  timeUsed: (used: string, limit: string) => `用时 ${used} / ${limit}`,
  timeUsedNoLimit: (used: string) => `用时 ${used}`,
  timedOutMark: '（时间到，已自动提交）',
  summaryTitle: '面试小结',
  summaryInterrupted: '面试已中断，以下是已作答部分的小结',
  section: '部分',
  time: '用时',
  total: '总分',
  answered: (n: number, total: number) => `已答 ${n}/${total} 题`,
  mostMissed: '最常遗漏的要点',
  noneMissed: '没有遗漏的要点，做得好！',
  nothingAnswered: '还没有作答任何题目。',
  questions: '题',
  questionCount: (n: number) => `${n} 题`,
  secondsUnit: '秒',
  needTerminal: (cmd: string) =>
    `“${cmd}” 需要在交互式终端中运行（标准输入和输出都必须是终端）。\n不用终端也能练习：用 “cs-interview grade --template > 答案.yaml” 生成答题文件，填好后运行 “cs-interview grade 答案.yaml”；用 “cs-interview answers” 查看答案。`,
  unknownSection: (arg: string, choices: string) => `找不到部分 “${arg}”。可选：${choices}`,
  badNumber: (flag: string, value: string) => `${flag} 需要一个正整数，收到的是 “${value}”`,
  badRetention: (value: string) =>
    `--retention 需要 0 到 1 之间的小数（例如 0.9），收到的是 “${value}”`,
  badFormat: (value: string) => `--format 只能是 text、markdown、json 或 html，收到的是 “${value}”`,
  badLang: (value: string) => `--lang 只能是 zh 或 en，收到的是 “${value}”`,
  noBankOption: (command: string) => `${command} 用参数指定题库，不接受 --bank`,
  badGradeFormat: (value: string) =>
    `grade 的 --format 只能是 text、json、jsonl 或 csv，收到的是 “${value}”`,
  gradeJsonAndFormat: '--json 就是 --format json，不能和别的 --format 一起用',
  gradeJsonOneFile:
    '--json 只用于一个文件；多个文件请用 --format jsonl（每个文件一行）或 --format csv',
  selfScoreTooHigh: (id: string, value: number, points: number) =>
    `“${id}” 的 self_score 是 ${value}，超过了这道题的分值 ${points}`,
  selfScoreCounts: (self: string, auto: string) => `自评 ${self}（计分；自动评分 ${auto}）`,
  gradeNeedsFile:
    '“grade” 需要一个答题文件（或用 - 表示标准输入）；用 “cs-interview grade --template” 生成模板。',
  noAnswersInFile: '答题文件里没有任何回答。用 “cs-interview grade --template” 生成一个模板。',
  cannotRead: (file: string, reason: string) => `无法读取 ${file}：${reason}`,
  answersFileTooLarge: (file: string, limitMb: number) =>
    `${file} 超过答题文件 ${limitMb} MB 的上限（读到此处即停止）。这不像答题文件，请检查是否选错了文件。`,
  templateHeader:
    '# cs-interview 答题文件：在每个题目编号后填写你的回答，然后运行 “cs-interview grade 本文件”。\n# 多行回答用 | 开头，换行后缩进书写。留空的题目不评分。\n# 想附上自评分，可写成：题目编号: { answer: 你的回答, self_score: 7 }',
  bugHeader: '出现了意外错误，这是程序的缺陷，请把下面的信息报告给我们：',
  cwdGone: '当前所在的文件夹已不存在（被删除或移走了？）。请 cd 到一个存在的文件夹后再运行。',
  interruptedShort: '已中断。',
  historyAt: (path: string, n: number) => `作答记录：${path}（共 ${n} 条）`,
  historyBadId: (id: string, min: number) =>
    `“${id}” 不是作答编号：编号是 “cs-interview history” 第二列的十六进制数字（至少 ${min} 位）`,
  historyNoId: (id: string) =>
    `找不到编号为 “${id}” 的作答记录；用 “cs-interview history” 查看编号`,
  historyAmbiguousId: (id: string, ids: string) =>
    `编号 “${id}” 对应多条记录（${ids}），请多输入几位`,
  historyHeader: ['时间', '编号', '题目', '得分', '自评', '方式', '用时'] as readonly string[],
  historyTimedOut: '超时',
  historyTyped: '笔答',
  historyOral: '口答',
  historyQuiz: '测验',
  historyOralNoText: '（口头作答，没有文字；下面是当时勾选的要点）',
  historyQuestionGone: '这道题已不在当前题库中，只能显示当时记录的得分和要点。',
  historyShowHint: '看一条回答及其参考答案和反馈：',
  historyShowCommand: 'cs-interview history show 编号',
  clearNeedsYes: '“history clear” 需要在终端里确认；不用终端时请加 --yes。',
  clearConfirm: (path: string) => `确定删除全部作答记录（${path}）吗？此操作无法撤销`,
  clearKept: '没有删除，记录都还在。',
  clearNothing: (path: string) => `没有作答记录可删除（${path} 不存在或为空）。`,
  confirmHintNo: '（y 是 / n 否，直接按 Enter 为否）',
  confirmHintYes: '（y 是 / n 否，直接按 Enter 为是）',
  confirmInvalid: '请输入 y（是）或 n（否）',
  cleared: (path: string) => `已删除作答记录 ${path}。`,
  nothingDue: (when: string) => `现在没有到期要复习的题目。下一道在 ${when} 到期。`,
  nothingDueEver: '现在没有要复习的题目。',
  newCapReached: (n: number) =>
    `今天已经加入了 ${n} 道新题（每天最多 ${n} 道，用 --new 调整），明天再加新的。`,
  weakestOffer: (n: number) => `可以趁现在练练你最弱的 ${n} 道题：`,
  weakestOfferAsk: '现在就开始练吗？',
  drillNeedsSection:
    '“drill” 需要一个部分（序号 1–5、一二三四五、编号或标题），或用 --weakest N 练最弱的 N 道题。',
  noWeakest: '还没有作答记录，找不出最弱的题。先用 “cs-interview practice” 做一场模拟面试。',
  drillingWeakest: (n: number) => `按历史记录，练你最弱的 ${n} 道题（最弱的在前）。`,
  resumeHint: '下次接着答：',
  resumeHintDraft: '写到一半的回答已存为草稿，下次接着答：',
  noSpeechTool: (platform: string): string =>
    platform === 'darwin'
      ? '--speak 需要 macOS 自带的 say 命令，但在 PATH 里找不到它。'
      : '--speak 需要朗读工具 espeak-ng，但没有安装。Debian/Ubuntu 上用 “sudo apt install espeak-ng” 安装后再试，或去掉 --speak。',
  speechFailed: (problem: string) => `朗读题目失败（${problem}），题目照常显示在屏幕上。`,
  nothingToResume: (command: SessionCommand) =>
    `没有未完成的${RUN_ZH[command]}可以继续。用 “cs-interview ${command}” 开始新的一次。`,
  resuming: (command: SessionCommand, done: number, total: number) =>
    `继续上次未完成的${RUN_ZH[command]}：已答 ${done}/${total} 题。`,
  unfinishedNote: (done: number, total: number) =>
    `提示：上次的模拟面试还没完成（已答 ${done}/${total} 题），可以用 “cs-interview practice --resume” 继续。这次将开始一场新的面试。`,
  gradeHeader: '评分结果',
  answerKeyTitle: '参考答案',
} as const;

import type { Lang } from '../lang.js';

/** The help texts of the CLI, in both languages (kept apart from i18n.ts so --help loads little). */
export const helpText = {
  zh: {
    program: '客服代表面试训练器：限时模拟面试、分部分练习、参考答案与要点反馈。',
    practice: '完整模拟面试：按顺序回答所有部分，每题限时',
    drill: '练习一个部分（部分可写序号 1–5、一二三四五、编号或标题）',
    drillArg: '要练习的部分（用 --weakest 时可省略）',
    weakest: '按历史记录练最弱的 N 道题（最近一次得分最低的在前），不管排程',
    answers: '打印参考答案（答案、解析、要点）',
    answersArg: '只打印这一部分',
    list: '列出所有部分和题目，以及分值和限时',
    grade: '不用终端，为答题文件（YAML 或 JSON：题目编号 → 回答）评分；可一次给多个文件',
    gradeArg: '答题文件，可写多个；- 表示标准输入',
    gradeFormat:
      '输出格式：text（默认）、json（同 --json，只用于一个文件）、jsonl（每个文件一行 JSON）或 csv（每个文件的每道题一行）',
    bank: '使用另一个题库（文件夹或单个 YAML 文件）',
    lang: '界面语言：zh 或 en（没有指定时依次看 CS_INTERVIEW_LANG、config set lang 保存的设置、系统语言；不确定时为中文）',
    noColor: '不输出颜色（也认 NO_COLOR / FORCE_COLOR 环境变量）',
    time: '每题限时改为 N 秒',
    noTimer: '不计时',
    oral: '口头作答：限时内大声回答，说完按 Enter，再勾选说到的要点',
    speak: '用系统的朗读工具读出题目（Linux 用 espeak-ng，macOS 用 say），同时开启 --oral',
    shuffle: '打乱题目顺序',
    count: '只练 N 题',
    format:
      '输出格式：text、markdown、json 或 html（可打印的网页）；不给时按 --output 文件的扩展名（.txt .md .json .html）选，否则 text',
    output: '写入这个文件，而不是打印到标准输出',
    force: '--output 的文件已存在时直接替换，不再询问',
    json: '输出 JSON',
    template: '打印一个待填写的答题文件',
    help: '显示帮助',
    noSave: '这次不保存作答记录',
    noFollowUps: '答完不追问',
    draw: '从整个题库抽题，组成同样结构的一场面试（同样的部分、题数和分值）',
    validate: '检查题库（文件夹或单个 YAML 文件）：一次列出所有错误和警告',
    validateArg: '题库文件夹或部分文件，可写多个',
    strict: '有警告也算失败（退出码 1）',
    init: '在新文件夹中创建一个示例题库（两个部分，用到所有字段）',
    initArg: '要创建的文件夹（不存在或为空）',
    review: '间隔复习：按 FSRS 排程回答到期的题目（含少量新题）',
    newCount: '每天最多加入 N 道从未答过的题（默认 3，当天各次复习合计）',
    retention: '期望记忆保持率，0 到 1 之间（默认 0.9，与 Anki 相同）',
    stats: '练习统计：模拟面试次数、分数走势、薄弱题目、遗漏要点、到期复习',
    resume: '继续上次被中断的模拟面试',
    resumeDrill: '继续上次被中断的练习（从中断的那道题接着答，不用再写部分）',
    resumeReview: '继续上次被中断的复习',
    history: '列出作答记录',
    historyClear: '删除全部作答记录（会先确认）',
    historyShow: '显示一条作答：你的回答、参考答案、解析和反馈',
    historyShowArg: '作答编号（history 列出的编号，或其开头几位）',
    yes: '不再确认',
    version: '显示版本',
    config: '保存设置（保存在数据文件夹的 config.json 中）',
    configSet: '保存一项设置，例如 config set lang en',
    configGet: '打印一项已保存的设置',
    configList: '列出所有已保存的设置',
    configUnset: '删除一项设置，恢复默认',
    configKey: '设置项：lang（界面语言）',
    configValue: '设置的值：lang 可以是 zh 或 en',
    exitCodes:
      '退出码：0 完成；1 题库或输入文件有误；2 用法错误（包括交互命令不在终端中运行）；70 程序缺陷；74 作答记录或设置文件无法读写；129 终端关闭（SIGHUP）；130 按 Ctrl+C 中断；143 被终止（SIGTERM）。',
  },
  en: {
    program:
      'A trainer for customer-service-representative interviews: timed mock interviews, section drills, answer keys and key-point feedback.',
    practice: 'the full mock interview: every section in order, timed',
    drill: 'one section (by order 1–5, 一二三四五, id or title)',
    drillArg: 'the section to drill (optional with --weakest)',
    weakest:
      'your N weakest questions by history (lowest latest score first), whatever the schedule says',
    answers: 'print the answer key (answers, analyses, key points)',
    answersArg: 'only this section',
    list: 'list sections and questions with points and time limits',
    grade:
      'grade written answers without a terminal (YAML or JSON: question id → answer); several files at once too',
    gradeArg: 'answers files, one or more; - for standard input',
    gradeFormat:
      'output format: text (the default), json (as --json, one file only), jsonl (a JSON line per file) or csv (a row per file and question)',
    bank: 'use another question bank (a folder or one YAML file)',
    lang: 'interface language: zh or en (else CS_INTERVIEW_LANG, else the setting saved by config set lang, else the locale; Chinese when unsure)',
    noColor: 'no colours (NO_COLOR / FORCE_COLOR are honoured too)',
    time: 'give every question N seconds',
    noTimer: 'no countdown',
    oral: 'answer aloud: speak within the limit, press Enter, then tick the key points you said',
    speak:
      "read each question aloud with the system's speech tool (espeak-ng on Linux, say on macOS); implies --oral",
    shuffle: 'shuffle the questions',
    count: 'ask only N questions',
    format:
      "output format: text, markdown, json or html (a printable page); when not given, from the --output file's extension (.txt .md .json .html), else text",
    output: 'write to this file instead of standard output',
    force: 'replace an existing --output file without asking',
    json: 'print JSON',
    template: 'print an answers file to fill in',
    help: 'show help',
    noSave: 'do not save the answers of this run',
    noFollowUps: 'ask no follow-up questions after the answers',
    draw: 'draw a mock interview of the same shape (sections, questions, points) from the whole bank',
    validate: 'check banks (folders or single YAML files): every error and warning at once',
    validateArg: 'bank folders or section files, one or more',
    strict: 'fail on warnings too (exit 1)',
    init: 'write a starter bank (two sections using every field) into a new folder',
    initArg: 'the folder to create (missing or empty)',
    review: 'spaced repetition: answer the questions FSRS says are due (and a few new ones)',
    newCount:
      'introduce at most N never-answered questions a day, over every review that day (default 3)',
    retention: 'desired retention, between 0 and 1 (default 0.9, as in Anki)',
    stats:
      'progress: mock interviews, scores over time, weakest questions, missed points, reviews due',
    resume: 'continue the interrupted mock interview',
    resumeDrill:
      'continue the interrupted drill (from the question it stopped on; no section needed)',
    resumeReview: 'continue the interrupted review',
    history: 'list your past answers',
    historyClear: 'delete all your history (asks first)',
    historyShow: 'show one answer: yours, the reference answer, the analysis and the feedback',
    historyShowArg: 'the answer id (as history lists it, or its first few digits)',
    yes: 'do not ask',
    version: 'show the version',
    config: 'saved settings (config.json in the data folder)',
    configSet: 'save a setting, e.g. config set lang en',
    configGet: 'print a saved setting',
    configList: 'list every saved setting',
    configUnset: 'remove a setting, back to the default',
    configKey: 'the setting: lang (interface language)',
    configValue: 'its value: zh or en for lang',
    exitCodes:
      'Exit codes: 0 done; 1 a bad bank or input file; 2 wrong usage (including an interactive command without a terminal); 70 a bug; 74 the history or the settings file could not be read or written; 129 the terminal closed (SIGHUP); 130 interrupted with Ctrl+C; 143 terminated (SIGTERM).',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * The value placeholders of options and the names of arguments, in the
 * interface language: commander shows them as given.
 */
export const helpNames = {
  zh: {
    bank: '<路径>',
    lang: '<语言>',
    seconds: '<秒数>',
    n: '<题数>',
    r: '<保持率>',
    format: '<格式>',
    file: '<文件>',
    section: '部分',
    files: '文件',
    paths: '路径',
    dir: '文件夹',
    key: '设置项',
    value: '值',
  },
  en: {
    bank: '<path>',
    lang: '<lang>',
    seconds: '<seconds>',
    n: '<n>',
    r: '<r>',
    format: '<format>',
    file: '<file>',
    section: 'section',
    files: 'file',
    paths: 'path',
    dir: 'dir',
    key: 'key',
    value: 'value',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The help line that says where the history is kept. */
export const dataDirHelp: Record<Lang, (dir: string) => string> = {
  zh: (dir) => `作答记录保存在 ${dir}（可用环境变量 CS_INTERVIEW_HOME 改变；--no-save 不保存）。`,
  en: (dir) =>
    `History is kept in ${dir} (set CS_INTERVIEW_HOME to move it; --no-save skips saving).`,
};

/** Commander's own headings, in Chinese (its texts are English only). */
const ZH_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项（写在命令前后都可以）：',
};

/** Commander's usage words, in Chinese. */
const ZH_USAGE: Record<string, string> = { '[options]': '[选项]', '[command]': '[命令]' };

/** A word of a usage line in the interface language (`[options]` → `[选项]`). */
export function helpUsageWord(lang: Lang, word: string): string {
  return lang === 'zh' ? (ZH_USAGE[word] ?? word) : word;
}

/** A help heading in the interface language. */
export function helpTitle(lang: Lang, title: string): string {
  return lang === 'zh' ? (ZH_TITLES[title] ?? title) : title;
}

const ZH_ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.*?)'(\n\(Did you mean (.*)\?\))?/, "错误：未知选项 '$1'$2"],
  [/^error: unknown command '(.*?)'/, "错误：未知命令 '$1'"],
  [/^error: missing required argument '(.*?)'/, "错误：缺少参数 '$1'"],
  [/^error: option '(.*?)' argument missing/, "错误：选项 '$1' 缺少值"],
  [/^error: too many arguments.*/, '错误：参数太多'],
];

/** Commander's error lines in the interface language (they come in English). */
export function translateCommanderError(lang: Lang, text: string): string {
  if (lang !== 'zh') return text;
  for (const [pattern, replacement] of ZH_ERRORS) {
    if (pattern.test(text))
      return text
        .replace(pattern, replacement)
        .replace('(Did you mean', '（是不是想用')
        .replace('?)', '？）');
  }
  return text;
}

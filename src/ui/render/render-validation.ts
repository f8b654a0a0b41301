/** `validate`'s report: every issue as `file:line:col: error|warning: message`, then a summary. */

import type { BankIssue } from '../../bank/types.js';
import type { Lang } from '../../lang.js';
import type { BankWarning } from '../../lint/warnings.js';
import type { RenderContext } from './context.js';

/** What `validate --json` prints; the keys and their order are stable. */
export interface ValidateJson {
  files: number;
  errors: BankIssue[];
  warnings: BankWarning[];
}

const labels: Record<Lang, { error: string; warning: string; colon: string }> = {
  en: { error: 'error', warning: 'warning', colon: ': ' },
  zh: { error: '错误', warning: '警告', colon: '：' },
};

/** Errors, then warnings, one a line, and a summary line. */
export function renderValidation(result: ValidateJson, ctx: RenderContext): string {
  const { c, lang } = ctx;
  const l = labels[lang];
  const line = (issue: BankIssue, label: string) =>
    `${c.bold(`${issue.file}:${issue.line}:${issue.col}:`)} ${label}${l.colon}${issue.message}`;
  const lines = [
    ...result.errors.map((i) => line(i, c.red(l.error))),
    ...result.warnings.map((w) => line(w, c.yellow(l.warning))),
    summarize(result, lang),
  ];
  return lines.join('\n');
}

function summarize({ files, errors, warnings }: ValidateJson, lang: Lang): string {
  const e = errors.length;
  const w = warnings.length;
  if (lang === 'zh') {
    return `检查了 ${files} 个文件：${e === 0 && w === 0 ? '没有问题' : `${e} 个错误，${w} 个警告`}`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const found =
    e === 0 && w === 0 ? 'no problems' : `${plural(e, 'error')}, ${plural(w, 'warning')}`;
  return `${plural(files, 'file')} checked: ${found}`;
}

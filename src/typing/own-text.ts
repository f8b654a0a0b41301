/**
 * A passage of one's own (`typing --text FILE`), read from plain UTF-8 text (pure: the file's
 * content in, the passage or what is wrong with it out). Line breaks are not typed in a typing
 * test: a break between two Chinese characters disappears, any other becomes a space, and runs
 * of spaces become one, so the passage is one line as the editor holds it.
 */
import { findUnsafeCharacter } from '../neutralize.js';
import { graphemes } from '../ui/text-width.js';

/** Longer than any typing test's passage; a whole book would only be cut off by the clock. */
export const MAX_PASSAGE_GRAPHEMES = 3000;

export type OwnTextProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'too-long'; readonly length: number }
  /** 1-based line and column (in characters) of a control or bidi character. */
  | {
      readonly code: 'control';
      readonly line: number;
      readonly col: number;
      readonly char: string;
    };

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The passage in `content`, or the first thing that keeps it from being one. */
export function parseOwnText(content: string): { text: string } | { problem: OwnTextProblem } {
  const lines = content
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  for (const [i, line] of lines.entries()) {
    const bad = findUnsafeCharacter(line.replaceAll('\t', ' '));
    if (bad !== undefined) {
      const col = Array.from(line.slice(0, line.indexOf(bad))).length + 1;
      return { problem: { code: 'control', line: i + 1, col, char: bad } };
    }
  }
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/[\t ]+/g, ' ').trim();
    if (line === '') continue;
    if (text === '') text = line;
    else text += CJK_END.test(text) && CJK_START.test(line) ? line : ` ${line}`;
  }
  const length = graphemes(text).length;
  if (length === 0) return { problem: { code: 'empty' } };
  if (length > MAX_PASSAGE_GRAPHEMES) return { problem: { code: 'too-long', length } };
  return { text };
}

/** Whether a passage is mostly Chinese (then its speed is 字/分), else English (WPM). */
export function isChineseText(text: string): boolean {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  return cjk >= words;
}

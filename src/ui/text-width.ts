import { stripVTControlCharacters } from 'node:util';
import { eastAsianWidth } from 'get-east-asian-width';
import { cutPieces } from '../text-pieces.js';

/**
 * The program's one table of how many columns a terminal gives a character. The editor, the
 * wrapping and every renderer measure with it, so what is laid out and where the terminal puts
 * things agree. It follows the terminals' own rule (wcwidth, summed over a character's code
 * points) except where a whole grapheme is drawn as one emoji.
 */

// Created on first use: constructing a Segmenter loads ICU data (~9 ms cold),
// which every command would otherwise pay at start-up.
let segmenter: Intl.Segmenter | undefined;

// Characters that can join with their neighbours into one grapheme (marks, joiners, surrogate
// pairs for emoji and regional indicators, Hangul jamo): only text with one of these needs the
// segmenter.
const MAY_JOIN =
  /\p{M}|\u200c|\u200d|[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{10000}-\u{10ffff}]/u;

const widthCache = new Map<string, number>();
let ambiguousWide = false;

/** Zero columns: combining and enclosing marks, controls, format and default-ignorable characters. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
// Hangul vowels and final consonants (conjoining jamo) draw inside the leading consonant's cell.
const isConjoiningJamo = (cp: number) =>
  (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff);
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f|\u20e3/u;

/**
 * Code units that are always two columns, never an emoji nor a mark, whatever the ambiguous
 * width: CJK ideographs, the CJK punctuation before the tone marks (、。「」【】…) and the
 * full-width forms (，！？：). Most of a Chinese text, measured with no table look-up and without
 * compiling the Unicode-property patterns above, which the first question's first frame would
 * otherwise pay for.
 */
export function isPlainWide(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3001 && code <= 0x3029) ||
    (code >= 0xff01 && code <= 0xff60)
  );
}

/**
 * Whether East Asian ambiguous-width characters (“ ” … — · ①) are counted two columns, as
 * terminals set up for CJK draw them. Narrow unless told (see `ui/prompts/terminal-probe.ts`).
 */
export function setAmbiguousWide(wide: boolean): void {
  if (wide === ambiguousWide) return;
  ambiguousWide = wide;
  widthCache.clear();
}

export function isAmbiguousWide(): boolean {
  return ambiguousWide;
}

/** Columns of one code point, as wcwidth gives them (the soft hyphen is drawn: one column). */
function codePointWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0xad) return 1;
  if (isConjoiningJamo(cp) || ZERO_WIDTH.test(ch)) return 0;
  // Spacing marks (Indic vowel signs) take a column of their own, as in wcwidth.
  return eastAsianWidth(cp, { ambiguousAsWide: ambiguousWide });
}

/**
 * Columns of one grapheme as terminals draw it: an emoji takes two; otherwise the sum over its
 * code points (so `ᄀᄀ` is four, `कि` two, a combining accent nothing). Cached: a bank's text
 * uses a few thousand distinct characters at most.
 */
export function graphemeWidth(g: string): number {
  const code = g.charCodeAt(0);
  if (g.length === 1) {
    if (code >= 0x20 && code < 0x7f) return 1;
    if (isPlainWide(code)) return 2;
  }
  let w = widthCache.get(g);
  if (w === undefined) {
    if (EMOJI.test(g)) w = 2;
    else {
      w = 0;
      for (const ch of g) w += codePointWidth(ch);
    }
    widthCache.set(g, w);
  }
  return w;
}

/** Display columns of a string as a terminal draws it (CJK and most emoji take two). ANSI codes count zero. */
export function displayWidth(text: string): number {
  // Plain ASCII is by far the most common case and needs no table look-ups.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  // Escape sequences take no room; a stray ESC left after stripping is a control: zero.
  const shown = text.includes('\u001b') ? stripVTControlCharacters(text) : text;
  let w = 0;
  if (!MAY_JOIN.test(shown)) {
    // Every code unit its own grapheme: summed in place, with no array of them.
    for (let i = 0; i < shown.length; i++) {
      const code = shown.charCodeAt(i);
      w += code >= 0x20 && code < 0x7f ? 1 : graphemeWidth(shown[i] ?? '');
    }
    return w;
  }
  for (const g of graphemes(shown)) w += graphemeWidth(g);
  return w;
}

/** Splits text into user-perceived characters (an emoji with modifiers stays whole). */
export function graphemes(text: string): string[] {
  // Intl.Segmenter is slow; text without joining characters splits by code unit.
  if (!MAY_JOIN.test(text)) return text.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: string[] = [];
  // In pieces: one pass over a long text costs far more than linear time (see text-pieces.ts).
  for (const { start, end } of cutPieces(text, graphemeBoundary)) {
    for (const { segment } of segmenter.segment(text.slice(start, end))) out.push(segment);
  }
  return out;
}

/**
 * A cut that is a grapheme boundary whatever the text: after a line feed,
 * or between two characters that never join anything (printable ASCII,
 * common CJK ideographs, ，。、 and full-width forms).
 */
function graphemeBoundary(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before === 0x0a || (isLoner(before) && isLoner(text.charCodeAt(at)));
}

function isLoner(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3001 && code <= 0x3003) ||
    (code >= 0xff01 && code <= 0xff5e)
  );
}
/** Pads with spaces on the right to `width` display columns. */
export function padEndDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads with spaces on the left to `width` display columns. */
export function padStartDisplay(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts text to `width` columns, ending with … when cut. */
export function truncateDisplay(text: string, width: number): string {
  // Most text (a list's 1,000 prompts) is single code units that join nothing: measured in one
  // walk that stops at the first column past the width, with no array of graphemes.
  if (!text.includes('\u001b') && !MAY_JOIN.test(text)) return truncateUnits(text, width);
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth('…');
  let out = '';
  let used = 0;
  for (const ch of graphemes(text)) {
    const w = graphemeWidth(ch);
    if (used + w > room) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** `truncateDisplay` of text whose every code unit is a grapheme. */
function truncateUnits(text: string, width: number): string {
  const room = width - displayWidth('…');
  let used = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    used += code >= 0x20 && code < 0x7f ? 1 : graphemeWidth(text[i] ?? '');
    if (cut < 0 && used > room) cut = i;
    if (used > width) return `${text.slice(0, cut)}…`;
  }
  return text;
}

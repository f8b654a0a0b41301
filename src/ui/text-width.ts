import { stripVTControlCharacters } from 'node:util';
import { eastAsianWidth } from 'get-east-asian-width';
import { cutPieces } from '../text-pieces.js';

// Created on first use: constructing a Segmenter loads ICU data (~9 ms cold),
// which every command would otherwise pay at start-up.
let segmenter: Intl.Segmenter | undefined;

// Characters that can join with their neighbours into one grapheme (combining
// marks, joiners, variation selectors, surrogate pairs, Hangul jamo, regional
// indicators need pairs too): only text with one of these needs the segmenter.
// Built from a string: a literal class of combining characters reads as misleading.
const MAY_JOIN = new RegExp(
  '[\\u0300-\\u036f\\u0483-\\u0489\\u0591-\\u05bd\\u0610-\\u061a\\u064b-\\u065f\\u0e31-\\u0e3a\\u1100-\\u11ff' +
    '\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u200c\\u200d\\u20d0-\\u20ff\\ufe00-\\ufe0f\\ufe20-\\ufe2f\\ud800-\\udfff]',
);

const widthCache = new Map<string, number>();

const ZERO_WIDTH = /^[\p{Mark}\p{Default_Ignorable_Code_Point}\p{Control}]/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f|\u20e3/u;

/**
 * Columns of one grapheme as terminals draw it: emoji shown as emoji and
 * East Asian wide or full-width characters take two, marks and controls
 * none, the rest one. Cached: a bank's text uses a few thousand distinct
 * characters at most.
 */
export function graphemeWidth(g: string): number {
  const code = g.charCodeAt(0);
  if (g.length === 1 && code >= 0x20 && code < 0x7f) return 1;
  let w = widthCache.get(g);
  if (w === undefined) {
    if (ZERO_WIDTH.test(g)) w = 0;
    else if (EMOJI.test(g)) w = 2;
    else w = eastAsianWidth(g.codePointAt(0) ?? 0);
    widthCache.set(g, w);
  }
  return w;
}

/** Display columns of a string as a terminal draws it (CJK and most emoji take two). ANSI codes count zero. */
export function displayWidth(text: string): number {
  // Plain ASCII is by far the most common case and needs no table look-ups.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  if (text.includes('\u001b')) return displayWidth(stripVTControlCharacters(text));
  let w = 0;
  for (const g of graphemes(text)) w += graphemeWidth(g);
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
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of graphemes(text)) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

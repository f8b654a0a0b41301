/**
 * Section numbers in Chinese, below every layer: the renderers write them and
 * the section selector reads them back (`drill 二`), so neither owns them.
 */

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 40 → 四十: section numbers as a Chinese guide writes them. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

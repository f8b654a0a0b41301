import { eastAsianWidth } from 'get-east-asian-width';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAmbiguousSetting, probeTerminal } from '../../src/ui/prompts/terminal-probe.js';
import {
  displayWidth,
  graphemes,
  graphemeWidth,
  isPlainWide,
  setAmbiguousWide,
  truncateDisplay,
} from '../../src/ui/text-width.js';
import { wrapText } from '../../src/ui/wrap.js';
import { FakeTerminal } from './prompts/fake-terminal.js';

afterEach(() => setAmbiguousWide(false));

describe('displayWidth: where terminals disagree with a naive table', () => {
  it.each([
    // What tmux 3.3 (wcwidth) draws, checked with a cursor-position request.
    ['a lone ESC (no recursion)', '\u001b', 0],
    ['ESC at the end of a coloured string', '红\u001b[0m\u001b', 2],
    ['the soft hyphen is drawn', 'a\u00adb', 3],
    ['a Devanagari spacing vowel sign takes a column', 'कि', 2],
    ['a combining mark does not', 'ก่', 1],
    ['a Hangul syllable spelt in jamo (L V T) is one wide cell', '\u1100\u1161\u11a8', 2],
    ['two leading jamo are two wide cells', '\u1100\u1100', 4],
    ['a lone vowel jamo draws in the cell before', '\u1161', 0],
    ['✅ is an emoji: two', '✅', 2],
    ['a flag: two', '🇨🇳', 2],
    ['a zero-width joiner family: two', '👨‍👩‍👧', 2],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('ambiguous-width characters', () => {
  it('count one column, or two when the terminal draws them wide', () => {
    expect(displayWidth('“好”…①')).toBe(6);
    setAmbiguousWide(true);
    expect(displayWidth('“好”…①')).toBe(10);
    // Wrapping and truncating follow the same table.
    expect(wrapText('“一二三”', 6)).toEqual(['“一二', '三”']);
    expect(displayWidth(truncateDisplay('“一二三四五”', 8))).toBeLessThanOrEqual(8);
  });

  it.each([
    ['wide', 'wide'],
    [' Narrow ', 'narrow'],
    ['', undefined],
    [undefined, undefined],
    ['2', 'invalid'],
  ])('CS_INTERVIEW_AMBIGUOUS=%j is %j', (value, expected) => {
    expect(parseAmbiguousSetting(value)).toBe(expected);
  });

  it.each([
    [2, 'wide', 4],
    [1, 'narrow', 2],
  ] as const)(
    'are measured on the terminal: drawn %i wide → %s',
    async (drawn, expected, width) => {
      const term = new FakeTerminal(80, 24);
      term.ambiguousWidth = drawn;
      await expect(probeTerminal({ input: term.input, output: term })).resolves.toBe(expected);
      expect(displayWidth('“”')).toBe(width);
      // The probe character is erased again.
      expect(term.text()).toBe('');
      expect(term.input.isRaw).toBe(false);
    },
  );

  it('a setting wins over measuring', async () => {
    const term = new FakeTerminal(80, 24);
    term.ambiguousWidth = 1;
    await expect(probeTerminal({ input: term.input, output: term }, 'wide')).resolves.toBe('wide');
    expect(term.written).toBe('');
    expect(displayWidth('“')).toBe(2);
  });
});

describe('renderers follow the ambiguous width', () => {
  it('a horizontal rule stays within the width when ─ is drawn wide', async () => {
    const { rule } = await import('../../src/ui/render/blocks.js');
    const { Chalk } = await import('chalk');
    const ctx = { lang: 'zh' as const, width: 40, c: new Chalk({ level: 0 }) };
    expect(displayWidth(rule(ctx))).toBe(40);
    setAmbiguousWide(true);
    expect(displayWidth(rule(ctx))).toBe(40);
  });
});

describe('graphemes of a long text', () => {
  it('cuts it into pieces for speed without splitting any grapheme', async () => {
    const { graphemes } = await import('../../src/ui/text-width.js');
    const parts = [
      '好',
      'a',
      ' ',
      '👨‍👩‍👧',
      'e\u0301',
      'ｶﾞ',
      '中\u302a',
      '🇨🇳',
      '。',
      'कि',
      '\u1100\u1161',
    ];
    let text = '';
    for (let i = 0; i < 3000; i++) text += parts[(i * 7) % parts.length];
    const whole = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
      (s) => s.segment,
    );
    expect(graphemes(text)).toEqual(whole);
  });
});

describe('truncateDisplay: the one-walk cut of text that joins nothing', () => {
  // The cut as defined: whole graphemes while they fit beside the …, measured by displayWidth.
  const reference = (text: string, width: number) => {
    if (displayWidth(text) <= width) return text;
    const room = width - displayWidth('…');
    let out = '';
    for (const g of graphemes(text)) {
      if (displayWidth(out + g) > room) break;
      out += g;
    }
    return `${out}…`;
  };
  // ASCII, CJK, full-width and ambiguous punctuation, a zero-width space, a control.
  const pool = [...'ab 9~客服退款，。“”…①—·\u200b\u0007'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  it.each([false, true])(
    'agrees with the definition on 2,000 texts (ambiguous wide: %s)',
    (wide) => {
      setAmbiguousWide(wide);
      for (let k = 0; k < 2000; k++) {
        const text = Array.from({ length: next() % 30 }, () => pool[next() % pool.length]).join('');
        const width = next() % 34;
        expect(truncateDisplay(text, width), JSON.stringify([text, width])).toBe(
          reference(text, width),
        );
      }
    },
  );
  it('cuts before the column that would not fit', () => {
    expect(truncateDisplay('客服退款流程', 7)).toBe('客服退…');
    expect(truncateDisplay('abcdef', 6)).toBe('abcdef');
    expect(truncateDisplay('abcdefg', 6)).toBe('abcde…');
  });
});

describe('isPlainWide: the short cut for most Chinese text', () => {
  // The oracle is the table the slow path uses: two columns, wide or ambiguous, never a mark,
  // a control or an emoji presentation.
  const slow = (ch: string, ambiguousAsWide: boolean) =>
    /^[\p{Mn}\p{Me}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u.test(ch) ||
    /\p{Emoji_Presentation}/u.test(ch)
      ? -1
      : eastAsianWidth(ch.codePointAt(0) ?? 0, { ambiguousAsWide });

  it('is two columns on every code unit it takes, as the full table says, narrow or wide', () => {
    let taken = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (!isPlainWide(code)) continue;
      taken++;
      const ch = String.fromCharCode(code);
      expect([code, slow(ch, false), slow(ch, true)]).toEqual([code, 2, 2]);
    }
    expect(taken).toBeGreaterThan(20_000);
  });

  it('leaves the tone marks (〪) and the half-width forms (ｱ) to the table', () => {
    expect(isPlainWide(0x302a)).toBe(false);
    expect(graphemeWidth('\u302a')).toBe(0);
    expect(isPlainWide(0xff71)).toBe(false);
    expect(graphemeWidth('ｱ')).toBe(1);
    expect(graphemeWidth('中')).toBe(2);
    expect(displayWidth('你好，世界。')).toBe(12);
  });
});

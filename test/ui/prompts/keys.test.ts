import { describe, expect, it } from 'vitest';
import { createKeyReader, type KeyEvent } from '../../../src/ui/prompts/keys.js';
import { coalescePaste } from '../../../src/ui/prompts/paste-guess.js';

const read = (...chunks: string[]): KeyEvent[] => {
  const reader = createKeyReader();
  return chunks.flatMap((c) => reader.feed(c));
};

describe('createKeyReader', () => {
  it.each([
    ['typed text, one event a chunk', '先共情abc', [{ kind: 'text', text: '先共情abc' }]],
    ['Enter', '\r', [{ kind: 'key', name: 'return' }]],
    ['CRLF is one line end', '\r\n', [{ kind: 'key', name: 'return' }]],
    [
      'Backspace (DEL and ^H)',
      '\u007f\b',
      [
        { kind: 'key', name: 'backspace' },
        { kind: 'key', name: 'backspace' },
      ],
    ],
    [
      'Ctrl+D, Ctrl+W, Ctrl+_',
      '\u0004\u0017\u001f',
      [
        { kind: 'key', name: 'd', ctrl: true },
        { kind: 'key', name: 'w', ctrl: true },
        { kind: 'key', name: '_', ctrl: true },
      ],
    ],
    [
      'arrows',
      '\u001b[A\u001b[B\u001b[C\u001b[D',
      [
        { kind: 'key', name: 'up' },
        { kind: 'key', name: 'down' },
        { kind: 'key', name: 'right' },
        { kind: 'key', name: 'left' },
      ],
    ],
    [
      'application-mode arrows and Home/End',
      '\u001bOA\u001bOH\u001bOF',
      [
        { kind: 'key', name: 'up' },
        { kind: 'key', name: 'home' },
        { kind: 'key', name: 'end' },
      ],
    ],
    [
      'Home, End and Delete as ~ keys',
      '\u001b[1~\u001b[4~\u001b[3~',
      [
        { kind: 'key', name: 'home' },
        { kind: 'key', name: 'end' },
        { kind: 'key', name: 'delete' },
      ],
    ],
    [
      'Ctrl+Left, Alt+Right (xterm modifiers)',
      '\u001b[1;5D\u001b[1;3C',
      [
        { kind: 'key', name: 'left', ctrl: true },
        { kind: 'key', name: 'right', alt: true },
      ],
    ],
    [
      'Alt+b, Alt+Backspace, Alt+Enter',
      '\u001bb\u001b\u007f\u001b\r',
      [
        { kind: 'key', name: 'b', alt: true },
        { kind: 'key', name: 'backspace', alt: true },
        { kind: 'key', name: 'return', alt: true },
      ],
    ],
    ['a cursor position report', '\u001b[12;40R', [{ kind: 'cursor', row: 12, col: 40 }]],
    [
      'text around keys',
      '你好\u001b[D世界',
      [
        { kind: 'text', text: '你好' },
        { kind: 'key', name: 'left' },
        { kind: 'text', text: '世界' },
      ],
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(read(input)).toEqual(expected);
  });

  it('keeps a bracketed paste whole, blank lines and all, as one event', () => {
    expect(read('\u001b[200~第一段\r\r第二段\r\u001b[201~')).toEqual([
      { kind: 'paste', text: '第一段\n\n第二段\n' },
    ]);
  });

  it('joins a paste split over chunks, even inside its end marker', () => {
    expect(read('\u001b[200~first\r', '\rsecond\u001b[2', '01~\r')).toEqual([
      { kind: 'paste', text: 'first\n\nsecond' },
      { kind: 'key', name: 'return' },
    ]);
  });

  it('waits for the rest of a sequence cut between chunks', () => {
    const reader = createKeyReader();
    expect(reader.feed('a\u001b[')).toEqual([{ kind: 'text', text: 'a' }]);
    expect(reader.pending).toBe(true);
    expect(reader.feed('1;5C')).toEqual([{ kind: 'key', name: 'right', ctrl: true }]);
    expect(reader.pending).toBe(false);
  });

  it('takes a lone ESC as Escape once the caller stops waiting', () => {
    const reader = createKeyReader();
    expect(reader.feed('\u001b')).toEqual([]);
    expect(reader.flush()).toEqual([{ kind: 'key', name: 'escape' }]);
  });

  it('never turns escape bytes into text', () => {
    const events = read('\u001b[?1;2c\u001b]0;title\u0007x');
    expect(events.filter((e) => e.kind === 'text').map((e) => e.kind === 'text' && e.text)).toEqual(
      ['0;title', 'x'],
    );
    expect(JSON.stringify(events)).not.toContain('\\u001b');
  });
});

describe('coalescePaste (a terminal without bracketed paste)', () => {
  const reader = () => createKeyReader();
  it('takes text with line ends inside one chunk as a paste', () => {
    expect(coalescePaste(reader().feed('第一段\r\r第二段'))).toEqual([
      { kind: 'paste', text: '第一段\n\n第二段' },
    ]);
  });

  it('leaves line ends at the end of the chunk as keys: typed-ahead Enter Enter still submits', () => {
    expect(coalescePaste(reader().feed('好的\r\r'))).toEqual([
      { kind: 'text', text: '好的' },
      { kind: 'key', name: 'return' },
      { kind: 'key', name: 'return' },
    ]);
  });

  it('leaves a lone Enter and chunks with other keys alone', () => {
    expect(coalescePaste(reader().feed('\r'))).toEqual([{ kind: 'key', name: 'return' }]);
    const withArrow = reader().feed('a\r\u001b[Ab');
    expect(coalescePaste(withArrow)).toEqual(withArrow);
  });
});

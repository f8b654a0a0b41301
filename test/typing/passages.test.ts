import { describe, expect, it } from 'vitest';
import { PASSAGES } from '../../src/typing/passages.js';
import { graphemes } from '../../src/ui/text-width.js';

// The passages are data the build bundles: these are the rules a new one must follow.
describe('the typing passages', () => {
  it('are at least 30, with unique ids', () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PASSAGES.map((p) => p.id)).size).toBe(PASSAGES.length);
    for (const p of PASSAGES) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(PASSAGES.map((p) => [p.id, p] as const))('%s: Chinese and English typeable', (_, p) => {
    // Chinese: ideographs and full-width punctuation only, no Latin letters or spaces (an input
    // method in Chinese mode types it without switching); ends a sentence.
    expect(p.zh).toMatch(/^[\u4e00-\u9fff，。、；：？！“”（）]+$/u);
    expect(p.zh).toMatch(/[。！？]$/);
    // English: printable ASCII (no curly quotes a keyboard cannot type), single spaces.
    expect(p.en).toMatch(/^[\x20-\x7e]+$/);
    expect(p.en).not.toMatch(/ {2}|^ | $/);
    expect(p.en).toMatch(/[.!?]$/);
    // About a minute's typing at the bars people are held to.
    expect(graphemes(p.zh).length).toBeGreaterThanOrEqual(60);
    expect(graphemes(p.zh).length).toBeLessThanOrEqual(120);
    expect(p.en.length).toBeGreaterThanOrEqual(150);
    expect(p.en.length).toBeLessThanOrEqual(320);
  });
});

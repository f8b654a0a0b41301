import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import type { Bank } from '../../src/bank/types.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/banks');

/** The bank without its texts: what localizing must never change. */
function skeleton(bank: Bank) {
  return bank.sections.map((s) => ({
    id: s.id,
    order: s.order,
    points: s.points,
    time_limit: s.time_limit,
    file: s.file,
    questions: s.questions.map((q) => [q.id, q.points, q.time_limit, q.key_points.length]),
  }));
}

describe('localizeBank', () => {
  it('replaces the texts field by field, keeping the original where nothing is translated', async () => {
    const bank = await loadBank(join(FIXTURES, 'translated.yaml'), { lang: 'en' });
    const en = localizeBank(bank, 'en');
    const [section] = en.sections;
    expect(section?.title).toBe('Greetings');
    expect(section?.description).toBe('Opening lines');
    const [first, second] = section?.questions ?? [];
    expect(first).toMatchObject({
      prompt: 'How do you greet a customer?',
      answer: "Hello, I'm glad to help you today.\n",
      analysis: 'Polite and warm.\n',
      key_points: [
        { point: 'Polite greeting', keywords: ['hello', 'hi'] },
        { point: 'Offers help', keywords: ['help you', 'glad to help', 'false'] },
      ],
    });
    // greet-2's translation has no key points: the question's own stay.
    expect(second?.prompt).toBe('How do you close a conversation?');
    expect(second?.key_points).toBe(bank.sections[0]?.questions[1]?.key_points);
    expect(skeleton(en)).toEqual(skeleton(bank));
    // The bank it was given is left as it was.
    expect(bank.sections[0]?.title).toBe('问候');
    expect(bank.sections[0]?.questions[0]?.prompt).toBe('如何问候客户？');
  });

  it('gives the same bank back when there is nothing in that language', async () => {
    const bank = await loadBank(join(FIXTURES, 'translated.yaml'), { lang: 'zh' });
    expect(localizeBank(bank, 'zh')).toBe(bank);
    const plain = await loadBank(join(FIXTURES, 'valid'), { lang: 'en' });
    expect(localizeBank(plain, 'en')).toBe(plain);
  });

  it('caches per bank and language, so the scorer sees the same questions', async () => {
    const bank = await loadBank(join(FIXTURES, 'translated.yaml'), { lang: 'en' });
    const en = localizeBank(bank, 'en');
    expect(localizeBank(bank, 'en')).toBe(en);
    expect(localizeBank(bank, 'zh')).toBe(bank);
    const again = await loadBank(join(FIXTURES, 'translated.yaml'), { lang: 'en' });
    expect(localizeBank(again, 'en')).not.toBe(en);
    expect(localizeBank(again, 'en')).toEqual(en);
  });

  it('translates every text of the shipped bank into English and changes nothing else', async () => {
    const bank = await loadBank(defaultBankPath(), { lang: 'en' });
    expect(localizeBank(bank, 'zh')).toBe(bank);
    const en = localizeBank(bank, 'en');
    expect(skeleton(en)).toEqual(skeleton(bank));
    const han = /\p{Script=Han}/u;
    for (const section of en.sections) {
      expect(section.title, section.id).not.toMatch(han);
      for (const q of section.questions) {
        expect([q.prompt, q.analysis, ...q.key_points.map((k) => k.point)], q.id).not.toEqual(
          expect.arrayContaining([expect.stringMatching(han)]),
        );
      }
    }
  });
});

import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { readShippedAnswerKey } from '../../src/commands/shipped-answer-key.js';
import { renderAnswerKeyText } from '../../src/ui/render/render-answer-key.js';
import { setAmbiguousWide } from '../../src/ui/text-width.js';

// The build (`npm run build`, run first by `npm test`) renders the key into dist/.
describe('the answer key rendered at build time', () => {
  const folder = defaultBankPath();
  const plain = new Chalk({ level: 0 });

  for (const lang of ['zh', 'en'] as const) {
    it(`is, in ${lang}, what rendering the shipped YAML gives at 80 columns`, async () => {
      const bank = localizeBank(await loadBank(folder, { lang }), lang);
      const rendered = renderAnswerKeyText({ lang, width: 80, c: plain }, bank.sections);
      expect(readShippedAnswerKey(folder, lang, 80, true)).toBe(rendered);
    });
  }

  it('is not used at another width, in colour, or with wide ambiguous characters', () => {
    expect(readShippedAnswerKey(folder, 'zh', 80, true)).toBeDefined();
    expect(readShippedAnswerKey(folder, 'zh', 79, true)).toBeUndefined();
    expect(readShippedAnswerKey(folder, 'zh', 80, false)).toBeUndefined();
    setAmbiguousWide(true);
    try {
      expect(readShippedAnswerKey(folder, 'zh', 80, true)).toBeUndefined();
    } finally {
      setAmbiguousWide(false);
    }
  });
});

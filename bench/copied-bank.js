// The shipped bank's sections copied `copies` times into a folder, with
// section ids, orders and question ids made unique (and bank.yaml beside
// them): a bilingual bank of 63 × 16 = 1,008 questions for `npm run bench`.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function copyShippedBank(questionsDir, dir, copies) {
  copyFileSync(join(questionsDir, 'bank.yaml'), join(dir, 'bank.yaml'));
  const sections = readdirSync(questionsDir).filter((f) => /\.yaml$/.test(f) && f !== 'bank.yaml');
  let questions = 0;
  for (let k = 0; k < copies; k++) {
    for (const file of sections) {
      const text = readFileSync(join(questionsDir, file), 'utf8')
        .replace(/^id: (.*)$/m, `id: $1-c${k}`)
        .replace(/^order: (\d+)/m, (_, n) => `order: ${k * 100 + Number(n)}`)
        // Items of `questions` (and of a section's `red_flags`, unique in their list anyway).
        .replace(/^ {2}- id: (.*)$/gm, `  - id: $1-c${k}`);
      const items = text.split(/^questions:$/m)[1]?.split(/^\S/m)[0] ?? '';
      questions += items.match(/^ {2}- id: /gm)?.length ?? 0;
      writeFileSync(join(dir, `c${String(k).padStart(3, '0')}-${file}`), text);
    }
  }
  return questions;
}

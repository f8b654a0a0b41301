// The shipped bank's open-question sections copied into a folder (with
// bank.yaml beside them) for `npm run bench`: enough copies for about
// `openTarget` open questions, however many the shipped bank holds, so the
// figure stays comparable as the bank grows. A choice-only section (the rules
// quiz) is left out: its items are not interview questions, and at 73 items a
// copy they would make most of the bank's bytes. Every id in a copy gets the
// copy's suffix (the section's, its questions', their follow-ups' at any
// depth, the red flags'), since ids are unique across a whole bank and a bank
// with repeats fails `validate` (its timings would then be an error report's).
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// An `id:` key at the start of a line or of a sequence item, at any indentation.
const ID_LINE = /^(\s*(?:- )?)id: ([^\s#]+)/gm;

/** Open questions (no `type`) and choice items of one section's text. */
function countItems(text) {
  const items = parse(text)?.questions ?? [];
  const choice = items.filter((q) => q && typeof q === 'object' && 'type' in q).length;
  return { open: items.length - choice, choice };
}

/**
 * Copies the sections as many times as give about `openTarget` open questions
 * (at least once), or exactly `copies` times; returns what the copied bank holds.
 */
export function copyShippedBank(questionsDir, dir, { openTarget = 1008, copies: fixed } = {}) {
  copyFileSync(join(questionsDir, 'bank.yaml'), join(dir, 'bank.yaml'));
  const sections = readdirSync(questionsDir)
    .filter((f) => /\.yaml$/.test(f) && f !== 'bank.yaml')
    .map((file) => {
      const text = readFileSync(join(questionsDir, file), 'utf8');
      return { file, text, ...countItems(text) };
    })
    .filter((s) => s.open > 0);
  const perCopy = { open: 0, choice: 0 };
  for (const s of sections) {
    perCopy.open += s.open;
    perCopy.choice += s.choice;
  }
  const copies = fixed ?? Math.max(1, Math.round(openTarget / Math.max(1, perCopy.open)));
  let bytes = 0;
  for (let k = 0; k < copies; k++) {
    for (const { file, text } of sections) {
      const copy = text
        .replace(ID_LINE, (_, lead, id) => `${lead}id: ${id}-c${k}`)
        .replace(/^order: (\d+)/m, (_, n) => `order: ${k * 100 + Number(n)}`);
      bytes += Buffer.byteLength(copy);
      writeFileSync(join(dir, `c${String(k).padStart(3, '0')}-${file}`), copy);
    }
  }
  return {
    copies,
    sections: copies * sections.length,
    open: copies * perCopy.open,
    choice: copies * perCopy.choice,
    bytes,
  };
}

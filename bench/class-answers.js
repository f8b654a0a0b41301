// A class's written answers for the `grade` rows of the bench: `count` files
// of one answer to each of the shipped bank's sixteen core questions (the mock
// interview; the team's fixtures are theirs), the answers
// taken in turn from the team's fixtures (strong, partial, weak, off-topic, …),
// so the files differ as a class's would.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function writeClassAnswers(root, dir, count) {
  const fixtures = join(root, 'test/fixtures/answers');
  const byQuestion = readdirSync(fixtures)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(join(fixtures, f), 'utf8'));
      return { id: doc.question, answers: Object.values(doc.answers) };
    });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let n = 0; n < count; n++) {
    const lines = [];
    for (const [q, { id, answers }] of byQuestion.entries()) {
      const text = String(answers[(n + q) % answers.length]).trimEnd();
      lines.push(`${id}: |`, ...text.split('\n').map((l) => `  ${l}`));
    }
    const file = join(dir, `student-${String(n + 1).padStart(4, '0')}.yaml`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return { files, questions: byQuestion.length };
}

// `node bench/blind-report.js [folder] [--pad]`: the scorer against answers
// written blind (test/fixtures/answers-blind/ by default; point it at a
// held-out folder too): mean share per kind, program vs human, the Spearman
// rank correlation between program and human shares over all answers, and
// how many of the bands' checks fail (the checks the tests make, from
// test/scoring/blind-checks.ts). `--pad` adds a padded answer made from the
// strong one where a file has none (the rule in `padAnswer`), as the test of
// test/fixtures/answers-blind-3/ does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const pad = args.includes('--pad');
const folder = args.find((a) => !a.startsWith('--')) ?? join(root, 'test/fixtures/answers-blind');
const out = join(root, 'node_modules/.cache/blind-report.mjs');
await build({
  entryPoints: [join(root, 'bench/blind-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __csCreateRequire } from 'node:module'; const require = __csCreateRequire(import.meta.url);",
  },
});
const { bandChecks, blindAnswers, loadBank, localizeBank, scoreAnswer, scoringContext } =
  await import(out);
const base = await loadBank(join(root, 'questions'), { lang: 'en' });

/** Ranks with ties averaged. */
function ranks(xs) {
  const order = xs.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}
export function spearman(a, b) {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

const rows = [];
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const fixture = parse(readFileSync(join(folder, file), 'utf8'));
  for (const lang of ['zh', 'en']) {
    const bank = localizeBank(base, lang);
    const context = scoringContext(bank);
    const question = context.questions.find((q) => q.id === fixture.question);
    for (const [kind, text] of Object.entries(blindAnswers(fixture, lang, question, pad))) {
      const grade = scoreAnswer(question, text, context);
      rows.push({
        id: fixture.question,
        lang,
        kind,
        program: grade.score / grade.max,
        share: grade.score / grade.max,
        human: fixture.human_share?.[lang]?.[kind],
        flags: grade.flags.map((f) => (f.code === 'red-flag' ? `red-flag:${f.id}` : f.code)),
      });
    }
  }
}

const kinds = [...new Set(rows.map((r) => r.kind))];
const mean = (xs) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
console.log('kind            program  human   n');
for (const kind of kinds) {
  const mine = rows.filter((r) => r.kind === kind);
  console.log(
    `${kind.padEnd(15)} ${mean(mine.map((r) => r.program))
      .toFixed(2)
      .padStart(7)}  ${mean(mine.map((r) => r.human))
      .toFixed(2)
      .padStart(5)}  ${String(mine.length).padStart(2)}`,
  );
}
const rated = rows.filter((r) => typeof r.human === 'number');
const rho = spearman(
  rated.map((r) => r.program),
  rated.map((r) => r.human),
);
const noTraps = rated.filter((r) => !r.kind.startsWith('trap'));
const rho2 = spearman(
  noTraps.map((r) => r.program),
  noTraps.map((r) => r.human),
);
console.log(
  `Spearman over ${rated.length}: ${rho.toFixed(2)}; without traps (${noTraps.length}): ${rho2.toFixed(2)}`,
);
const checks = bandChecks(rows);
const misses = checks.filter((c) => !c.ok);
console.log(`Band checks failing: ${misses.length} of ${checks.length}`);
if (process.env.VERBOSE) {
  for (const c of misses) console.log(`  miss: ${c.name}`);
  for (const r of rows) {
    console.log(
      `${r.id.padEnd(18)} ${r.lang} ${r.kind.padEnd(14)} ${r.program.toFixed(2)} ${String(r.human).padEnd(5)} ${r.flags.join(' ')}`,
    );
  }
}

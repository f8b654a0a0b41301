// `node bench/sign-span.js [from] [to]`: how many words the English red-flag
// signs may span (EN_SIGN_SPAN in src/scoring/red-flags.ts), measured. For
// each span from 6 to 14 (or the range given) the scorer is built with that
// span and run on English answers that must never be flagged: the shipped
// bank's reference answers, the strong, paraphrase and padded answers of the
// blind sets in test/fixtures/ (never the held-out ones), and the sentences
// the red-flag tests (red-flag-kinds*, red-flag-context) expect no flag on. It counts their false flags, and,
// for the cost of a shorter span, the test sentences that expect a flag and
// do not get it and the blind sets' traps that are flagged. The other answers
// (partial, weak, rambling, off-topic) are counted apart: a flag there may be
// right. Nothing of the program is changed: the span is set in the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const [from = 6, to = 14] = process.argv.slice(2).map(Number);
// CommonJS dependencies bundled as ESM still call require().
const REQUIRE_BANNER =
  "import { createRequire as __csCreateRequire } from 'node:module'; const require = __csCreateRequire(import.meta.url);";
const SPAN_RE = /export const EN_SIGN_SPAN = \d+;/;

/** The scorer bundled with EN_SIGN_SPAN set to `span`. */
async function scorerWith(span) {
  const outfile = join(root, `node_modules/.cache/sign-span-${span}.mjs`);
  const setSpan = {
    name: 'sign-span',
    setup(b) {
      b.onLoad({ filter: /scoring[\\/]red-flags\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!SPAN_RE.test(source)) throw new Error('EN_SIGN_SPAN not found in red-flags.ts');
        return {
          contents: source.replace(SPAN_RE, `export const EN_SIGN_SPAN = ${span};`),
          loader: 'ts',
        };
      });
    },
  };
  await build({
    stdin: {
      contents: [
        "export { loadBank } from './src/bank/load-bank.ts';",
        "export { localizeBank } from './src/bank/localize.ts';",
        "export { scoreAnswer, scoringContext } from './src/scoring/score-answer.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    plugins: [setSpan],
    banner: { js: REQUIRE_BANNER },
  });
  return import(outfile);
}

/** The red-flag tests' rows [lang, question, text, flag | null], read by a stand-in for vitest. */
async function testRows() {
  const rows = [];
  const stub = {
    name: 'vitest-stub',
    setup(b) {
      b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stub' }));
      // The rows only: the scorer the tests call is never loaded.
      b.onResolve({ filter: /shipped-scoring\.js$/ }, () => ({
        path: 'shipped',
        namespace: 'stub',
      }));
      b.onLoad({ filter: /^shipped$/, namespace: 'stub' }, () => ({
        // describeRedFlagRows hands its table to it.each, as the real one does.
        contents: `import { it } from 'vitest';
          export const redFlagsOn = () => [];
          export const gradeOn = () => ({});
          export const describeRedFlagRows = (_title, rows) => it.each(rows);`,
        loader: 'js',
      }));
      b.onLoad({ filter: /^vitest$/, namespace: 'stub' }, () => ({
        contents: `export const rows = [];
          export const describe = (_n, fn) => fn();
          export const it = () => {};
          it.each = (list) => { for (const r of list) rows.push(r); return () => {}; };
          export const expect = () => ({});`,
        loader: 'js',
      }));
    },
  };
  const files = readdirSync(join(root, 'test/scoring')).filter((f) =>
    /^red-flag-(kinds.*|context)\.test\.ts$/.test(f),
  );
  for (const file of files) {
    const outfile = join(root, `node_modules/.cache/sign-span-rows-${file}.mjs`);
    await build({
      stdin: {
        contents: `import './test/scoring/${file}'; export { rows } from 'vitest';`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
      plugins: [stub],
      banner: { js: REQUIRE_BANNER },
    });
    const mod = await import(outfile);
    for (const r of mod.rows) {
      if (!Array.isArray(r) || r[0] !== 'en') continue;
      if (r.length === 4) rows.push(r);
      // red-flag-context's rows are scored on the bank's first question: [lang, text, flag?].
      else if (file.includes('context')) rows.push([r[0], null, r[1], r[2] ?? null]);
    }
  }
  return rows;
}

/** English answers of the blind sets (no held-out folder), by kind. */
function blindAnswers() {
  const out = [];
  const fixtures = join(root, 'test/fixtures');
  for (const dir of readdirSync(fixtures)
    .filter((d) => /^answers-blind/.test(d))
    .sort()) {
    for (const file of readdirSync(join(fixtures, dir)).filter((f) => f.endsWith('.yaml'))) {
      const fixture = parse(readFileSync(join(fixtures, dir, file), 'utf8'));
      for (const [kind, text] of Object.entries(fixture.answers?.en ?? {})) {
        out.push({ where: `${dir}/${file}`, id: fixture.question, kind, text });
      }
    }
  }
  return out;
}

const MUST_BE_CLEAN = new Set(['strong', 'paraphrase', 'padded']);
const rows = await testRows();
const answers = blindAnswers();
console.log(
  `English texts: ${answers.length} blind answers, ${rows.length} test sentences, and the reference answers\n`,
);
console.log(
  '| span | false flags: reference answers | strong/paraphrase/padded | test sentences (no flag expected) | test sentences missed | traps flagged | other kinds flagged |',
);
console.log('|---|---|---|---|---|---|---|');
for (let span = from; span <= to; span++) {
  const { loadBank, localizeBank, scoreAnswer, scoringContext } = await scorerWith(span);
  const bank = localizeBank(await loadBank(join(root, 'questions'), { lang: 'en' }), 'en');
  const context = scoringContext(bank);
  const byId = new Map(context.questions.map((q) => [q.id, q]));
  const flagsOf = (id, text) =>
    scoreAnswer(id === null ? context.questions[0] : byId.get(id), text, context).flags.flatMap(
      (f) => (f.code === 'red-flag' ? [f.id] : []),
    );
  const seen = [];
  const ref = context.questions.filter((q) => flagsOf(q.id, q.answer).length > 0);
  for (const q of ref) seen.push(`reference ${q.id}: ${flagsOf(q.id, q.answer)}`);
  let clean = 0;
  let traps = 0;
  let trapCount = 0;
  let others = 0;
  for (const a of answers) {
    const flags = flagsOf(a.id, a.text);
    if (MUST_BE_CLEAN.has(a.kind)) {
      if (flags.length > 0) {
        clean++;
        seen.push(`${a.where} ${a.kind}: ${flags}`);
      }
    } else if (a.kind.startsWith('trap')) {
      trapCount++;
      if (flags.length > 0) traps++;
    } else if (flags.length > 0) {
      others++;
      seen.push(`(${a.where} ${a.kind}: ${flags})`);
    }
  }
  let falseRows = 0;
  let missed = 0;
  for (const [, id, text, flag] of rows) {
    const flags = flagsOf(id, text);
    if (flag === null && flags.length > 0) {
      falseRows++;
      seen.push(`test sentence ${id} "${text}": ${flags}`);
    } else if (flag !== null && !flags.includes(flag)) {
      missed++;
      seen.push(`missed ${flag} on ${id} "${text}"`);
    }
  }
  console.log(
    `| ${span} | ${ref.length} | ${clean} | ${falseRows} | ${missed} | ${traps} of ${trapCount} | ${others} |`,
  );
  if (process.env.VERBOSE) for (const s of seen) console.log(`    ${s}`);
}

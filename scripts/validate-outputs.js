// `validate`'s whole output (stdout, stderr and exit code) on a fixed set of banks and options,
// saved from one build and compared with another's, for changes that must not change a byte:
//
//   node scripts/validate-outputs.js save /tmp/before.json     (with the old build in dist/)
//   node scripts/validate-outputs.js compare /tmp/before.json  (after rebuilding)
//
// The banks: the shipped one, the starter banks, the test fixtures (not the held-out ones), and
// copies of the shipped sections changed so that every kind of warning occurs many times (few
// key points, one keyword, repeated and shared keywords, points the answer misses, answers too
// long, a translation without key points, a follow-up that quotes the answer). Each case runs
// with a data folder of its own, so cold (the bank cache empty); some run a second time, warm.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { copyShippedBank } from '../bench/copied-bank.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/cs-interview.js');

/** The shipped sections, each question changed by one of the mutations (by index and seed). */
function mutatedBank(dir, seed, copies = 1) {
  mkdirSync(dir, { recursive: true });
  copyShippedBank(join(root, 'questions'), dir, { copies });
  let n = seed;
  for (const file of readdirSync(dir).filter((f) => f !== 'bank.yaml')) {
    const value = parse(readFileSync(join(dir, file), 'utf8'));
    for (const q of value.questions ?? []) {
      if ('type' in q) continue;
      mutate(q, n++);
      const en = q.translations?.en;
      if (en && n % 3 === 0) {
        if (n % 2 === 0) delete en.key_points;
        else if (en.key_points) mutate({ ...en, key_points: en.key_points }, n + 1, en);
      }
    }
    writeFileSync(join(dir, file), stringify(value, { lineWidth: 0 }));
  }
}

/** One question (or translation `into`) changed so that a warning is due. */
function mutate(q, n, into = q) {
  const points = q.key_points;
  switch (n % 9) {
    case 0: {
      // Fewer points: the translations' points and the follow-ups after a dropped point go too.
      into.key_points = points.slice(0, 2);
      if (into !== q) break;
      const kept = new Set(q.key_points.map((k) => k.point));
      for (const t of Object.values(q.translations ?? {}))
        if (t.key_points) t.key_points = t.key_points.slice(0, 2);
      if (q.follow_ups) q.follow_ups = q.follow_ups.filter((f) => !f.after || kept.has(f.after));
      if (q.follow_ups?.length === 0) delete q.follow_ups;
      break;
    }
    case 1:
      points[0].keywords = points[0].keywords.slice(0, 1);
      break;
    case 2: {
      const first = points[0].keywords[0];
      points[1].keywords.push(first, String(points[1].keywords[0]).toUpperCase());
      points[0].keywords.push(points[0].keywords.at(-1));
      break;
    }
    case 3:
      points.at(-1).keywords = ['从未说过的词语', 'never said at all'];
      break;
    case 4:
      into.answer = `${q.answer}${q.answer}${q.answer}`;
      if (into === q) into.time_limit = 30;
      break;
    case 5:
      if (q.follow_ups?.[0]) q.follow_ups[0].prompt = `你说${q.follow_ups[0].prompt}`;
      if (q.follow_ups?.[1]) q.follow_ups[1].prompt = `You said ${q.follow_ups[1].prompt}`;
      break;
    case 6:
      points[0].keywords.push(`!${points[1].keywords[0]}`, '~structure');
      break;
    case 7:
      points[1].keywords.push('~story', '@道歉', '!@跟进');
      into.answer = `我不会道歉，也不会跟进。${q.answer}`;
      break;
    default:
      points[2].keywords = ['@核实', '@证据', '核实'];
  }
}

/** The cases, each [name, args, warm]: built in `dir`, named relative to it. */
function cases(dir) {
  cpSync(join(root, 'questions'), join(dir, 'questions'), { recursive: true });
  cpSync(join(root, 'starter-bank'), join(dir, 'starter-bank'), { recursive: true });
  for (const sub of ['banks', 'hostile'])
    cpSync(join(root, 'test/fixtures', sub), join(dir, sub), { recursive: true });
  for (let s = 0; s < 6; s++) mutatedBank(join(dir, `mutated-${s}`), s);
  mutatedBank(join(dir, 'mutated-copies'), 7, 4);
  copyShippedBank(join(root, 'questions'), mkdir(join(dir, 'copied')), { openTarget: 1008 });
  const out = [];
  const langs = (name, path, more = []) => {
    out.push([`${name} zh`, [path, '--lang', 'zh', ...more], false]);
    out.push([`${name} en`, [path, '--lang', 'en', ...more], false]);
  };
  for (const p of ['questions', 'starter-bank/zh', 'starter-bank/en']) {
    langs(p, p);
    out.push([`${p} json`, [p, '--json', '--lang', 'en'], true]);
  }
  out.push(['one section file', ['questions/2-scenarios.yaml', '--lang', 'en'], false]);
  for (const sub of ['banks', 'hostile'])
    for (const f of readdirSync(join(dir, sub)).sort()) langs(`${sub}/${f}`, `${sub}/${f}`);
  for (let s = 0; s < 6; s++) {
    const p = `mutated-${s}`;
    langs(p, p);
    out.push([`${p} json`, [p, '--json', '--lang', s % 2 ? 'en' : 'zh'], true]);
    out.push([`${p} strict`, [p, '--strict', '--lang', 'zh'], false]);
  }
  const someFile = readdirSync(join(dir, 'mutated-1')).find((f) => f !== 'bank.yaml');
  out.push(['a mutated section alone', [`mutated-1/${someFile}`, '--lang', 'zh'], false]);
  out.push(['two banks at once', ['mutated-2', 'banks/valid', '--lang', 'en'], false]);
  langs('mutated-copies', 'mutated-copies');
  out.push(['mutated-copies json', ['mutated-copies', '--json'], true]);
  out.push(['copied json', ['copied', '--json', '--lang', 'zh'], true]);
  out.push(['copied', ['copied', '--lang', 'en'], false]);
  return out;
}

function mkdir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}

/** Each case's outputs: cold, and for the warm ones a second run with the same data folder. */
function run(dir) {
  const results = {};
  for (const [name, args, warm] of cases(dir)) {
    const home = mkdtempSync(join(tmpdir(), 'cs-validate-home-'));
    const env = { ...process.env, CS_INTERVIEW_HOME: home, LANG: 'C.UTF-8', NO_COLOR: '1' };
    delete env.CS_INTERVIEW_LANG;
    for (const pass of warm ? ['cold', 'warm'] : ['cold']) {
      const r = spawnSync(process.execPath, [bin, 'validate', ...args], {
        cwd: dir,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      results[`${name} (${pass})`] = { stdout: r.stdout, stderr: r.stderr, status: r.status };
    }
    rmSync(home, { recursive: true, force: true });
  }
  return results;
}

const [mode, file] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !file) {
  console.error('usage: node scripts/validate-outputs.js save|compare <file.json>');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'cs-validate-cases-'));
try {
  const results = run(dir);
  if (mode === 'save') {
    writeFileSync(file, JSON.stringify(results));
    console.log(`${Object.keys(results).length} outputs saved to ${file}`);
  } else {
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const names = [...new Set([...Object.keys(saved), ...Object.keys(results)])];
    const differ = names.filter((n) => JSON.stringify(saved[n]) !== JSON.stringify(results[n]));
    for (const n of differ) console.log(`differs: ${n}`);
    console.log(`${names.length - differ.length}/${names.length} identical`);
    process.exitCode = differ.length ? 1 : 0;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

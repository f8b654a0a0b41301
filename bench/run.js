// `npm run bench`: start-up and throughput figures as ratios to bare `node -e ''`,
// measured in the same run, because these machines are shared and noisy.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeClassAnswers } from './class-answers.js';
import { copyShippedBank } from './copied-bank.js';
import { writeHistoryLog } from './history-log.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/cs-interview.js');
const RUNS = Number(process.env.BENCH_RUNS) || 15;
const env = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' };
// Node 20 reads the certificates NODE_EXTRA_CA_CERTS names as it starts (~35 ms of CPU on a
// machine that sets it), Node 22+ only when asked: added to bare node and the program alike, it
// made every ratio look nearer 1.00x on Node 20 than any user without it sees.
delete env.NODE_EXTRA_CA_CERTS;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function timeCommand(args, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

/** The user + system ms of each `XmY.YYYs XmY.YYYs` line of bash's `times`, in order. */
function timesLines(text) {
  return [...text.matchAll(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/g)].map(
    ([, um, us, sm, ss]) =>
      Number(um) * 60_000 + Number(us) * 1000 + Number(sm) * 60_000 + Number(ss) * 1000,
  );
}

/**
 * A command in a pseudo-terminal (util-linux `script`) until `marker` is on screen, then killed,
 * or until it ends (`marker` null): the wall time from start (`ms`) and its CPU time, user +
 * system (`cpu`). bash runs it as a child and reports the children's time with `times`, to the
 * millisecond, as measureTimed does for piped commands.
 */
function toScreen(command, marker, signal = 'SIGKILL') {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const wrapped = `bash -c 'echo CSPID:$$; eval "$CS_BENCH_COMMAND"; times'`;
    const child = spawn('script', ['-qefc', wrapped, '/dev/null'], {
      // `script` gives a pty but no terminal to answer the ambiguous-width probe (ESC[6n), which
      // would wait out its 300 ms timeout; a real terminal answers in a round trip.
      env: {
        ...env,
        COLUMNS: '100',
        LINES: '40',
        CS_INTERVIEW_AMBIGUOUS: 'narrow',
        CS_BENCH_COMMAND: command,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let seen = '';
    let ms = null;
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      reject(
        new Error(
          `${command}: "${marker}" or its CPU time not seen in 10 s; saw ${JSON.stringify(seen.slice(-300))}`,
        ),
      );
    }, 10_000);
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      if (ms === null && marker !== null && seen.includes(marker)) {
        ms = Number(process.hrtime.bigint() - start) / 1e6;
        // The command is the only child of the bash that printed its pid.
        const shell = seen.match(/CSPID:(\d+)/)?.[1];
        const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim();
        for (const pid of children.split(/\s+/)) process.kill(Number(pid), signal);
      }
      // `times`: the shell's user and system time, then its children's.
      const times = timesLines(seen);
      if (times.length === 2) {
        ms ??= Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
        resolve({ ms, cpu: times[1] });
      }
    });
  });
}

/**
 * One run of `drill 1` to its first question, ended by SIGTERM (the program saves and exits):
 * Node 22+ writes its compile cache at exit, which a run killed with SIGKILL never does, so
 * without this every timed run after a build would compile the program afresh; a user's runs
 * after the first start warm. Not timed.
 */
async function warmUp() {
  await toScreen(`${process.execPath} ${bin} drill 1 --lang zh --no-save`, '剩余', 'SIGTERM');
}

async function timeToScreenMedian(command, marker) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await toScreen(command, marker)).ms);
  return median(times);
}

// Peak RSS (and CPU time) come from GNU time (`/usr/bin/time -f '%M %U %S'`,
// KB and seconds) where it is installed. CPU time moves less than wall time
// when other work shares the machine.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Median time and CPU time, and the largest peak RSS (MB, or null), of a command that ends by itself. */
function measureCommand(args, extraEnv, runs = HISTORY_RUNS) {
  const times = [];
  const cpus = [];
  let rss = null;
  const rssFile = join(tmpdir(), `cs-bench-rss-${process.pid}`);
  for (let i = 0; i < runs; i++) {
    const argv = GNU_TIME
      ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, process.execPath, ...args]
      : [process.execPath, ...args];
    const start = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), {
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (GNU_TIME) {
      const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split(/\s+/).map(Number);
      rss = Math.max(rss ?? 0, kb / 1024);
      cpus.push((user + sys) * 1000);
    }
  }
  rmSync(rssFile, { force: true });
  return { ms: median(times), rss, cpu: cpus.length ? median(cpus) : null };
}

/**
 * Time until `marker` is on a pseudo-terminal, then Ctrl+C; the peak RSS is
 * that of the whole run (which did nothing more after the marker).
 */
function measureToScreen(command, marker, extraEnv) {
  const rssFile = join(tmpdir(), `cs-bench-rss-${process.pid}`);
  const wrapped = GNU_TIME ? `${GNU_TIME} -f '%M %U %S' -o ${rssFile} ${command}` : command;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qefc', wrapped, '/dev/null'], {
      // As in timeToScreen: `script` never answers the ambiguous-width probe, so without a set
      // width every run would wait out the probe's 300 ms, which no real terminal makes it do.
      env: { ...env, COLUMNS: '100', LINES: '40', CS_INTERVIEW_AMBIGUOUS: 'narrow', ...extraEnv },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let seen = '';
    let ms = null;
    const timer = setTimeout(() => {
      process.kill(-child.pid, 'SIGKILL');
      reject(
        new Error(
          `${command}: "${marker}" not seen in 30 s; saw ${JSON.stringify(seen.slice(-300))}`,
        ),
      );
    }, 30_000);
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      if (ms === null && seen.includes(marker)) {
        ms = Number(process.hrtime.bigint() - start) / 1e6;
        child.stdin.write('\x03');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (ms === null)
        return reject(new Error(`${command} ended before "${marker}": ${seen.slice(-300)}`));
      let rss = null;
      if (GNU_TIME && existsSync(rssFile)) {
        // GNU time notes the signal on a line of its own before the figures.
        const last = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '';
        rss = Number(last.split(/\s+/)[0]) / 1024;
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, rss, cpu: null });
    });
  });
}

const HISTORY_RUNS = Number(process.env.BENCH_HISTORY_RUNS) || 5;

/** stats, history --json and review over a 100,000-record history. */
async function historyRows(work, encodeRecord, loadBank) {
  const shipped = await loadBank(join(root, 'questions'), { lang: 'zh' });
  const questions = shipped.sections.flatMap((s) =>
    s.questions.map((q) => ({ id: q.id, section: s.id, points: q.key_points.map((k) => k.point) })),
  );
  // Not the bank rows' data folder (`home`, with its cache): a run of every row makes both.
  const home = join(work, 'history-home');
  mkdirSync(home, { mode: 0o700 });
  const bytes = writeHistoryLog(join(home, 'history.jsonl'), { encodeRecord, questions });
  const homeEnv = { CS_INTERVIEW_HOME: home };
  const bare = measureCommand(['-e', ''], {});
  const stats = measureCommand([bin, 'stats', '--lang', 'zh'], homeEnv);
  const history = measureCommand([bin, 'history', '--json'], homeEnv);
  const reviews = [];
  for (let i = 0; i < HISTORY_RUNS; i++)
    reviews.push(
      await measureToScreen(`${process.execPath} ${bin} review --lang zh`, '剩余', homeEnv),
    );
  const review = {
    ms: median(reviews.map((r) => r.ms)),
    rss: reviews.some((r) => r.rss === null) ? null : Math.max(...reviews.map((r) => r.rss)),
    cpu: null,
  };
  const mb = (x) => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);
  const ms = (x) => (x === null ? '—' : `${x.toFixed(0)} ms`);
  const line = (name, r, goal = '≤ 1500 ms, ≤ 200 MB') =>
    `| ${name} | ${ms(r.ms)} | ${ms(r.cpu)} | ${mb(r.rss)} | ${goal} |`;
  return [
    `\nHistory of 100,000 records (${(bytes / 1e6).toFixed(0)} MB), medians of ${HISTORY_RUNS} runs, peak RSS the largest:\n`,
    '| what | median | CPU (user+sys) | peak RSS | goal |',
    '|---|---|---|---|---|',
    line("bare `node -e ''`", bare, '—'),
    line('`stats`', stats),
    line('`history --json`', history),
    line('`review` to its first question (pty)', review),
  ];
}

const BANK_RUNS = Number(process.env.BENCH_BANK_RUNS) || 7;

/**
 * The bank reader through the CLI (a new process each run): `list` and `validate` of the
 * shipped open-question sections copied to about 1,008 bilingual questions
 * (bench/copied-bank.js), and `list` of a generated 10,000-question bank. Each cold
 * (the bank cache emptied just before, the code cache kept) and warm (read again, its
 * entry kept), in a data folder of the bench's own.
 */
function bankRows(work, bank10k) {
  const copied = join(work, 'copied-bank');
  mkdirSync(copied);
  const held = copyShippedBank(join(root, 'questions'), copied, { openTarget: 1008 });
  const home = join(work, 'home');
  const cache = join(home, 'cache');
  const commands = {
    list: [bin, 'list', '--bank', copied],
    validate: [bin, 'validate', copied],
    list10k: [bin, 'list', '--bank', bank10k],
  };
  // Interleaved, one run of each in turn, so that the machine's load moves them alike.
  const kinds = [['bare', ['-e', ''], false]];
  for (const [name, args] of Object.entries(commands))
    kinds.push([`${name}Cold`, args, true], [`${name}Warm`, args, false]);
  const runs = Object.fromEntries(kinds.map(([k]) => [k, { ms: [], cpu: [] }]));
  // One untimed run of each first, so that every timed run finds the program's code cache,
  // as a user's run after the first does.
  for (const args of Object.values(commands)) measureTimed(args, 1, { CS_INTERVIEW_HOME: home });
  for (let i = 0; i < BANK_RUNS; i++) {
    for (const [kind, args, cold] of kinds) {
      if (cold) removeBankEntries(cache);
      const r = measureTimed(args, 1, { CS_INTERVIEW_HOME: home });
      runs[kind].ms.push(r.ms);
      runs[kind].cpu.push(r.cpu);
    }
  }
  const of = (kind) => ({ ms: median(runs[kind].ms), cpu: median(runs[kind].cpu) });
  const bare = of('bare');
  // CPU time moves less than wall time when other work shares the machine: both are shown.
  const ratio = (x, base) => (x === null || base === null ? '—' : `${(x / base).toFixed(2)}×`);
  const row = (name, r, goal) =>
    `| ${name} | ${r.ms.toFixed(0)} ms | ${ratio(r.ms, bare.ms)} | ${ratio(r.cpu, bare.cpu)} | ${goal} |`;
  const both = (name, kind, goal) => [
    row(`${name}, cold (no bank cache entry)`, of(`${kind}Cold`), goal),
    row(`${name}, warm (cached)`, of(`${kind}Warm`), goal),
  ];
  return [
    `\nBanks read by the CLI (a new process each run), medians of ${BANK_RUNS} interleaved runs, CPU from bash's \`times\`:\n`,
    '| what | median | ratio to bare node | CPU ratio to bare node | goal |',
    '|---|---|---|---|---|',
    row("bare `node -e ''`", bare, '—'),
    ...both(
      `\`list --bank\` of the open-question sections copied ${held.copies} times (${held.open} open questions, bilingual, ${held.sections} files, ${(held.bytes / 1e6).toFixed(1)} MB)`,
      'list',
      '≤ 4×',
    ),
    ...both('`validate` of it (errors and warnings)', 'validate', '≤ 10×'),
    ...both('`list --bank` of a generated 10,000-question bank', 'list10k', 'reported'),
  ];
}

/**
 * Empties the bank cache of a data folder's `cache/`: its entries (`<key>.<kind>.json`) and
 * their temporary files, not the program's code cache (`code-*.bin`), which a bank read for
 * the first time still has. Removing the whole folder made every cold row compile the program
 * afresh as well (about 25 ms of `vm.Script` on Node 20).
 */
function removeBankEntries(cache) {
  if (!existsSync(cache)) return;
  for (const name of readdirSync(cache)) {
    if (/^[0-9a-f]{40}\.[a-z]+\.json(?:\..*\.tmp)?$/.test(name))
      rmSync(join(cache, name), { force: true });
  }
}

function generateBank(dir, questions) {
  const perFile = 1000;
  for (let f = 0; f < questions / perFile; f++) {
    const lines = [
      `id: s${f}`,
      `order: ${f + 1}`,
      `title: 第${f + 1}部分`,
      'points: 10',
      'time_limit: 90',
      'questions:',
    ];
    for (let q = 0; q < perFile; q++) {
      lines.push(
        `  - id: s${f}-q${q}`,
        `    prompt: 客户第${q}次投诉商品质量，你会如何安抚并解决？`,
        '    answer: |',
        '      先共情安抚客户的情绪，再请客户提供订单号和照片进行核实，最后按平台规则给出退款或换货方案，并主动跟进结果。',
        '    analysis: |',
        '      共情、核实、方案、跟进四步缺一不可。',
        '    key_points:',
        '      - point: 先共情',
        '        keywords: [抱歉, 理解, 体谅]',
        '      - point: 核实',
        '        keywords: [订单号, 照片, 核实]',
      );
    }
    writeFileSync(join(dir, `${String(f).padStart(2, '0')}.yaml`), `${lines.join('\n')}\n`);
  }
}

/**
 * The answer editor, in process: keys go in as the terminal's bytes (one `data` event is one
 * read from the tty) and the frame comes out in the same turn, so the time of the emit is the
 * time from the key to the frame written.
 */
async function benchEditor(askAnswer) {
  const labels = {
    remaining: (t) => `剩余 ${t}`,
    timeUp: '时间到',
    help: 'Enter 换行 · 空行按 Enter 或 Ctrl+D 提交',
  };
  const open = (initial) => {
    const input = new PassThrough();
    let frames = 0;
    const output = new Writable({
      write(_chunk, _encoding, done) {
        frames += 1;
        done();
      },
    });
    Object.assign(output, { columns: 80, rows: 24 });
    const answer = askAnswer(
      { message: '你的回答', timeLimit: 600, labels, initial },
      { input, output },
    );
    const press = (keys) => {
      const before = frames;
      const start = process.hrtime.bigint();
      input.emit('data', Buffer.from(keys));
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (frames === before) throw new Error('no frame drawn');
      return ms;
    };
    const close = async () => {
      input.emit('data', Buffer.from('\u0003'));
      await answer.catch(() => {});
    };
    return { press, close };
  };
  const sentence = '您好，这是一段很长的粘贴文本，我会先共情再核实订单 with some English. ';
  const paste = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
  const pasteTimes = (wrap) => {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const e = open('');
      times.push(e.press(wrap(paste)));
      e.close();
    }
    return median(times);
  };
  const pasteBracketed = pasteTimes((t) => `\u001b[200~${t}\u001b[201~`);
  const pasteChunk = pasteTimes((t) => t.replaceAll('. ', '.\r'));
  const long =
    '各位面试官好，我有两年电商客服经验，日均接待两百位顾客，满意度从九十二提升到九十八。\n'
      .repeat(60)
      .slice(0, 2000);
  const e = open(long);
  const typing = [];
  const up = [];
  for (let i = 0; i < 200; i++) typing.push(e.press('好'));
  for (let i = 0; i < 100; i++) up.push(e.press('\u001b[A'));
  await e.close();
  // The worst case seen: one 10,000-character line (a paste without line ends) with emoji.
  const line = '您好😀这是一段很长的粘贴文本 with some English. '.repeat(400).slice(0, 10_000);
  const w = open(line);
  const longLine = [];
  for (let i = 0; i < 50; i++) longLine.push(w.press('好'));
  await w.close();
  return {
    pasteBracketed,
    pasteChunk,
    keystroke: median(typing),
    up: median(up),
    longLine: median(longLine),
  };
}

const CLASS_FILES = 1000;

/**
 * `grade` of a class at once: 1,000 files of an answer to each shipped
 * question, as JSON Lines (with insights) and as CSV, wall and CPU time of one
 * run each (a run takes seconds; its spread is small next to the goal).
 */
function gradeClassRows(work) {
  const { files, questions } = writeClassAnswers(root, join(work, 'class'), CLASS_FILES);
  const rows = [];
  for (const format of ['jsonl', 'csv']) {
    const { ms, cpu, rss } = measureCommand(
      [bin, 'grade', ...files, '--format', format],
      {},
      Number(process.env.BENCH_GRADE_RUNS) || 1,
    );
    const cpuText = cpu === null ? '' : ` · CPU ${(cpu / 1000).toFixed(1)} s`;
    const rssText = rss === null ? '' : ` · ${rss.toFixed(0)} MB`;
    rows.push(
      `| \`grade\` of ${CLASS_FILES.toLocaleString('en-US')} files of ${questions} answers, \`--format ${format}\` | ${(ms / 1000).toFixed(1)} s${cpuText}${rssText} | — | ≤ 10 s |`,
    );
  }
  return rows;
}

/**
 * Median wall and CPU time of a command run `runs` times, its output piped. CPU time from
 * bash's `times` (to the millisecond; GNU time rounds to 10 ms, a third of Node 24's start).
 */
function measureTimed(args, runs, extraEnv = {}) {
  const times = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(
      'bash',
      ['-c', '"$@"; status=$?; times >&2; exit $status', 'bench', process.execPath, ...args],
      {
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 26,
        encoding: 'utf8',
      },
    );
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    // The last line is the children's user and system time: `0m0.021s 0m0.007s`.
    const cpu = timesLines(r.stderr.trim().split('\n').at(-1) ?? '')[0];
    if (cpu === undefined) throw new Error(`no times: ${r.stderr}`);
    cpus.push(cpu);
  }
  return { ms: median(times), cpu: median(cpus), rss: null };
}

/**
 * The start-up rows alone (`BENCH_ONLY=startup`), with CPU beside wall time:
 * on a loaded machine the wall ratio mostly tells how busy the cores were.
 */
async function startupRows() {
  // Piped, as a user's `| less` or `> file` would be (the fast start takes a character device
  // such as /dev/null for a terminal and leaves it to the program). Interleaved, one run of
  // each in turn, so that the machine's load moves bare node and the program alike.
  const kinds = { bare: ['-e', ''], help: [bin, '--help'], answers: [bin, 'answers'] };
  const runs = Object.fromEntries(Object.keys(kinds).map((k) => [k, { ms: [], cpu: [] }]));
  const pty = { bare: [], first: [], bareCpu: [], firstCpu: [] };
  await warmUp();
  for (let i = 0; i < RUNS; i++) {
    for (const [kind, args] of Object.entries(kinds)) {
      const r = measureTimed(args, 1);
      runs[kind].ms.push(r.ms);
      runs[kind].cpu.push(r.cpu);
    }
    const bareRun = await toScreen(`${process.execPath} -e ''`, null);
    const firstRun = await toScreen(`${process.execPath} ${bin} drill 1 --lang zh`, '剩余');
    pty.bare.push(bareRun.ms);
    pty.first.push(firstRun.ms);
    pty.bareCpu.push(bareRun.cpu);
    pty.firstCpu.push(firstRun.cpu);
  }
  const of = (kind) => ({ ms: median(runs[kind].ms), cpu: median(runs[kind].cpu) });
  const [bare, help, answers] = [of('bare'), of('help'), of('answers')];
  const barePty = median(pty.bare);
  const first = median(pty.first);
  const [bareCpu, firstCpu] = [median(pty.bareCpu), median(pty.firstCpu)];
  const ratio = (a, b) => (a === null || b === null ? '—' : `${(a / b).toFixed(2)}×`);
  const row = (name, r, goal) =>
    `| ${name} | ${r.ms.toFixed(0)} ms | ${ratio(r.ms, bare.ms)} | ${ratio(r.cpu, bare.cpu)} | ${goal} |`;
  return [
    `start-up · node ${process.version} · medians of ${RUNS} runs\n`,
    '| what | median | ratio to bare node | CPU ratio to bare node | goal |',
    '|---|---|---|---|---|',
    row("bare `node -e ''`", bare, '—'),
    row('`--help`', help, '≤ 1.25×'),
    row('`answers` (piped)', answers, '≤ 1.25×'),
    `| first question of \`drill 1\` on screen (pty) | ${first.toFixed(0)} ms | ${ratio(first, barePty)} (bare in a pty: ${barePty.toFixed(0)} ms) | ${ratio(firstCpu, bareCpu)} (${firstCpu.toFixed(0)} ms; bare in a pty: ${bareCpu.toFixed(0)} ms) | ≤ 1.5× |`,
    `\nCPU from bash's \`times\` (in the pty: until the first question is on screen, then killed); \`--help\` and \`answers\` piped (the fast start leaves a terminal, or a character device such as /dev/null, to the program).`,
  ];
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'cs-bench-'));
  try {
    const bundle = join(work, 'entry.mjs');
    await build({
      entryPoints: [join(root, 'bench/entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'warning',
      // CommonJS dependencies bundled as ESM still call require().
      banner: {
        js: "import { createRequire as __csCreateRequire } from 'node:module'; const require = __csCreateRequire(import.meta.url);",
      },
    });
    const { loadBank, scoreAnswer, analyzeAnswer, scoringContext, encodeRecord, askAnswer } =
      await import(bundle);
    if (process.env.BENCH_ONLY === 'grade') {
      console.log(gradeClassRows(work).join('\n'));
      return;
    }
    if (process.env.BENCH_ONLY === 'history') {
      console.log((await historyRows(work, encodeRecord, loadBank)).join('\n'));
      return;
    }
    if (process.env.BENCH_ONLY === 'startup') {
      console.log((await startupRows()).join('\n'));
      return;
    }
    const bankDir = join(work, 'bank');
    mkdirSync(bankDir);
    generateBank(bankDir, 10_000);
    if (process.env.BENCH_ONLY === 'bank') {
      console.log(bankRows(work, bankDir).join('\n'));
      return;
    }

    const bare = timeCommand(['-e', '']);
    const help = timeCommand([bin, '--help']);
    const answers = timeCommand([bin, 'answers']);
    const barePty = await timeToScreenMedian(`${process.execPath} -e ''`, null);
    await warmUp();
    const firstQuestion = await timeToScreenMedian(
      `${process.execPath} ${bin} drill 1 --lang zh`,
      '剩余',
    );

    const loadTimes = [];
    for (let i = 0; i < Math.max(10, Math.ceil(RUNS / 2)); i++) {
      const start = process.hrtime.bigint();
      const bank = await loadBank(bankDir, { lang: 'zh' });
      loadTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (bank.sections.reduce((n, s) => n + s.questions.length, 0) !== 10_000)
        throw new Error('bank size');
    }

    const shipped = await loadBank(join(root, 'questions'), { lang: 'zh' });
    const question = shipped.sections[0].questions[0];
    const sentence =
      '各位面试官好，我有两年电商客服经验，日均接待两百位顾客，满意度从九十二提升到九十八，我擅长倾听和沟通，';
    const answer = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const iterations = 2000;
    const scoreRuns = [];
    for (let r = 0; r < 10; r++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) scoreAnswer(question, answer);
      scoreRuns.push(Number(process.hrtime.bigint() - start) / 1e6 / iterations);
    }

    // A long answer graded as grade and practice do: the score against the whole
    // bank, then the insights. Made of the shipped reference answers, so its words
    // are real ones. 200,000 is ten times the longest answer grade accepts.
    const questions = shipped.sections.flatMap((s) => s.questions);
    const corpus = questions.map((q) => q.answer).join('\n');
    const context = scoringContext(shipped);
    // The same 2,000 字 goal on an answer a scorer meets: real answers' words, so most
    // keywords and red-flag signs have their characters in it, and the bank's red flags
    // (the context) in force, as practice and grade score.
    const realAnswer = corpus.slice(0, 2000);
    const realRuns = [];
    for (let r = 0; r < 10; r++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations / 4; i++) scoreAnswer(question, realAnswer, context);
      realRuns.push(Number(process.hrtime.bigint() - start) / 1e6 / (iterations / 4));
    }
    const gradeTime = (chars, runs) => {
      const text = corpus.repeat(Math.ceil(chars / corpus.length)).slice(0, chars);
      const times = [];
      for (let r = 0; r < runs; r++) {
        const start = process.hrtime.bigint();
        scoreAnswer(question, text, context);
        analyzeAnswer(text, question);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return median(times);
    };
    gradeTime(2_000, 3); // warm-up: the bank's index and the segmenter are built once
    const long20k = gradeTime(20_000, 9);
    const long200k = gradeTime(200_000, 5);

    const editor = await benchEditor(askAnswer);

    const row = (name, ms, base, goal) =>
      `| ${name} | ${ms.toFixed(1)} ms | ${(ms / base).toFixed(2)}× | ${goal} |`;
    console.log(`cs-interview benchmark · node ${process.version} · medians of ${RUNS} runs\n`);
    console.log('| what | median | ratio to bare node | goal |');
    console.log('|---|---|---|---|');
    console.log(row("bare `node -e ''`", bare, bare, '—'));
    console.log(row('`--help`', help, bare, '≤ 1.25×'));
    console.log(row('`answers` (piped)', answers, bare, '≤ 1.25×'));
    console.log(row("bare `node -e ''` in a pty (script)", barePty, barePty, '—'));
    console.log(
      row('first question of `drill 1` on screen (pty)', firstQuestion, barePty, '≤ 1.5×'),
    );
    console.log(
      `| load + validate 10,000 questions (in process, warm) | ${median(loadTimes).toFixed(1)} ms | — | ≤ 300 ms |`,
    );
    console.log(
      `| score a 2,000-character answer | ${median(scoreRuns).toFixed(3)} ms | — | < 1 ms |`,
    );
    console.log(
      `| score 2,000 characters of reference answers, with the bank's red flags | ${median(realRuns).toFixed(3)} ms | — | < 1 ms |`,
    );
    console.log(
      `| a 10,000-character paste drawn (bracketed / in one chunk, 80×24) | ${editor.pasteBracketed.toFixed(1)} / ${editor.pasteChunk.toFixed(1)} ms | — | ≤ 1000 ms |`,
    );
    console.log(
      `| one keystroke redrawn on a 2,000-字 answer (typing / Up) | ${editor.keystroke.toFixed(2)} / ${editor.up.toFixed(2)} ms | — | ≤ 16 ms |`,
    );
    console.log(
      `| one keystroke on a single 10,000-character line with emoji | ${editor.longLine.toFixed(2)} ms | — | — |`,
    );
    // Ten times the text should take ten times as long: the ratio shows whether it does,
    // whatever the machine's load.
    console.log(
      `| grade a 20,000-character answer (score + insights) | ${long20k.toFixed(0)} ms | — | — |`,
    );
    console.log(
      `| grade a 200,000-character answer (score + insights) | ${long200k.toFixed(0)} ms | ${(long200k / (10 * long20k)).toFixed(2)}× 10 × 20,000 (1.00× is linear) | < 1,000 ms |`,
    );
    console.log(gradeClassRows(work).join('\n'));
    console.log(bankRows(work, bankDir).join('\n'));
    console.log((await historyRows(work, encodeRecord, loadBank)).join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

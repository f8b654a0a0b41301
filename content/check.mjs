// Checks the staged bank content in content/ before it moves into questions/.
//
//   node content/check.mjs            shape checks + the 24-character rule
//   node content/check.mjs --bank DIR also writes a copy of questions/ with the new
//                                     questions appended (follow_ups stripped, since the
//                                     current reader refuses unknown fields), for
//                                     `node bin/cs-interview.js validate DIR --strict`
//
// The 24-character rule: no run of 24 or more characters may be shared between the
// seed guide and any text here, or between the texts of two different questions
// (old or new). Runs are compared with white space collapsed, so reflowing a copied
// sentence does not hide it. Keywords are not texts: short terms recur by design.
import { cpSync, mkdirSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const RUN = 24;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const problems = [];
const fail = (msg) => problems.push(msg);

const readYaml = (path) => YAML.parse(readFileSync(path, 'utf8'));
const sectionFiles = readdirSync(join(root, 'questions'))
  .filter((f) => /^\d.*\.yaml$/.test(f))
  .sort();
const oldSections = sectionFiles.map((f) => ({ file: f, data: readYaml(join(root, 'questions', f)) }));
const followUps = readYaml(join(here, 'follow-ups.yaml'));
const newFiles = readdirSync(here)
  .filter((f) => /^new-.*\.yaml$/.test(f))
  .sort();
// A file for an existing section holds only `questions:`; its section is in its name.
const newSections = newFiles.map((f) => {
  const data = readYaml(join(here, f));
  return { file: f, data: { id: /^new-(.*)\.yaml$/.exec(f)[1], ...data, questions: data.questions ?? [] } };
});

// ---- shape ---------------------------------------------------------------

const isText = (s) => typeof s === 'string' && s.trim() !== '';
function checkKeyPoints(where, kps) {
  if (!Array.isArray(kps) || kps.length === 0) return fail(`${where}: no key_points`);
  kps.forEach((kp, i) => {
    if (!isText(kp?.point)) fail(`${where}.key_points[${i}]: no point`);
    if (!Array.isArray(kp?.keywords) || kp.keywords.length === 0)
      fail(`${where}.key_points[${i}]: no keywords`);
    else if (kp.keywords.some((k) => !isText(k))) fail(`${where}.key_points[${i}]: a keyword is no text`);
  });
}
const FU_FIELDS = new Set(['id', 'prompt', 'key_points', 'red_flags', 'time_limit', 'after', 'translations']);
function checkFollowUps(where, q, list) {
  if (!Array.isArray(list) || list.length < 2) return fail(`${where}: fewer than two follow-ups`);
  const points = new Set(q.key_points.map((k) => k.point));
  const ids = new Set();
  for (const fu of list) {
    const at = `${where}/${fu?.id}`;
    for (const k of Object.keys(fu ?? {})) if (!FU_FIELDS.has(k)) fail(`${at}: unknown field ${k}`);
    if (!isText(fu?.id)) fail(`${where}: follow-up without id`);
    if (ids.has(fu.id)) fail(`${at}: id repeated`);
    ids.add(fu.id);
    if (!isText(fu.prompt)) fail(`${at}: no prompt`);
    checkKeyPoints(at, fu.key_points);
    if (!Number.isInteger(fu.time_limit) || fu.time_limit < 30 || fu.time_limit > 60)
      fail(`${at}: time_limit must be 30–60`);
    if (fu.after !== undefined && !points.has(fu.after))
      fail(`${at}: after '${fu.after}' is not a key point of ${q.id}`);
    const en = fu.translations?.en;
    if (!isText(en?.prompt)) fail(`${at}: no English prompt`);
    checkKeyPoints(`${at}.en`, en?.key_points);
    if (en?.key_points?.length !== fu.key_points?.length)
      fail(`${at}: English key_points differ in number`);
    for (const rf of fu.red_flags ?? [])
      if (!isText(rf.id) || !isText(rf.wrong) || !Array.isArray(rf.signs)) fail(`${at}: bad red flag`);
  }
}

const oldQuestions = oldSections.flatMap((s) => s.data.questions);
const newQuestions = newSections.flatMap((s) => s.data.questions);
const allIds = new Set();
for (const q of [...oldQuestions, ...newQuestions]) {
  if (allIds.has(q.id)) fail(`question id ${q.id} repeated`);
  allIds.add(q.id);
}
for (const q of oldQuestions) checkFollowUps(`follow-ups.yaml/${q.id}`, q, followUps[q.id]);
for (const id of Object.keys(followUps))
  if (!oldQuestions.some((q) => q.id === id)) fail(`follow-ups.yaml: ${id} is no existing question`);
for (const s of newSections)
  for (const q of s.data.questions) {
    const at = `${s.file}/${q.id}`;
    for (const f of ['id', 'prompt', 'answer', 'analysis']) if (!isText(q[f])) fail(`${at}: no ${f}`);
    checkKeyPoints(at, q.key_points);
    const en = q.translations?.en;
    for (const f of ['prompt', 'answer', 'analysis']) if (!isText(en?.[f])) fail(`${at}: no English ${f}`);
    if (en?.key_points?.length !== q.key_points.length) fail(`${at}: English key_points differ in number`);
    checkFollowUps(at, q, q.follow_ups);
  }

// ---- the 24-character rule -----------------------------------------------

/**
 * Labels every analysis uses by format ("常见错误：", "Common mistakes:"), the
 * English names of laws and rules, and the names of roles ("customer service",
 * "the interviewer") are not copied text: they are cut out, so no run spans them
 * (a name cannot be reworded, and English names run long against 24 characters).
 */
const LABELS = new RegExp(
  [
    '常见错误：',
    'Common mistakes:',
    'seven-day no-reason return',
    'Personal Information Protection Law',
    'Consumer Rights and Interests Protection Law',
    'consumer protection law',
    'E-commerce Law',
    'customer service',
    'platform support',
    'the interviewer',
    'platform intervention',
  ].join('|'),
  'gi',
);
const CUT = '\u0000';

/** Every text of a question (not keywords), as [label, text]. */
function textsOf(q, fus) {
  const out = [];
  const add = (label, t) => isText(t) && out.push([label, t]);
  const addRedFlags = (label, rfs) =>
    (rfs ?? []).forEach((rf) => {
      add(`${label}.red_flags.${rf.id}`, rf.wrong);
      add(`${label}.red_flags.${rf.id}.en`, rf.translations?.en?.wrong);
    });
  for (const f of ['prompt', 'answer', 'analysis']) {
    add(`${q.id}.${f}`, q[f]);
    add(`${q.id}.en.${f}`, q.translations?.en?.[f]);
  }
  addRedFlags(q.id, q.red_flags);
  for (const fu of fus ?? []) {
    add(`${q.id}/${fu.id}.prompt`, fu.prompt);
    add(`${q.id}/${fu.id}.en.prompt`, fu.translations?.en?.prompt);
    addRedFlags(`${q.id}/${fu.id}`, fu.red_flags);
  }
  return out.map(([label, t]) => ({
    owner: q.id,
    label,
    flag: /\.red_flags\.([^.]+)/.exec(label)?.[1],
    text: t.replace(LABELS, CUT).replace(/\s+/g, ' ').trim(),
  }));
}

const units = [
  ...oldQuestions.flatMap((q) => textsOf(q, followUps[q.id])),
  ...newQuestions.flatMap((q) => textsOf(q, q.follow_ups)),
];
const seed = readFileSync(join(root, '..', 'shared', 'seed', '000_4dbada998d852693.txt'), 'utf8')
  .replace(/\s+/g, ' ');

// Runs from the seed and from each question, kept with where they first appear.
const seen = new Map();
for (let i = 0; i + RUN <= seed.length; i++) {
  const run = seed.slice(i, i + RUN);
  if (!seen.has(run)) seen.set(run, { owner: '(seed)', label: 'seed guide' });
}
const newIds = new Set(newQuestions.map((q) => q.id));
/** Follow-up texts (labelled owner/follow-up) and new questions are new. */
const isNew = (u) => u.label.includes('/') || newIds.has(u.owner);
let compared = 0;
const reported = new Set();
for (const u of units) {
  const chars = [...u.text];
  for (let i = 0; i + RUN <= chars.length; i++) {
    const run = chars.slice(i, i + RUN).join('');
    if (run.includes(CUT)) continue;
    const first = seen.get(run);
    if (first === undefined) {
      seen.set(run, u);
      continue;
    }
    if (first.owner === u.owner) continue; // a question may repeat itself across its own fields
    if (u.flag !== undefined && u.flag === first.flag) continue; // one red flag, attached in two places
    // Old questions were checked when they were written; report only what involves new text.
    if (!isNew(u) && !isNew(first)) continue;
    const key = `${u.label}<-${first.label}`;
    if (reported.has(key)) continue;
    reported.add(key);
    fail(`24-char run shared: ${u.label} and ${first.label}: “${run}”`);
  }
  compared++;
}

// ---- optional copy of the bank for the old reader -------------------------

const bankAt = process.argv.indexOf('--bank');
if (bankAt !== -1) {
  const dir = process.argv[bankAt + 1];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'questions'), dir, { recursive: true });
  const strip = (qs) => qs.map(({ follow_ups, ...q }) => q);
  for (const s of newSections.filter((n) => n.data.questions.length > 0)) {
    const old = oldSections.find((o) => o.data.id === s.data.id);
    if (old) {
      const text = readFileSync(join(dir, old.file), 'utf8');
      const extra = YAML.stringify(strip(s.data.questions), { lineWidth: 0 })
        .split('\n')
        .map((l) => (l === '' ? l : `  ${l}`))
        .join('\n');
      writeFileSync(join(dir, old.file), `${text.trimEnd()}\n${extra}`);
    } else {
      const name = `${s.data.order}-${s.data.id}.yaml`;
      writeFileSync(join(dir, name), YAML.stringify({ ...s.data, questions: strip(s.data.questions) }, { lineWidth: 0 }));
    }
  }
  console.log(`bank copy written to ${dir}`);
}

const fuCount =
  Object.values(followUps).reduce((n, l) => n + l.length, 0) +
  newQuestions.reduce((n, q) => n + (q.follow_ups?.length ?? 0), 0);
console.log(
  `${oldQuestions.length} old + ${newQuestions.length} new questions, ${fuCount} follow-ups, ${compared} texts compared`,
);
if (problems.length > 0) {
  for (const p of problems) console.log(`✗ ${p}`);
  process.exit(1);
}
console.log('✓ no problems');

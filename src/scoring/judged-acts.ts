/** Spans whose act the answer itself judges as wrong, by its consequence or a verdict (red flags only). */
import type { AnswerText } from './answer-text.js';

/**
 * What an act leads to, said after it in its clause ("对骂只会让直播间更乱",
 * "私下转账没有任何保障", "瞒着反而害了他", "payments outside the platform
 * aren't protected"): the act is named to say why not, it is not done. Red
 * flags only: "我只会道歉" still earns 道歉 as a key point. "X的风险由谁承担" says who
 * bears a risk, a rule told, not a verdict on X.
 */
const ZH_CONSEQUENCE_RE =
  /只会|的风险(?!(?:按规则|按规定)?(?:是|应该?|要|都)?(?:由|归))|的危害|的后果|追不回|很难追回|管不了|最怕|没有(?:任何)?保障|没保障|没法介入|无法介入|不受(?:平台)?保护|不受保障|火上浇油|得不偿失|风险(?:很|太|极)?大|会被(?:判|处罚|罚|封|扣)|被封号|被扣分|反而(?:会)?(?:害|坑|耽误|伤|更糟|更麻烦|更难办|不好)/g;

const EN_CONSEQUENCES = [
  ['would', 'only'],
  ['will', 'only'],
  ['only', 'makes'],
  ['only', 'make'],
  ["aren't", 'protected'],
  ["isn't", 'protected'],
  ["isn't", 'covered'],
  ["aren't", 'covered'],
  ['not', 'protected'],
  ['not', 'covered'],
  ['no', 'protection'],
  ['unprotected'],
  ['would', 'break'],
  ['would', 'breach'],
  ['lose', 'the', 'protection'],
  ['loses', 'the', 'protection'],
  ['makes', 'it', 'worse'],
  ['make', 'it', 'worse'],
  ['just', 'makes'],
  ['risks'],
  ['nobody', 'protected'],
  ['no', 'one', 'protected'],
  ['gets', 'shops', 'banned'],
  ['get', 'shops', 'banned'],
];

/**
 * What an act is called before it is named ("这时候最怕的就是再让他从头讲一遍", "the worst
 * thing you can do is…"): the act after it, to its clause's end, is the one warned against.
 */
const ZH_WORST_RE = /最怕的?就?是|最忌讳的?就?是|最忌的?就?是|最不该的?就?是|最糟糕的?就?是/g;

export function markConsequences(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, words } = text;
  for (const m of compact.matchAll(ZH_CONSEQUENCE_RE)) {
    const id = clause[m.index];
    for (let i = m.index - 1; i >= 0 && clause[i] === id; i--) mask[i] = 1;
  }
  for (const m of compact.matchAll(ZH_WORST_RE)) {
    const id = clause[m.index];
    for (let i = m.index + m[0].length; i < compact.length && clause[i] === id; i++) mask[i] = 1;
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    if (!EN_CONSEQUENCES.some((phrase) => phrase.every((p, j) => words[w + j]?.word === p)))
      continue;
    const id = clause[word.start];
    for (let i = word.start - 1; i >= 0 && clause[i] === id; i--) mask[i] = 1;
  }
}

const EN_JUDGES = new Set([
  'never',
  'not',
  "isn't",
  "aren't",
  'wrong',
  'rude',
  'unprofessional',
  'banned',
  'forbidden',
  'prohibited',
  'mistake',
  'unacceptable',
  'off-limits',
  'against',
  'serious',
  'risky',
  'dangerous',
  'harmful',
  'illegal',
  'violations',
  'violation',
  'banned',
]);

/** Nouns that name wordings: "Lines like "…" or "…" are violations" judges what it quotes. */
const EN_WORDINGS = new Set([
  'lines',
  'phrases',
  'words',
  'claims',
  'wording',
  'wordings',
  'sentences',
  'promises',
  'slogans',
  'things',
]);

/**
 * A sentence whose subject is an act, judged by what follows ("Saying 'people
 * from your area always haggle' is a label I would never use", "Sharing
 * another buyer's address is against the rules"): the act is named, not done.
 */
export function markJudgedActs(text: AnswerText, mask: Uint8Array): void {
  const { words, clause, clauseSentence } = text;
  const sentenceOf = (w: { start: number }) => clauseSentence[clause[w.start] ?? 0] ?? 0;
  for (let w = 0; w < words.length; w++) {
    const first = words[w];
    const before = words[w - 1];
    if (!first || !(/^[a-z]{3,}ing$/.test(first.word) || EN_WORDINGS.has(first.word))) continue;
    if (before && sentenceOf(before) === sentenceOf(first)) continue;
    const s = sentenceOf(first);
    let verb = -1;
    for (let k = w + 1; k < words.length; k++) {
      const next = words[k];
      if (!next || sentenceOf(next) !== s) break;
      if (verb < 0 && (next.word === 'is' || next.word === 'are')) verb = k;
      else if (verb >= 0 && EN_JUDGES.has(next.word)) {
        const end = words[verb]?.start ?? first.start;
        mask.fill(1, first.start, end);
        break;
      }
    }
  }
}

/** What other people write, given as examples: "comments like '…'". */
const EN_OTHERS_WRITE = new Set(['comments', 'messages', 'questions', 'requests', 'complaints']);

/** What a wording is said to break, after the examples: "claims like '…' break the law". */
const EN_BREAKS = new Set([
  'break',
  'breaks',
  'breach',
  'breaches',
  'violate',
  'violates',
  'banned',
  'forbidden',
  'prohibited',
  'illegal',
]);

/**
 * Wordings given as examples and judged later in their sentence ("She
 * explained that absolute claims like 'best' or 'lowest price anywhere'
 * break the advertising law"): named, not said, from the noun to the verdict.
 */
export function markWordingExamples(text: AnswerText, mask: Uint8Array): void {
  const { words, clause, clauseSentence } = text;
  const sentenceOf = (w: { start: number }) => clauseSentence[clause[w.start] ?? 0] ?? 0;
  for (let w = 0; w + 1 < words.length; w++) {
    const noun = words[w];
    const next = words[w + 1];
    if (!noun || !next || (next.word !== 'like' && next.word !== 'such')) continue;
    // "Comments like 'add me on WeChat?' got the same reply": what others wrote, to its clause's end.
    if (EN_OTHERS_WRITE.has(noun.word)) {
      const c = clause[next.start];
      for (let i = noun.start; i < mask.length && (i <= next.start || clause[i] === c); i++)
        mask[i] = 1;
      continue;
    }
    if (!EN_WORDINGS.has(noun.word)) continue;
    const s = sentenceOf(noun);
    for (let k = w + 2; k < words.length; k++) {
      const verdict = words[k];
      if (!verdict || sentenceOf(verdict) !== s) break;
      if (EN_BREAKS.has(verdict.word)) {
        mask.fill(1, noun.start, verdict.start);
        break;
      }
    }
  }
}

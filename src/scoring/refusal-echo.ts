import type { AnswerText } from './answer-text.js';
import type { Occurrence } from './find-terms.js';

/**
 * Words that give the reason for a refusal (我不会道歉，因为道歉就等于认错;
 * I didn't apologise, because apologising would have meant…), and words that
 * turn a sentence to what is done instead (不是敷衍地说抱歉，而是真诚道歉).
 */
const ZH_REASON = /因为|由于|否则|不然|等于|意味着/;
const EN_REASON = new Set(['because', 'since', 'otherwise', 'means', 'meant', 'mean']);
const ZH_CONTRAST = /而是|但|可是|不过|却|反而/;
const EN_CONTRAST = new Set(['but', 'instead', 'rather', 'however', 'yet']);

/**
 * Whether an occurrence only names again the act the answer has just
 * refused on the same point, as the reason for refusing it: in the same
 * sentence, after the refusal and a reason word (因为, because), with no
 * contrast word (而是, but) between. Other negated words of a sentence leave
 * the rest alone: "定制商品不支持七天无理由，因为没办法二次销售" explains a rule.
 */
export function echoesRefusal(text: AnswerText, o: Occurrence, refused: Occurrence[]): boolean {
  const sentence = text.clauseSentence[text.clause[o.start] ?? 0];
  for (const r of refused) {
    if (r.end > o.start) continue;
    if (text.clauseSentence[text.clause[r.start] ?? 0] !== sentence) continue;
    const between = text.compact.slice(r.end, o.start);
    const words = text.words.filter((w) => w.start >= r.end && w.end <= o.start).map((w) => w.word);
    const reason =
      ZH_REASON.test(between) || words.some((w) => EN_REASON.has(w)) || namedAsCost(text, o);
    const contrast = ZH_CONTRAST.test(between) || words.some((w) => EN_CONTRAST.has(w));
    if (reason && !contrast) return true;
  }
  return false;
}

/**
 * Whether the words right after an occurrence say what the act would cost
 * (道歉就等于承认, apologising would have meant…): the act as the reason
 * for refusing it.
 */
function namedAsCost(text: AnswerText, o: Occurrence): boolean {
  if (/^就?(?:等于|意味着)/.test(text.compact.slice(o.end, o.end + 4))) return true;
  const next = text.words
    .filter((w) => w.start >= o.end)
    .slice(0, 3)
    .map((w) => w.word);
  return (
    next[0] === 'means' ||
    next[0] === 'meant' ||
    (next[0] === 'would' && (next[1] === 'mean' || (next[1] === 'have' && next[2] === 'meant')))
  );
}

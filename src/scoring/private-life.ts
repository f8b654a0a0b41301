/**
 * Sentences about the speaker's private life, in which the speaker does
 * nothing: family, friends, hometown, childhood, hobbies ("我们家每年都等着
 * 双十一，我妈提前就把购物车加满了", "my hometown used to wait a week for
 * parcels, so things are improving"). A rambling answer earns its points
 * there, from words that are no act of the job: a key point's keyword in
 * such a sentence does not count. A story the speaker acts in stays
 * ("去年我帮我妈看她的小超市，有个大爷…", "after the shift I talk to a friend").
 */
import type { AnswerText } from './answer-text.js';
import { EN_SPEAKER } from './others-words-en.js';
import { phraseAt, phraseIndex } from './word-phrases.js';

const ZH_PRIVATE_G =
  /我妈|我爸|我妈妈|我爸爸|我父母|我舅|我姨|我叔|我姑|我奶奶|我爷爷|我们家|我家|我朋友|有个朋友|我的朋友|我老家|老家|小时候|业余|追剧|闲暇|休息日/g;

const EN_PRIVATE = [
  ['my', 'mom'],
  ['my', 'mum'],
  ['my', 'mother'],
  ['my', 'dad'],
  ['my', 'father'],
  ['my', 'parents'],
  ['my', 'family'],
  ['my', 'whole', 'family'],
  ['my', 'uncle'],
  ['my', 'aunt'],
  ['my', 'friend'],
  ['a', 'friend'],
  ['my', 'hometown'],
  ['as', 'a', 'kid'],
  ['as', 'a', 'child'],
  ['in', 'my', 'free', 'time'],
  ['my', 'hobbies'],
];

const EN_PRIVATE_BY_FIRST = phraseIndex(EN_PRIVATE);

/** The same without its flag, to test a sentence. */
const ZH_PRIVATE = new RegExp(ZH_PRIVATE_G.source);

/** The numbers of the sentences that tell the speaker's private life. */
export function privateSentences(text: AnswerText): Set<number> {
  const { compact, clause, clauseSentence, words } = text;
  const out = new Set<number>();
  const sentenceOf = (i: number) => clauseSentence[clause[i] ?? 0] ?? 0;
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    if (i < compact.length && sentenceOf(i) === sentenceOf(start)) continue;
    const body = compact.slice(start, i);
    // The speaker acts in it when 我 is left once the markers (我妈, 我们家) are taken out.
    if (ZH_PRIVATE.test(body) && !body.replace(ZH_PRIVATE_G, '').includes('我')) {
      out.add(sentenceOf(start));
    }
    start = i;
  }
  const marked = new Set<number>();
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    if (phraseAt(EN_PRIVATE_BY_FIRST, words, w)) marked.add(sentenceOf(word.start));
  }
  for (const w of words) if (EN_SPEAKER.has(w.word)) marked.delete(sentenceOf(w.start));
  for (const s of marked) out.add(s);
  return out;
}

/** Spans that tell someone else's act, or warn of a scam: not the speaker's own (red flags only). */
import type { AnswerText } from './answer-text.js';
import {
  EN_FREE_RELATIVE,
  EN_OTHER_SUBJECT,
  EN_OTHER_VERB,
  EN_SPEAKER,
  EN_SPEAKER_TAKES_OVER,
  EN_SPEECH_VERB,
} from './others-words-en.js';

/**
 * Someone else, at the head of a clause, wanting, asking, saying or doing:
 * "客户想加我微信私下退款", "他骂我们是骗子", "买家让我留个手机号". The
 * clause, up to where the speaker takes over (就, 然后, 我会 …), tells what
 * the other did or asked for; the speaker's answer is in the next clause.
 */
const ZH_OTHER_SUBJECT =
  '(?:这时|当时|后来|有时候?|有的|要是|如果|万一|假如|很多|不少|有些|有的|(?:之前|以前|原来)?有(?:一)?[个位])?(?:老|新来的|新)?(?:客户|顾客|买家|客人|用户|对方|人家|有人|有些人|有的人|骗子|粉丝|观众|网友|主播|商家|新人|客服|同事|店家|他们|他|她)';

const ZH_OTHER_VERB =
  '(?:答应|承诺|同意|擅自|偷偷|私下|非要|非得|容易|会|想|要|让|叫|问|说|骂|喊|嚷|希望|冒充|提出|坚持|一直|求|请求|要求|留言|发来|私信|评论|质疑|吐槽|指责|威胁|催)';

const ZH_OTHERS_ACT_RE = new RegExp(`^${ZH_OTHER_SUBJECT}[^的我，]{0,5}?${ZH_OTHER_VERB}`);

/** Where the speaker's own act starts again inside such a clause. */
const ZH_SPEAKER_RESUMES = /就|然后|我会|我就|我们会|我再/g;

/** Most words in a phrase after a comma that still tells someone else's act (", off the platform entirely"). */
const TRAILING_PHRASE = 4;

export function markOthersActs(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence, words } = text;
  const resumes = new Uint8Array(compact.length);
  for (const m of compact.matchAll(ZH_SPEAKER_RESUMES)) resumes[m.index] = 1;
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    if (i < compact.length && clause[i] === clause[start]) continue;
    const m = ZH_OTHERS_ACT_RE.exec(compact.slice(start, i));
    if (m) for (let j = start; j < i && !(j >= start + m[0].length && resumes[j]); j++) mask[j] = 1;
    start = i;
  }
  // English: a subject that is someone else, then within three words what they did.
  for (let w = 0; w < words.length; w++) {
    const subject = words[w];
    if (!subject || !EN_OTHER_SUBJECT.has(subject.word)) continue;
    // "answers whatever they ask with …": their words are the object of the speaker's verb.
    if (EN_FREE_RELATIVE.has(words[w - 1]?.word ?? '')) continue;
    const id = clause[subject.start];
    let verb = -1;
    for (let k = w + 1; k <= w + 3 && k < words.length; k++) {
      const next = words[k];
      if (!next || clause[next.start] !== id || EN_SPEAKER.has(next.word)) break;
      if (EN_OTHER_VERB.has(next.word)) {
        verb = k;
        break;
      }
    }
    if (verb < 0) continue;
    // "said we were pathetic" is what they said; "asked for it and I said no" is the speaker again.
    // A short phrase after a comma goes on with their act ("ask to be refunded directly, off
    // the platform"); a longer clause has a verb of its own, likely the speaker's ("for anyone
    // who wants it cheaper, hint that they can pay by transfer"), and so does one that opens
    // with the speaker or a turn (", so I …", ", but …").
    const sentence = clauseSentence[id ?? 0];
    for (let k = verb; k < words.length; k++) {
      const inScope = words[k];
      if (!inScope) break;
      const c = clause[inScope.start] ?? 0;
      if (c !== clause[words[k - 1]?.start ?? 0] && c !== id) {
        if (clauseSentence[c] !== sentence) break;
        if (EN_SPEAKER.has(inScope.word) || EN_SPEAKER_TAKES_OVER.has(inScope.word)) break;
        let length = 0;
        while (words[k + length] && clause[words[k + length]?.start ?? 0] === c) length++;
        if (length > TRAILING_PHRASE) break;
      }
      const takesOver =
        !EN_SPEECH_VERB.has(words[verb]?.word ?? '') ||
        EN_SPEAKER_TAKES_OVER.has(words[k - 1]?.word ?? '');
      if (EN_SPEAKER.has(inScope.word) && takesOver) break;
      mask.fill(1, inScope.start, inScope.end);
    }
  }
}

/**
 * A sentence that names a scam or warns against something (诈骗, 骗局,
 * 警惕; scam, fraud, beware) describes what others do to the customer, not
 * what the speaker does: "有人冒充客服让客户加微信退款，这是典型的骗局".
 */
const ZH_SCAM_RE = /诈骗|骗局|冒充|钓鱼|警惕|谨防|当心/;

const EN_SCAM = new Set([
  'scam',
  'scams',
  'scammer',
  'scammers',
  'fraud',
  'fraudsters',
  'phishing',
  'beware',
]);

export function markScamWarnings(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence, words } = text;
  const warned = new Set<number>();
  for (const w of words)
    if (EN_SCAM.has(w.word)) warned.add(clauseSentence[clause[w.start] ?? 0] ?? 0);
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    const s = (k: number) => clauseSentence[clause[k] ?? 0] ?? 0;
    if (i < compact.length && s(i) === s(start)) continue;
    if (ZH_SCAM_RE.test(compact.slice(start, i))) warned.add(s(start));
    start = i;
  }
  if (warned.size === 0) return;
  for (let i = 0; i < compact.length; i++)
    if (warned.has(clauseSentence[clause[i] ?? 0] ?? 0)) mask[i] = 1;
}

/**
 * What the customer went through before the speaker came in, told without
 * 我: "前后联系了四次，每次换一个客服，每次都让他从头说一遍" is the earlier
 * agents' act, the case the speaker then puts right (red flags only).
 */
const ZH_EARLIER_CONTACTS_RE =
  /每次|每回|次次|前几次|之前几次|换了?[一几]?个客服|别的客服|之前的客服|前面的客服/;

export function markEarlierContacts(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence } = text;
  const sentenceAt = (k: number) => clauseSentence[clause[k] ?? 0] ?? 0;
  let start = 0;
  for (let i = 1; i <= compact.length; i++) {
    if (i < compact.length && sentenceAt(i) === sentenceAt(start)) continue;
    const body = compact.slice(start, i);
    if (!body.includes('我') && ZH_EARLIER_CONTACTS_RE.test(body)) mask.fill(1, start, i);
    start = i;
  }
}

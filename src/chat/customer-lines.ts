/**
 * What any scripted customer says when a scenario has no line of its own for
 * it: a reply that moved nothing, a slow one, giving up, a red flag. In the
 * project's own words, Chinese and English.
 */
import type { Lang } from '../lang.js';

export interface CustomerLines {
  /** The reply did nothing the customer was waiting for. */
  again: string;
  /** The reply came after the turn's limit and did nothing. */
  slow: string;
  /** Put before the customer's answer to a reply that helped but came after the limit. */
  slowPrefix: string;
  /** The customer leaves. */
  gaveUp: string;
  /** The reply crossed a red line: the customer stops trusting the shop. */
  redFlag: string;
}

const LINES: Record<Lang, CustomerLines> = {
  zh: {
    again: '你说的这些跟我的问题有什么关系？我要的是解决办法。',
    slow: '人呢？等了这么久才回，你们到底还管不管？',
    slowPrefix: '回得也太慢了。',
    gaveUp: '算了，跟你说不通，我直接去投诉。',
    redFlag: '你这样处理不对吧？我要截图投诉你。',
  },
  en: {
    again: 'How does that help me? I asked you to sort this out.',
    slow: 'Hello? I have been waiting ages. Is anyone actually dealing with this?',
    slowPrefix: 'That took a while. ',
    gaveUp: 'Forget it, this is going nowhere. I am filing a complaint.',
    redFlag: 'That is not how this should be handled. I am screenshotting this and reporting you.',
  },
};

export function customerLines(lang: Lang): CustomerLines {
  return LINES[lang];
}

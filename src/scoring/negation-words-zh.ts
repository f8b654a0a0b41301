/** The Chinese word lists of the negation scope (`negation.ts`): data, kept apart from the logic. */

/**
 * Chinese negating words, longest first. A bare 不 is left out where it
 * does not negate what follows: inside a fixed word (不仅, 不好意思, 不过,
 * 不满 …), in "X不X" questions (要不要, 是不是), and as a verb complement
 * (对不起, 解决不了, 来不及).
 */
const ZH_NEGATORS = [
  '从来不',
  '从来没',
  '绝对不',
  '而不是',
  '并没有',
  '不应该',
  '不需要',
  '不可以',
  '不打算',
  '没必要',
  '从不',
  '从没',
  '绝不',
  '决不',
  '并不',
  '并没',
  '并非',
  '不是',
  '无需',
  '无须',
  '无法',
  '不用',
  '不要',
  '不会',
  '不能',
  '不必',
  '不需',
  '不该',
  '不应',
  '不可',
  '不去',
  '不再',
  '不让',
  '不肯',
  '不准',
  '不许',
  '不予',
  '没有',
  '拒绝',
  '避免',
  '防止',
  '免得',
  '禁止',
  '严禁',
  '杜绝',
  '避开',
  // Concessions: "即使不是我们的问题" says nothing is.
  '即使',
  '就算',
  '哪怕',
  '即便',
  '不',
  '没',
  '别',
  '甭',
  '勿',
  '未',
];

/** Words starting with 不 / 没 / 未 / 别 that negate nothing beyond themselves. */
const ZH_NOT_NEGATING = [
  '不仅',
  '不但',
  '不只',
  '不光',
  '不管',
  '不论',
  '不久',
  '不同',
  '不错',
  '不少',
  '不好意思',
  '不过',
  '不断',
  '不妨',
  '不满',
  '不便',
  '不方便',
  '不然',
  '不足',
  '不安',
  '不符',
  '不一样',
  '不一致',
  '不得不',
  '不清楚',
  '不开心',
  '不高兴',
  '不耐烦',
  '不舒服',
  '不放心',
  '不愉快',
  '不合理',
  '不明白',
  '不知道',
  '不懂',
  '不小心',
  '不停',
  '不利',
  '不良',
  // 不当 is "improper", but 不当着客户的面 / 不当面 is "not in front of".
  '不当(?![着面])',
  '不幸',
  '不熟悉',
  '不确定',
  '不及时',
  '不到位',
  '没关系',
  '没问题',
  '没错',
  '没事',
  '未来',
  '未必',
  '别人',
  '别的',
  '别处',
  // 别家 is "another shop" (在别家退过几次), not "don't"; 别家长/别家里 still are.
  '别家(?![长里])',
];

/** Negating verbs: inside another negation they cancel it (不会避开“最好”这类词). */
export const NEGATING_VERBS = new Set(['避开', '避免', '拒绝', '防止', '杜绝', '禁止']);

/** Characters after which 别 is part of a word (特别, 区别, 识别 …), not "don't". */
export const BIE_WORD_BEFORE = new Set([...'特分级类个性告识区辨鉴派差']);

/** After a verb, 不 + one of these is a complement (对不起, 解决不了, 来不及), not a negation. */
export const COMPLEMENT_AFTER_BU = new Set([...'起了到住动完出开下上清见懂及得定']);

/** Words that end a negation's scope early: the sentence turns. */
const ZH_BREAKERS = [
  '而是',
  '但是',
  '可是',
  '只是',
  '不过',
  '然后',
  '而且',
  '并且',
  '同时',
  '反而',
  '所以',
  '因此',
  '之后',
  '以后',
  '但',
  '而',
  '就',
  '才',
  '却',
  '也',
];

/**
 * Negators that refuse a whole act ("不会一上来就说改好了" refuses saying it), as
 * against those that waive a step ("不用核实就退款" still refunds): after these, a
 * 就 that follows only an adverb of haste or a skipped step does not end the scope.
 */
export const ZH_REFUSING_NEGATORS = new Set([
  '绝对不',
  '从来不',
  '不应该',
  '不可以',
  '从不',
  '绝不',
  '决不',
  '不要',
  '不会',
  '不能',
  '不该',
  '不应',
  '不可',
  '不准',
  '不许',
  '别',
  '避免',
  '防止',
  '禁止',
  '严禁',
  '杜绝',
]);

/**
 * What may stand between a refusing negator and 就 with the act still refused:
 * haste (一上来, 直接, 马上 …), "as soon as" (一收到投诉就), or a skipped step
 * (没查就, 不核实就), after the modal a negator may leave out (绝不 + 会马上).
 * "不要等客户催就主动联系" has none of these: 就 turns it.
 */
export const ZH_HASTE_BEFORE_JIU_RE =
  /^(?:会|能|要|可以|应该)?(?:一上来|上来|一开口|张口|开口|直接|马上|立刻|立马|随便|轻易|动不动|先|一|没|未|不)/;

/** Words that negate what comes before them in their clause. */
export const ZH_POST_NEGATORS = [
  '不必了',
  '就不必',
  '没必要',
  '没有用',
  '没用',
  '不需要',
  '就免了',
  '是不对的',
  '是错的',
  '是错误的',
  '不可取',
  '是大忌',
  '要避免',
  '不应该',
  '不了',
  // Naming a violation is not committing it: "全网最低这种词不能说", "站外交易是违规的".
  '这种词',
  '这类词',
  '这种话',
  '这类话',
  '之类的话',
  '违禁',
  '违规',
  '违反',
  '极限词',
  '禁用',
  '不能说',
  '不能用',
  '不允许',
  '被禁止',
  '是禁止的',
  // A red line is named, not crossed: "客户隐私、站外交易这些一点都不能碰".
  '不能碰',
  '碰不得',
  // What may not be passed on: "别人的信息我们不能透露".
  '不能透露',
  '不会透露',
  '不可以透露',
  '不能泄露',
  '不能外泄',
  '不能告诉',
  '不能给他',
  '红线',
  // A list put first, then denied: "售后政策我也不确认", "清关这些我不会去学".
  '这些我不',
  '这些我也不',
  '这些都不',
  '这些也不',
  '我也不',
  '我都不',
  '我也没',
];

/** Clause openings that give examples of what the clause before said: they share its polarity. */
const ZH_EXAMPLE_OPENERS = ['比如', '例如', '譬如', '诸如', '像是', '包括', '像'];

export const ZH_NEGATOR_RE = new RegExp(ZH_NEGATORS.join('|'), 'g');

export const ZH_EXAMPLE_RE = new RegExp(`^(?:${ZH_EXAMPLE_OPENERS.join('|')})`);

export const ZH_BREAKER_RE = new RegExp(ZH_BREAKERS.join('|'), 'g');

export const ZH_CONJUNCTION_RE = /或者|以及|还是|或|和|及|与/g;

export const ZH_POST_RE = new RegExp(ZH_POST_NEGATORS.join('|'), 'g');

export const NOT_NEGATING_RE = new RegExp(ZH_NOT_NEGATING.join('|'), 'g');

export const ZH_CONCESSIONS = new Set(['即使', '就算', '哪怕', '即便']);

/**
 * A concession that says what is so about a thing's existence or state (哪怕后台其实还有几千
 * 件, 即使实际上还没发): the fact admitted, neither a hypothesis nor a negation. Not one that
 * grants a situation and goes on to refuse an act (哪怕其实客户口音太重，我也不会抱怨; 即使明明
 * 是客户填错了，我也不会说是他的错): those keep the concession's scope. Tested on the text from
 * the concession on, at most FACT_CONCEDED_REACH characters of its clause.
 */
export const ZH_FACT_CONCEDED_RE =
  /^(?:即使|就算|哪怕|即便).{0,4}?(?:其实|实际上|事实上)(?:还有|还没|没有|并没|并不|根本|都还|仍然|还在|库存)/;

export const FACT_CONCEDED_REACH = 16;

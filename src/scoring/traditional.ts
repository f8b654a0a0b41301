/**
 * Traditional → simplified, for the characters that matter to matching:
 * every character of the shipped bank's keywords and key points that has a
 * traditional form (found by scanning the bank), plus the everyday words of
 * customer service (訂單號, 退貨, 賠償, 聯繫, 諮詢, 時區, 節假日 …).
 * Written by hand as pairs "繁简", sorted by the simplified character.
 * One-to-one and length-preserving, so offsets in the text stay valid.
 * A few simplified variants are folded too (帐 → 账, as in 到帐 / 到账).
 */
const PAIRS =
  '諮咨萬万與与醜丑專专業业東东兩两嚴严個个豐丰為为爲为麗丽舉举麼么義义樂乐習习鄉乡書书買买瞭了爭争於于' +
  '虧亏亞亚產产親亲億亿僅仅從从倉仓們们價价衆众優优會会傳传傷伤體体餘余傾倾償偿儲储兌兑黨党關关興兴' +
  '養养內内寫写軍军衝冲決决況况淨净減减幾几鳳凤憑凭齣出擊击則则別别劇剧辦办務务動动勵励勞劳勢势區区' +
  '醫医華华協协單单賣卖佔占衛卫廠厂廳厅曆历歷历壓压縣县雙双發发髮发變变敘叙祇只衹只隻只檯台臺台颱台' +
  '葉叶號号嘆叹後后嚮向嗎吗聽听啓启啟启員员週周詠咏響响餵喂迴回團团園园圍围國国圖图圓圆聖圣場场壞坏' +
  '塊块牆墙聲声處处備备復复複复夠够頭头誇夸獎奖學学寶宝實实賓宾對对尋寻導导壽寿將将儘尽盡尽層层屬属' +
  '歲岁崗岗幣币簾帘帶带幫帮乾干幹干並并併并廣广莊庄庫库應应廢废開开異异棄弃張张彎弯彈弹強强歸归當当' +
  '錄录徵征徑径禦御誌志懷怀態态總总戀恋惡恶懸悬驚惊願愿懶懒戲戏戰战戶户託托擴扩掃扫擾扰摺折撫抚搶抢' +
  '護护報报擔担擬拟擁拥攔拦撥拨擇择掛挂損损換换據据攜携斂敛數数鬥斗斷断無无時时暱昵顯显暫暂術术機机' +
  '殺杀雜杂權权條条來来鬆松闆板極极構构梘枧槍枪櫃柜標标欄栏樣样檔档橋桥檢检樓楼櫻樱歡欢歐欧殘残毀毁' +
  '畢毕氣气匯汇彙汇溝沟沒没澤泽潔洁測测濟济瀏浏湧涌漲涨澱淀漁渔灣湾滯滞滿满濾滤潛潜燈灯靈灵燦灿爐炉' +
  '點点煉炼鍊炼爛烂煙烟燒烧熱热狀状獨独獄狱豬猪貓猫獻献環环現现瑣琐電电畫画療疗瘋疯鹽盐監监蓋盖盜盗' +
  '盤盘著着睜睁瞞瞒碼码礎础確确礙碍禮礼禍祸祿禄離离種种積积稱称稅税穩稳窮穷竊窃竄窜窩窝競竞筍笋筆笔' +
  '築筑簽签籤签簡简籃篮類类糧粮係系繫系緊紧糾纠紅红纖纤約约級级紀纪純纯紗纱綱纲納纳縱纵紛纷紋纹紐纽' +
  '綫线線线練练組组細细織织終终紹绍經经綁绑結结繞绕給给絡络絕绝統统繼继績绩緒绪續续綿绵綠绿緩缓編编' +
  '縫缝縮缩繳缴網网羅罗罰罚罷罢羣群翹翘聳耸職职聯联膽胆朧胧髒脏腦脑脫脱臉脸膩腻騰腾緻致捨舍艦舰藝艺' +
  '節节蘇苏蘋苹範范薦荐盪荡蕩荡榮荣藥药獲获營营蔥葱慮虑虛虚雖虽蝦虾蠻蛮補补錶表襪袜裝装褲裤見见觀观' +
  '規规覓觅視视覽览覺觉觸触計计訂订認认讓让訓训議议訊讯記记講讲訝讶許许論论諷讽設设訪访訣诀證证評评' +
  '詛诅識识詐诈訴诉詞词譯译試试誠诚話话誕诞詢询該该詳详語语誤误誘诱說说説说請请諾诺讀读課课誰谁調调' +
  '諒谅談谈謀谋謊谎謎谜謝谢謠谣譜谱貝贝負负責责帐账帳账賬账貨货質质貶贬購购貼贴貴贵貿贸費费賀贺賄贿' +
  '贓赃資资賦赋賭赌賞赏賠赔賴赖賺赚讚赞贊赞贈赠贏赢趙赵趕赶趨趋躉趸蹤踪車车軌轨轉转輪轮軟软軸轴輕轻' +
  '載载較较輔辅輛辆輯辑輸输辭辞邊边達达過过運运還还這这進进遠远違违連连遲迟跡迹蹟迹適适選选遜逊遞递' +
  '邏逻遺遗郵邮鄰邻採采釋释裏里裡里鑑鉴鑒鉴針针釘钉鈔钞鍾钟鐘钟鑰钥鈕钮錢钱鐵铁鈴铃鉛铅銅铜銀银鋪铺' +
  '鏈链銷销鎖锁鍋锅鏽锈鋒锋銳锐錯错錦锦鍵键鍛锻鎮镇鎊镑鏡镜長长門门閃闪閉闭問问闖闯閑闲閒闲間间鬧闹' +
  '聞闻閣阁閱阅闡阐闊阔隊队陽阳陣阵階阶際际陸陆陳陈陝陕險险隨随隱隐雋隽難难霧雾靜静麵面韓韩頁页頂顶' +
  '項项順顺須须鬚须顧顾頓顿預预領领頻频顆颗題题額额顛颠顫颤風风飛飞飢饥飯饭飲饮飽饱餅饼餓饿館馆饋馈' +
  '饞馋馬马馳驰驅驱駁驳駕驾罵骂驕骄驗验騎骑騙骗騷骚髏髅魚鱼鮮鲜鯨鲸鳥鸟雞鸡鴻鸿鵝鹅麥麦黃黄齊齐齒齿' +
  '齡龄龍龙';

/**
 * Regional words (after the character mapping) that mean a bank keyword:
 * a Taiwan or Hong Kong user writes 資訊 / 影片 / 品質 where the bank says
 * 信息 / 视频 / 质量. Same length on both sides, so offsets stay valid.
 */
const WORDS: [string, string][] = [
  ['资讯', '信息'],
  ['讯息', '信息'],
  ['影片', '视频'],
  ['品质', '质量'],
  ['联络', '联系'],
  ['网路', '网络'],
  ['回覆', '回复'],
  ['答覆', '答复'],
  ['私讯', '私信'],
  ['客诉', '投诉'],
  ['甚么', '什么'],
];

const TABLE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i];
    const to = chars[i + 1];
    if (from !== undefined && to !== undefined) map.set(from, to);
  }
  return map;
})();

const WORD_PATTERN = new RegExp(WORDS.map(([from]) => from).join('|'), 'g');
const WORD_MAP = new Map(WORDS);
/** Table by UTF-16 code, for the scan; every entry is in the BMP. */
const BY_CODE = new Map<number, string>([...TABLE].map(([from, to]) => [from.charCodeAt(0), to]));
const FIRST_HAN = 0x3400;

/** The traditional characters the table knows, with their simplified form. */
export function traditionalTable(): ReadonlyMap<string, string> {
  return TABLE;
}

/**
 * Rewrites traditional characters and regional words as simplified ones.
 * Leaves everything else alone, and never changes the length of the text.
 */
export function toSimplified(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_HAN) continue;
    const to = BY_CODE.get(code);
    if (to === undefined) continue;
    out += text.slice(from, i) + to;
    from = i + 1;
  }
  out = from === 0 ? text : out + text.slice(from);
  WORD_PATTERN.lastIndex = 0;
  return WORD_PATTERN.test(out) ? out.replace(WORD_PATTERN, (w) => WORD_MAP.get(w) ?? w) : out;
}

/**
 * The YAML parser's syntax errors in Chinese (pure). yaml (the library) writes its messages
 * in English; the Chinese interface says what is wrong and what was expected in Chinese,
 * by the message's form where it says more than its code, else by the code.
 */

import { neutralizeInline } from '../neutralize.js';

/** yaml's names of flow collections; capitalised when they begin its message. */
const FLOW: Record<string, string> = {
  'flow map': '花括号映射 { }',
  'flow sequence': '方括号列表 [ ]',
};
const flow = (name: string | undefined) => FLOW[name?.toLowerCase() ?? ''] ?? '括号集合';

/** By the message's form: [pattern, Chinese text from its groups]. First match wins. */
const BY_MESSAGE: readonly [RegExp, (g: string[]) => string][] = [
  [/^Missing closing "quote/, () => '双引号没有闭合：这里缺少配对的 "'],
  [/^Missing closing 'quote/, () => "单引号没有闭合：这里缺少配对的 '"],
  [/^Missing , between (.+) items/, (g) => `${flow(g[1])}的各项之间缺少逗号 ,`],
  [/^Missing , or : between (.+) items/, (g) => `${flow(g[1])}的各项之间缺少 , 或 :`],
  [/^Missing space after : in (.+)/, (g) => `${flow(g[1])}里的 : 后面缺少空格`],
  [
    /^(Flow \w+) in block collection must be sufficiently indented and end with a (.)/,
    (g) => `${flow(g[1])}缩进不够，或缺少结尾的 ${g[2]}`,
  ],
  [/^(Flow \w+) must end with a (.)/, (g) => `${flow(g[1])}缺少结尾的 ${g[2]}`],
  [/^Implicit map keys need to be followed by map values/, () => '键后面应有 : 和值'],
  [
    /^A block sequence may not be used as an implicit map key/,
    () => '列表不能用作键（缩进不对？）',
  ],
  [/^Sequence item without - indicator/, () => '列表项应以 - 开头'],
  [/^All (sequence|mapping) items must start at the same column/, () => SAME_COLUMN],
  [/^Comments must be separated from other tokens by white space/, () => '注释的 # 前面应有空格'],
  [/^Tags and anchors must be separated from the next token/, () => '标签或锚点后面应有空格'],
  [/^Missing directives-end/, () => '缺少文档开始的 --- 一行'],
  [
    /^Block collection cannot start on same line with directives-end/,
    () => '--- 所在的行不能开始映射或列表，请换行',
  ],
  [/^Block scalar header includes extra characters/, () => '| 或 > 后面有多余的字符'],
  [/^Block scalar/, () => '| 或 > 之后的多行文本缩进不对'],
  [
    /^Invalid escape sequence (.*)/,
    (g) => `双引号里的转义 ${g[1]} 无效（要写反斜杠本身请用 \\\\，或改用单引号）`,
  ],
  [
    /^Plain value cannot start with (.*)/,
    (g) => `不加引号的值不能以 ${g[1]} 开头：请给这个值加上引号`,
  ],
];

const SAME_COLUMN = '同一层的各项必须从同一列开始（检查缩进）';

/** By the error's code, when its message says nothing more. */
const BY_CODE: Record<string, string> = {
  BAD_INDENT: '缩进不对（同一层的各项要对齐，下一层要多缩进）',
  MULTILINE_IMPLICIT_KEY:
    '键必须写在一行内（多半是上一行的缩进不对，或值里的 ": " 需要给值加引号）',
  BLOCK_AS_IMPLICIT_KEY: '一行里不能再写一层映射（值里含有 ": " 时请给值加引号）',
  UNEXPECTED_TOKEN: '这里出现了不该有的符号（检查括号、引号和缩进）',
  MISSING_CHAR: '这里缺少一个符号（引号、括号、: 或 -）',
  BAD_SCALAR_START: '这个值需要加引号',
  BAD_DQ_ESCAPE: '双引号里有无效的转义',
  BAD_ALIAS: '锚点或别名的名字有误',
  ALIAS_PROPS: '别名不能再带锚点或标签',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点 &',
  MULTIPLE_TAGS: '一个值只能有一个标签 !',
  BAD_PROP_ORDER: '锚点和标签要写在 - 或 : 之后',
  BLOCK_IN_FLOW: '括号 [ ] { } 里不能换行写缩进的列表或映射',
  KEY_OVER_1024_CHARS: '键超过 1024 个字符',
  NON_STRING_KEY: '键必须是文本',
  BAD_DIRECTIVE: '% 开头的指令有误',
};

/** yaml's error `code` and English `message` said in Chinese; neutralised (it may quote the file). */
export function yamlErrorZh(code: string, message: string): string {
  for (const [pattern, say] of BY_MESSAGE) {
    const match = pattern.exec(message);
    if (match) return neutralizeInline(say([...match]));
  }
  return BY_CODE[code] ?? '这里的 YAML 无法解析';
}

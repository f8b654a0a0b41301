/** The `chat` command's help texts: kept apart from `chat-text.ts` so `--help` loads only these lines. */
export const chatCommandText = {
  zh: {
    argName: '场景',
    description: '在线客服对话模拟：脚本扮演的客户发消息，你来回复，结束后看报告和参考对话',
    arg: '场景：序号、编号或标题（省略时选最该练的一个）',
  },
  en: {
    argName: 'scenario',
    description:
      'customer chat simulation: a scripted customer writes, you reply; then a report and a reference conversation',
    arg: 'scenario: its number, id or title (left out: the one most worth practising)',
  },
} as const;

/**
 * The starter bank `init` writes: two small sections that use every field
 * of a section file, in Chinese or English. It must load, pass `validate`
 * without a warning and drill like any bank; the tests hold it to that.
 */

import type { Lang } from '../lang.js';

/** The file the section files point editors to, copied next to them. */
export const SCHEMA_FILE = 'section.schema.json';

/** The first line of every section file: tells yaml-language-server which schema to use. */
export const SCHEMA_COMMENT = `# yaml-language-server: $schema=./${SCHEMA_FILE}`;

/** One file of the starter bank: its name in the bank folder and its text. */
export interface TemplateFile {
  name: string;
  text: string;
}

/** The section files of the starter bank, in the given language. */
export function starterSections(lang: Lang): TemplateFile[] {
  const files = lang === 'zh' ? zh : en;
  return files.map((f) => ({ name: f.name, text: `${SCHEMA_COMMENT}\n${f.text}` }));
}

const zh: TemplateFile[] = [
  {
    name: '1-basics.yaml',
    text: `# 一个文件是题库的一个部分。字段说明见 section.schema.json（编辑器会自动提示）。
id: basics # 部分编号，在题库中唯一
order: 1 # 顺序：drill 1 练的就是这一部分
title: 基础问题
description: 自我介绍与求职动机 # 可选
translations: # 其他语言的标题和说明（可选）：--lang en 时显示
  en:
    title: The basics
    description: Introducing yourself and why you want the job
points: 5 # 每题默认分值
time_limit: 120 # 每题默认限时（秒）
questions:
  - id: basics-1 # 题目编号，在整个题库中唯一
    prompt: 请简单介绍一下你自己。
    # 答案和解析可以写多行：| 之后缩进的每一行都保留
    answer: |
      您好，我叫小李，做过两年电商客服，每天接待一百多位顾客，满意度一直保持在百分之九十五以上。
      我比较擅长倾听，能很快抓住客户真正的诉求；遇到情绪激动的客户，我会先安抚，再一起找解决办法。
      我希望在更大的平台上继续成长，一两年内成为能处理复杂纠纷的骨干。
    analysis: |
      按“经历—能力—目标”来讲，每一部分配一个数字或一个小例子，比堆形容词更有说服力。
      常见错误：照着简历念；只说“性格开朗、有耐心”；讲得太长，超过限时。
    key_points: # 评分要点：回答里出现某个要点的任一关键词，就算答到了这一点
      - point: 用数据说明经验
        keywords: [两年, 一百多, 满意度, 百分之] # 多写几个同义词，换种说法也能算到
      - point: 突出沟通能力
        keywords: [倾听, 诉求, 安抚, 耐心]
      - point: 说明职业目标
        keywords: [成长, 骨干, 目标, 规划]

  - id: basics-2
    prompt: 你为什么想做客服工作？
    points: 10 # 这道题自己的分值，代替部分的默认值
    time_limit: 90 # 这道题自己的限时（秒）
    answer: |
      一是我喜欢和人打交道，帮客户把问题解决掉，会让我很有成就感。
      二是客服离用户最近，能第一时间听到真实的反馈，我可以把这些反馈整理给产品和运营，推动改进。
      三是这份工作能锻炼沟通、抗压和解决问题的能力，对我以后的发展很有帮助。
    analysis: |
      面试官想知道你的动机是否稳定、是否适合这个岗位。
      把动机和岗位的特点联系起来，不要只说“工作稳定、离家近”。
    key_points:
      - point: 有服务意识
        keywords: [成就感, 打交道, 乐于助人]
      - point: 重视用户反馈
        keywords: [反馈, 推动改进, 产品]
      - point: 看到个人发展
        keywords: [锻炼, 抗压, 发展]
    translations: # 这道题的其他语言版本（可选）：--lang en 时用它出题和评分
      en:
        prompt: Why would you like to do this kind of work?
        answer: |
          First, I enjoy dealing with people, and solving a customer's problem gives me a real sense of achievement.
          Second, support is closest to the users: we hear their feedback first, and I can pass it on to the product team so that things improve.
          Third, the job trains communication, patience under pressure and problem solving, which will help me develop.
        analysis: |
          The interviewer wants to know whether your motivation is lasting and fits the role.
          Tie your reasons to what the role involves; "it is stable and close to home" is not enough.
        key_points: # 可选；写了就要和原题一样多、顺序相同
          - point: Enjoys serving people
            keywords: [achievement, enjoy, dealing with people]
          - point: Values user feedback
            keywords: [feedback, product team, improve]
          - point: Sees room to develop
            keywords: [trains, pressure, develop]
`,
  },
  {
    name: '2-scenarios.yaml',
    text: `id: scenarios
order: 2
title: 情景处理
points: 10
time_limit: 150
questions:
  - id: scenarios-1
    prompt: 一位顾客说快递三天没动了，非常生气，你会怎么处理？
    answer: |
      我会先道歉，并表示理解他着急的心情，让他知道我在认真处理。
      然后请他提供订单号，马上查询物流轨迹，必要时联系快递公司核实包裹在哪里。
      查清以后给他一个明确的答复和时间，比如今天下午五点前回电；如果确实丢件，就按规则补发或退款。
      最后我会在 CRM 里记录这张工单，到时间主动回访，确认问题真的解决了。
    analysis: |
      先处理情绪，再处理事情：道歉和共情在前，查询和方案在后。
      给出的承诺要具体（时间、方式），并且说到做到；主动跟进是加分项。
    key_points:
      - point: 先道歉、共情
        keywords: [道歉, 抱歉, 理解, 着急]
      - point: 核实订单和物流
        keywords: [订单号, 物流轨迹, 查询, 核实]
      - point: 给出明确方案和时间
        keywords: [明确, 补发, 退款, 答复]
      - point: 记录并跟进
        keywords: [CRM, 回访, 工单, 跟进] # 英文关键词按整词匹配：CRM 不会匹配 CRMS
`,
  },
];

const en: TemplateFile[] = [
  {
    name: '1-basics.yaml',
    text: `# One file is one section of the bank. The fields are described in section.schema.json (editors show it).
id: basics # section id, unique in the bank
order: 1 # position: \`drill 1\` drills this section
title: The basics
description: Introducing yourself and why you want the job # optional
translations: # the title and description in other languages (optional): shown with --lang zh
  zh:
    title: 基础问题
    description: 自我介绍与求职动机
points: 5 # default points of each question
time_limit: 120 # default seconds per question
questions:
  - id: basics-1 # question id, unique in the whole bank
    prompt: Please tell us a little about yourself.
    # Answers and analyses may run over several lines: every indented line after | is kept
    answer: |
      Hello, I'm Li. I worked in e-commerce support for two years, handled over a hundred customers a day, and kept my satisfaction score above 95 percent.
      I am a good listener and quickly find out what a customer really needs; with an upset customer I calm things down first, then we look for a solution together.
      Now I would like to grow on a bigger platform and, within a year or two, become someone the team trusts with difficult disputes.
    analysis: |
      Go through experience, skills and goals, and back each with a number or a short example; that convinces more than adjectives.
      Common mistakes: reading out your CV; only saying you are "patient and outgoing"; running over the time limit.
    key_points: # an answer covers a point when it uses any of the point's keywords
      - point: Experience shown with numbers
        keywords: [two years, hundred, satisfaction, percent] # several synonyms, so other wordings count too
      - point: Communication skills
        keywords: [listener, listen, calm, upset]
      - point: Career goals
        keywords: [grow, trusts, goal, career]

  - id: basics-2
    prompt: Why would you like to do this kind of work?
    points: 10 # this question's own points, instead of the section's
    time_limit: 90 # this question's own seconds
    answer: |
      First, I enjoy dealing with people, and solving a customer's problem gives me a real sense of achievement.
      Second, support is closest to the users: we hear their feedback first, and I can pass it on to the product team so that things improve.
      Third, the job trains communication, patience under pressure and problem solving, which will help me develop.
    analysis: |
      The interviewer wants to know whether your motivation is lasting and fits the role.
      Tie your reasons to what the role involves; "it is stable and close to home" is not enough.
    key_points:
      - point: Enjoys serving people
        keywords: [achievement, enjoy, dealing with people]
      - point: Values user feedback
        keywords: [feedback, product team, improve]
      - point: Sees room to develop
        keywords: [trains, pressure, develop]
    translations: # this question in other languages (optional): used to ask and score with --lang zh
      zh:
        prompt: 你为什么想做客服工作？
        answer: |
          一是我喜欢和人打交道，帮客户把问题解决掉，会让我很有成就感。
          二是客服离用户最近，能第一时间听到真实的反馈，我可以把这些反馈整理给产品和运营，推动改进。
          三是这份工作能锻炼沟通、抗压和解决问题的能力，对我以后的发展很有帮助。
        analysis: |
          面试官想知道你的动机是否稳定、是否适合这个岗位。
          把动机和岗位的特点联系起来，不要只说“工作稳定、离家近”。
        key_points: # optional; when given, as many as the question has, in the same order
          - point: 有服务意识
            keywords: [成就感, 打交道, 乐于助人]
          - point: 重视用户反馈
            keywords: [反馈, 推动改进, 产品]
          - point: 看到个人发展
            keywords: [锻炼, 抗压, 发展]
`,
  },
  {
    name: '2-scenarios.yaml',
    text: `id: scenarios
order: 2
title: Handling situations
points: 10
time_limit: 150
questions:
  - id: scenarios-1
    prompt: A customer is angry that their parcel has not moved for three days. What do you do?
    answer: |
      I would first apologise and say I understand why they are worried, so they know I am taking it seriously.
      Then I would ask for the order number, look up the tracking straight away and, if needed, check with the courier where the package is.
      Once I know, I give a clear answer with a time, for example a call back before five this afternoon; if it is really lost, I arrange a replacement or a refund under our rules.
      Finally I log the case in the CRM and call back at the agreed time to make sure it is really solved.
    analysis: |
      Deal with the feelings first, then with the facts: apology and empathy before tracking and solutions.
      Promise something specific (a time, a channel) and keep the promise; following up unasked earns extra credit.
    key_points:
      - point: Apologise and empathise
        keywords: [apologise, sorry, understand]
      - point: Check the order and tracking
        keywords: [order number, tracking, courier]
      - point: A clear solution with a time
        keywords: [clear answer, replacement, refund]
      - point: Log the case and follow up
        keywords: [CRM, call back, follow up] # Latin keywords match whole words: CRM does not match CRMS
`,
  },
];

/** The interface's strings in English (see i18n.ts). */

import { groupDigits } from '../group-digits.js';
import { MAX_ANSWER_CHARS } from '../limits.js';
import type { SessionCommand } from '../store/record.js';
import type { Messages } from './i18n.js';

/** What each kind of run is called, in the lines about continuing one. */
const RUN_EN: Record<SessionCommand, string> = {
  practice: 'mock interview',
  drill: 'drill',
  review: 'review',
};

export const en: Messages = {
  questionHeader: (n, total, section) => `Question ${n}/${total} · ${section}`,
  pointsUnit: (p) => `${p} pt${p === '1' ? '' : 's'}`,
  limit: (t) => `limit ${t}`,
  noLimit: 'no time limit',
  remaining: (clock) => `${clock} left`,
  timeUp: 'Time is up',
  answerHelp:
    'Enter: new line · Enter on an empty line or Ctrl+D: submit · arrows: move · Ctrl+Z: undo · Ctrl+G: all keys',
  answerFullHelp: [
    'Enter: split the line · Enter on an empty line or Ctrl+D anywhere: submit · Alt+Enter: blank line',
    'Up/Down: by screen row · PageUp/PageDown: a screenful · Home/End or Ctrl+A/E: line start/end · Ctrl+Left/Right or Alt+B/F: by word',
    'Backspace/Delete: one character (at a line start, join the line above) · Ctrl+W / Alt+D: delete a word · Ctrl+U/K: to line start/end',
    'Ctrl+Z or Ctrl+_: undo · a paste goes in whole and never submits, blank lines too (a terminal without bracketed paste submits on a blank line at the end of a paste)',
    'Ctrl+C: stop the interview · Ctrl+G: hide this help',
  ].join('\n'),
  answerHiddenRows: (above, below) =>
    [above > 0 ? `${above} rows above` : '', below > 0 ? `${below} below` : '']
      .filter(Boolean)
      .join(' · '),
  answerEmpty: 'Nothing typed yet: write your answer, then press Enter on an empty line',
  answerFull: `An answer holds at most ${groupDigits(MAX_ANSWER_CHARS)} characters: the rest was not added`,
  badAmbiguous: (value) =>
    `CS_INTERVIEW_AMBIGUOUS must be wide (“ ” … take two columns) or narrow (one column), not ${value}`,
  continueHint: 'Press Enter to continue',
  practiceIntro: (sections, questions, points, minutes) =>
    `Mock interview: ${sections} sections, ${questions} questions, ${points} points${minutes === null ? ', untimed' : `, about ${minutes} minutes of time limits in all`}. After each answer you see the reference answer, the analysis and key-point feedback.`,
  startHint: 'Press Enter when ready (Ctrl+C to leave)',
  selfRate: (max, auto) => `Your own score? (0–${max}; Enter keeps the automatic ${auto})`,
  selfRateInvalid: (max) =>
    `Enter a score from 0 to ${max} (one decimal at most), or just press Enter`,
  oralMessage: 'Answer aloud',
  oralHelp: 'Say your answer out loud, then press Enter · Ctrl+C: stop',
  tickPrompt: 'Tick the key points you said',
  tickHelp: 'Space: tick · a: all · Enter: confirm',
  scoresBoth: (auto, self) =>
    `automatic ${auto} · ${self} self-rated (a self-rating counts over the automatic score)`,
  selfScoreLabel: (self) => `self ${self}`,
  yourAnswer: 'Your answer',
  noAnswer: '(no answer)',
  referenceAnswer: 'Reference answer',
  analysis: 'Analysis',
  keyPoints: 'Key points',
  insights: 'Insights',
  score: 'Score',
  timeUsed: (used, limit) => `time ${used} / ${limit}`,
  timeUsedNoLimit: (used) => `time ${used}`,
  timedOutMark: '(time ran out; submitted automatically)',
  summaryTitle: 'Interview summary',
  summaryInterrupted: 'Interview interrupted: summary of the questions answered so far',
  section: 'Section',
  time: 'Time',
  total: 'Total',
  answered: (n, total) => `${n}/${total} answered`,
  mostMissed: 'Key points missed most',
  noneMissed: 'No key point missed. Well done!',
  nothingAnswered: 'No question was answered yet.',
  questions: 'questions',
  questionCount: (n) => `${n} question${n === 1 ? '' : 's'}`,
  secondsUnit: 's',
  needTerminal: (cmd) =>
    `"${cmd}" needs an interactive terminal (both standard input and output must be a terminal).\nTo practise without one: "cs-interview grade --template > answers.yaml", fill it in, then "cs-interview grade answers.yaml"; "cs-interview answers" prints the answer key.`,
  unknownSection: (arg, choices) => `No section "${arg}". Choose one of:${choices}`,
  badNumber: (flag, value) => `${flag} takes a positive whole number, got "${value}"`,
  badRetention: (value) => `--retention takes a number between 0 and 1 (e.g. 0.9), got "${value}"`,
  badFormat: (value) => `--format must be text, markdown, json or html, got "${value}"`,
  badLang: (value) => `--lang must be zh or en, got "${value}"`,
  noBankOption: (command) => `${command} names its bank as an argument; --bank is not for it`,
  badGradeFormat: (value) => `grade --format must be text, json, jsonl or csv, got "${value}"`,
  gradeJsonAndFormat: '--json means --format json; it cannot go with another --format',
  gradeJsonOneFile:
    '--json is for one file; for several use --format jsonl (a line per file) or --format csv',
  selfScoreTooHigh: (id, value, points) =>
    `self_score of "${id}" is ${value}, more than the question's ${points} points`,
  selfScoreCounts: (self, auto) => `Self score ${self} (counts; automatic ${auto})`,
  gradeNeedsFile:
    '"grade" needs an answers file (or - for standard input); "cs-interview grade --template" writes one to fill in.',
  noAnswersInFile:
    'The answers file holds no answer. "cs-interview grade --template" writes one to fill in.',
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  answersFileTooLarge: (file, limitMb) =>
    `${file} is over the ${limitMb} MB limit of an answers file; reading stopped there. Is it the right file?`,
  templateHeader:
    '# cs-interview answers file: write your answer after each question id, then run "cs-interview grade THIS-FILE".\n# For a multi-line answer start with | and indent the lines below. Questions left empty are not graded.\n# To add your own score: question-id: { answer: your answer, self_score: 7 }',
  cwdGone:
    'The current folder no longer exists (deleted or moved?). cd to a folder that exists and run again.',
  bugHeader:
    'Unexpected error. This is a bug in cs-interview; please report it with the details below:',
  interruptedShort: 'Interrupted.',
  historyAt: (path, n) => `History: ${path} (${n} answers)`,
  historyBadId: (id, min) =>
    `"${id}" is no answer id: ids are the hex digits in the second column of "cs-interview history" (${min} at least)`,
  historyNoId: (id) => `No answer with the id "${id}"; "cs-interview history" lists them`,
  historyAmbiguousId: (id, ids) =>
    `The id "${id}" starts more than one answer (${ids}); type more of it`,
  historyHeader: ['When', 'Id', 'Question', 'Score', 'Self', 'Mode', 'Time'],
  historyTimedOut: 'timed out',
  historyTyped: 'typed',
  historyOral: 'oral',
  historyQuiz: 'quiz',
  historyOralNoText: '(answered aloud: no text; below are the points ticked then)',
  historyQuestionGone:
    'This question is no longer in the bank: only the score and key points recorded then are shown.',
  historyShowHint: 'One answer with its reference answer and feedback:',
  historyShowCommand: 'cs-interview history show ID',
  clearNeedsYes: '"history clear" asks for confirmation in a terminal; without one, add --yes.',
  clearConfirm: (path) => `Delete all your history (${path})? This cannot be undone`,
  clearKept: 'Nothing deleted; your history is still there.',
  clearNothing: (path) => `There is no history to delete (${path} does not exist or is empty).`,
  confirmHintNo: '(y/N)',
  confirmHintYes: '(Y/n)',
  confirmInvalid: 'Type y (yes) or n (no)',
  cleared: (path) => `Deleted the history at ${path}.`,
  nothingDue: (when) => `Nothing is due for review now. The next question is due ${when}.`,
  nothingDueEver: 'Nothing to review now.',
  newCapReached: (n) =>
    `${n === 1 ? "Today's new question was" : `Today's ${n} new questions were`} brought in already (at most ${n} a day; --new changes it); more tomorrow.`,
  weakestOffer: (n) => `Meanwhile, practise your ${n} weakest question${n === 1 ? '' : 's'}:`,
  weakestOfferAsk: 'Start them now?',
  drillNeedsSection:
    '"drill" needs a section (1–5, 一二三四五, id or title), or --weakest N for your N weakest questions.',
  noWeakest:
    'No answers in your history yet, so no weakest questions. Start with a mock interview: "cs-interview practice".',
  drillingWeakest: (n) =>
    `Drilling your ${n} weakest question${n === 1 ? '' : 's'} by history, weakest first.`,
  resumeHint: 'To go on from here later:',
  resumeHintDraft: 'The answer you were typing is kept as a draft. To go on from it later:',
  noSpeechTool: (platform) =>
    platform === 'darwin'
      ? "--speak needs macOS's say command, which is not on PATH."
      : '--speak needs the speech tool espeak-ng, which is not installed. On Debian/Ubuntu: "sudo apt install espeak-ng", then try again, or leave out --speak.',
  speechFailed: (problem) =>
    `Reading the question aloud failed (${problem}); the questions are still shown on screen.`,
  nothingToResume: (command) =>
    `There is no unfinished ${RUN_EN[command]} to resume. "cs-interview ${command}" starts a new one.`,
  resuming: (command, done, total) =>
    `Resuming the unfinished ${RUN_EN[command]}: ${done}/${total} answered.`,
  unfinishedNote: (done, total) =>
    `Note: your last mock interview is unfinished (${done}/${total} answered); "cs-interview practice --resume" continues it. Starting a new one now.`,
  gradeHeader: 'Grading',
  answerKeyTitle: 'Answer key',
};

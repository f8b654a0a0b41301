// What bench/blind-report.js needs from the program; bundled by it with esbuild.
export { loadBank } from '../src/bank/load-bank.js';
export { localizeBank } from '../src/bank/localize.js';
export { scoreAnswer, scoringContext } from '../src/scoring/score-answer.js';
export { bandChecks, blindAnswers } from '../test/scoring/blind-checks.js';

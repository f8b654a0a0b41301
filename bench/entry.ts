// What the benchmark measures in-process; bundled by bench/run.js with esbuild.
export { loadBank } from '../src/bank/load-bank.js';
export { analyzeAnswer } from '../src/insights/analyze-answer.js';
export { scoreAnswer, scoringContext } from '../src/scoring/score-answer.js';
export { encodeRecord } from '../src/store/record-line.js';
export { askAnswer } from '../src/ui/prompts/answer-prompt.js';

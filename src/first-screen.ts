/**
 * The run's first screen: its first prompt drawn, or for a command without one its whole output.
 * The binary's loader writes the code cache then (src/cli/code-cache.ts): it holds what the first
 * screen compiled and no more, what loads while the candidate reads (the scorer, the feedback)
 * left out, and a run killed soon after its first screen has written it all the same.
 */

const hooks: (() => void)[] = [];
let drawn = false;

/** Runs `hook` once the first screen is drawn (at once if it was). */
export function afterFirstScreen(hook: () => void): void {
  if (drawn) hook();
  else hooks.push(hook);
}

/**
 * Says that the first screen is being drawn by the code now running: the hooks run as soon as
 * it returns (a terminal is written synchronously, so the frame is out), before what `loadSoon`
 * starts (the scorer, the feedback, a drill's history), which the code cache need not hold.
 */
export function firstScreenDrawn(): void {
  if (drawn) return;
  drawn = true;
  process.nextTick(() => {
    for (const hook of hooks.splice(0)) hook();
  });
}

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
 * Says that the first screen is being drawn in this turn of the event loop: the hooks run once
 * the turn is over (after what it drew is written), before anything `loadSoon` starts later on.
 */
export function firstScreenDrawn(): void {
  if (drawn) return;
  drawn = true;
  setImmediate(() => {
    for (const hook of hooks.splice(0)) hook();
  });
}

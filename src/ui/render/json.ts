/**
 * JSON as every `--json`/`--format json` output prints it: indented, and
 * with the controls JSON.stringify lets through escaped, so no output can
 * steer a terminal it is printed to.
 */

/** Bidi controls survive JSON.stringify; escape them too so no output can reorder a terminal's text. */
export function stringifyJson(value: unknown): string {
  return escapeJsonControls(JSON.stringify(value, null, 2));
}

/**
 * JSON text with C1 controls and bidi marks escaped as `\\uXXXX`. They can
 * only stand inside its strings, so a piece of JSON text can be escaped on
 * its own: `history --json` escapes its output a chunk at a time.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u0080-\u009f]/g,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

import type { Found } from './messages.js';
import { quote } from './quote.js';

/** Whether a plain value is a mapping (an object that is no array). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a plain value is, for "expected …, found …". */
export function describePlain(value: unknown): Found {
  if (value === null || value === undefined) return { kind: 'null' };
  if (Array.isArray(value))
    return value.length === 0 ? { kind: 'emptySequence' } : { kind: 'sequence' };
  if (typeof value === 'object') return { kind: 'mapping' };
  if (typeof value === 'string') {
    return value.trim() === '' ? { kind: 'emptyString' } : { kind: 'string', quoted: quote(value) };
  }
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'other' };
}

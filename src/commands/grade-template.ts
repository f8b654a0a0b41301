import type { Section } from '../bank/types.js';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { followUpMessages } from '../ui/follow-up-messages.js';
import { messages } from '../ui/i18n.js';
import { sectionNumber } from '../ui/render/format.js';

// Ids from a bank are untrusted; anything but a plain id is written quoted.
function yamlKey(id: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(id) ? id : JSON.stringify(id);
}

/**
 * A fill-in answers file: every question id with an empty block scalar, its
 * prompt as a comment above it, then each of its follow-ups the same way
 * (answered under their own ids). It parses as-is (every answer empty).
 */
export function renderGradeTemplate(lang: Lang, sections: readonly Section[]): string {
  const out = [messages(lang).templateHeader, ''];
  for (const section of sections.filter((s) => s.questions.length > 0)) {
    out.push(`# ${sectionNumber(section.order, lang)}. ${neutralizeInline(section.title)}`, '');
    for (const q of section.questions) {
      for (const line of q.prompt.trimEnd().split('\n')) out.push(`# ${neutralizeInline(line)}`);
      out.push(`${yamlKey(q.id)}: |`, '', '');
      for (const f of q.follow_ups ?? []) {
        out.push(followUpMessages(lang).templateNote);
        for (const line of f.prompt.trimEnd().split('\n'))
          out.push(`#   ${neutralizeInline(line)}`);
        out.push(`${yamlKey(f.id)}: |`, '', '');
      }
    }
  }
  return out.join('\n');
}

import { defaultBankPath } from '../bank/default-bank.js';
import { loadBank } from '../bank/load-bank.js';
import type { Bank, Section } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { selectSection } from '../session/select-section.js';
import { messages } from '../ui/i18n.js';
import type { CommonOptions } from '../ui/output.js';
import { sectionNumber } from '../ui/render/format.js';

/** The bank named by `--bank`, or the one that ships with the package. */
export function openBank(options: CommonOptions): Promise<Bank> {
  return loadBank(options.bank ?? defaultBankPath(), { lang: options.lang });
}

/** The section a user named on the command line, or a usage error listing the choices. */
export function requireSection(bank: Bank, name: string, options: CommonOptions): Section {
  const section = selectSection(bank.sections, name);
  if (section) return section;
  const choices = bank.sections.map(
    (s) => `${sectionNumber(s.order, options.lang)}/${s.order}/${s.id}（${s.title}）`,
  );
  throw new UsageError(messages(options.lang).unknownSection(name, choices.join(', ')));
}

import { defaultBankPath } from '../bank/default-bank.js';
import { deferredSection, readFirstPart } from '../bank/first-part.js';
import { localizeBank, localizedTitle } from '../bank/localize.js';
import { loadCompiledBank, openCompiledBank } from '../bank/shipped-bank.js';
import type { Bank, Section } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { neutralizeInline } from '../neutralize.js';
import { selectSection } from '../session/select-section.js';
import { messages } from '../ui/i18n.js';
import { sectionNumber } from '../ui/render/format.js';
import type { CommonOptions } from './command-io.js';

/**
 * The bank named by `--bank`, or the one that ships with the package, in
 * the language of `--lang` where the bank has translations: every command
 * shows, and scores against, the same texts. The shipped bank is the one
 * the build compiled (no YAML read); only a checkout never built reads its
 * YAML. The loader (and its YAML readers) is loaded only for those.
 * `expandConcepts: false` is for a command that shows no keyword: a bank
 * read from YAML then keeps its `@concept` references as written (checked
 * all the same); the compiled bank is expanded already. A bank given by
 * `--bank` is read through the bank cache (cached-bank.ts) when the options
 * name one.
 */
export async function openBank(
  options: CommonOptions,
  read: { expandConcepts?: boolean } = {},
): Promise<Bank> {
  return localizeBank(await openBankAsRead(options, read), options.lang);
}

/** The bank as `openBank` reads it, before it is localized: every language's texts in place. */
export async function openBankAsRead(
  options: CommonOptions,
  { expandConcepts = true }: { expandConcepts?: boolean } = {},
): Promise<Bank> {
  if (options.bank !== undefined)
    return (await import('./cached-bank.js')).loadCachedBank(options.bank, {
      ...options,
      expandConcepts,
    });
  const folder = defaultBankPath();
  return (
    loadCompiledBank(folder) ??
    (await import('../bank/load-bank.js')).loadBank(folder, {
      lang: options.lang,
      expandConcepts,
    })
  );
}

/** A section named on the command line, and what reads the whole bank it is in. */
export interface OpenedSection {
  /** As the bank's `source`: what the history names the bank by (`bankIdOf`). */
  source: string;
  section: Section;
  /** The whole bank as `openBank` opens it; `section` is one of its sections. */
  whole(): Bank;
}

/**
 * The section named on the command line, opened as `openBank` opens the bank; a usage error
 * listing the choices when there is none by that name. With the shipped bank only its index and
 * that section are read: `whole` reads the rest when called.
 */
export async function openSection(options: CommonOptions, name: string): Promise<OpenedSection> {
  const reader = options.bank === undefined ? openCompiledBank(defaultBankPath()) : undefined;
  if (reader === undefined) {
    const bank = await openBank(options);
    return { source: bank.source, section: requireSection(bank, name, options), whole: () => bank };
  }
  const { lang } = options;
  const heads = reader.heads.map((head) => ({ ...head, title: localizedTitle(head, lang) }));
  const index = heads.indexOf(requireNamed(heads, name, options));
  const full = () =>
    localizeBank({ source: reader.source, sections: [reader.section(index)] }, lang)
      .sections[0] as Section;
  // What the first question shows, the rest of the section once anything else of it is read.
  const first = readFirstPart(defaultBankPath(), index, lang);
  const section = first === undefined ? full() : deferredSection(first, full);
  return {
    source: reader.source,
    section,
    whole: () => {
      const bank = localizeBank(reader.whole(), lang);
      return { ...bank, sections: bank.sections.map((s, i) => (i === index ? section : s)) };
    },
  };
}

/** The section a user named on the command line, or a usage error listing the choices. */
export function requireSection(bank: Bank, name: string, options: CommonOptions): Section {
  return requireNamed(bank.sections, name, options);
}

function requireNamed<S extends Pick<Section, 'id' | 'order' | 'title'>>(
  sections: readonly S[],
  name: string,
  options: CommonOptions,
): S {
  const section = selectSection(sections, name);
  if (section) return section;
  // One a line, each name it answers to (一/1/id; 1/id in English), then its title.
  const choices = sections.map((s) => {
    const names = [...new Set([sectionNumber(s.order, options.lang), String(s.order), s.id])];
    return `\n  ${neutralizeInline(names.join('/'))}  ${neutralizeInline(s.title)}`;
  });
  throw new UsageError(
    messages(options.lang).unknownSection(neutralizeInline(name), choices.join('')),
  );
}

/**
 * A loaded scenario in one language: which languages it plays in, its play
 * (texts and matcher of that language), its title, and its reference
 * conversations played through to check that they resolve it.
 */
import type { YamlPath } from '../bank/locate-path.js';
import { quote } from '../bank/quote.js';
import type { Lang } from '../lang.js';
import { chatMessagesFor } from './chat-messages.js';
import type { PathIssue } from './check-scenarios.js';
import { type ChatPlay, playScript } from './engine.js';
import type { LoadedScenario } from './load-chats.js';

/** The languages a scenario can be played in: Chinese always, and each translation with a reference. */
export function playLanguages(loaded: LoadedScenario): Lang[] {
  return loaded.matchers.en && loaded.scenario.translations?.en?.reference ? ['zh', 'en'] : ['zh'];
}

/**
 * The scenario ready to play in `lang`: its texts in that language where it
 * has them (else as written), and the matcher of that language.
 */
export function playOf(loaded: LoadedScenario, lang: Lang): ChatPlay {
  const { scenario } = loaded;
  const t = lang === 'en' ? scenario.translations?.en : undefined;
  const matcher =
    (lang === 'en' && t?.reference ? loaded.matchers.en : undefined) ?? loaded.matchers.zh;
  if (matcher === undefined) throw new Error(`chat scenario ${scenario.id}: no matcher`);
  if (!t?.reference) return { scenario, lang: t ? lang : 'zh', matcher };
  const states = Object.fromEntries(
    Object.entries(scenario.states).map(([name, s]) => {
      const ts = t.states?.[name];
      return [name, { ...s, says: ts?.says ?? s.says, ...(ts?.again ? { again: ts.again } : {}) }];
    }),
  );
  return {
    scenario: {
      ...scenario,
      title: t.title ?? scenario.title,
      wants: t.wants ?? scenario.wants,
      order: { ...scenario.order, ...t.order },
      states,
      reference: t.reference,
    },
    lang,
    matcher,
  };
}

/** A reference conversation, played at once, that does not end resolved: an issue at its path. */
export function checkReferences(
  loaded: LoadedScenario,
  lang: Lang,
  at: YamlPath = [],
): PathIssue[] {
  const out: PathIssue[] = [];
  for (const playLang of playLanguages(loaded)) {
    const play = playOf(loaded, playLang);
    const conversation = playScript(play, play.scenario.reference, 0);
    if (conversation.outcome === 'resolved') continue;
    const path = [
      ...at,
      ...(playLang === 'zh' ? ['reference'] : ['translations', 'en', 'reference']),
    ];
    const shown = path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
      .join('');
    out.push({
      path,
      message: chatMessagesFor(lang).referenceUnresolved(
        shown,
        conversation.outcome ?? (lang === 'zh' ? '未结束' : 'unfinished'),
        quote(conversation.state),
        conversation.turns.length,
      ),
    });
  }
  return out;
}

/** A scenario's id and title in `lang` (where it has one), without building its matchers. */
export function titleOf(loaded: LoadedScenario, lang: Lang): { id: string; title: string } {
  const { scenario } = loaded;
  const title = lang === 'en' ? scenario.translations?.en?.title : undefined;
  return { id: scenario.id, title: title ?? scenario.title };
}

// The message catalogues (messages/<locale>.json), one per locale, English the reference: every key of en.json must
// exist, non-empty, in every other catalogue (lib/i18n/messages.test.ts). Terms follow docs/glossary.md.
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";
import zh from "../../messages/zh.json";
import { SERIES_PANELS, type SeriesPanelId } from "../pages/panels";
import type { Locale } from "../pages/target";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, ru, kk, zh };

/**
 * Namespaces every page's frame reads in the browser (language switcher, not-found page): sent by the layout. The error
 * page loads its words when it is shown (lib/i18n/on-demand-words.ts), not with every page.
 */
export const SHELL_NAMESPACES = ["switcher", "notFound"] as const satisfies readonly Namespace[];

/**
 * What shared components read on any page (a link's "opens in a new tab", copy buttons, source types, "Hide:"): sent
 * with every page's messages (components/site/page-messages.tsx), not with the frame's (no frame component reads them).
 */
export const COMMON_NAMESPACES = ["common"] as const satisfies readonly Namespace[];

export type Namespace = keyof Messages;

/**
 * The catalogue's namespaces `namespaces` of `locale`: what a client subtree needs, and nothing else (HTML budget).
 * With `panels`, the panel titles and series labels are those of these panels only (a page sends its own). `omit`
 * leaves keys out of a namespace: those a part of the page loads with its data (lib/i18n/by-product-words.ts).
 */
export function pickMessages<N extends Namespace>(
  locale: Locale,
  namespaces: readonly N[],
  panels?: readonly SeriesPanelId[],
  omit?: Partial<Record<N, readonly string[]>>,
): Pick<Messages, N> {
  const all = MESSAGES[locale];
  const without = (ns: N) => {
    const left = omit?.[ns];
    if (!left) return all[ns];
    return Object.fromEntries(Object.entries(all[ns]).filter(([k]) => !left.includes(k)));
  };
  const picked: Record<string, unknown> = Object.fromEntries(namespaces.map((ns) => [ns, without(ns)]));
  if (panels) {
    const keep = <T extends object>(messages: T, keys: Iterable<string>): Partial<T> =>
      Object.fromEntries([...keys].filter((k) => Object.hasOwn(messages, k)).map((k) => [k, messages[k as keyof T]])) as Partial<T>;
    if (picked.panelTitles) picked.panelTitles = keep(all.panelTitles, panels);
    const codes = panels.flatMap((id) => SERIES_PANELS[id].lines.map((l) => l.code.replaceAll(".", "_")));
    if (picked.seriesLines) picked.seriesLines = keep(all.seriesLines, codes);
  }
  return picked as Pick<Messages, N>;
}

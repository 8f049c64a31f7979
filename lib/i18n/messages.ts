// The message catalogues (messages/<locale>.json), one per locale, English the reference: every key of en.json must
// exist, non-empty, in every other catalogue (lib/i18n/messages.test.ts). Terms follow docs/glossary.md.
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";
import zh from "../../messages/zh.json";
import type { Locale } from "../pages/target";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, ru, kk, zh };

/** Namespaces every page's frame reads in the browser (language switcher, error and not-found pages): sent by the layout. */
export const SHELL_NAMESPACES = ["switcher", "errorPage", "notFound"] as const satisfies readonly Namespace[];

export type Namespace = keyof Messages;

/** The catalogue's namespaces `namespaces` of `locale`: what a client subtree needs, and nothing else (HTML budget). */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = MESSAGES[locale];
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) as Pick<Messages, N>;
}

// The message catalogues (messages/<locale>.json), one per locale, English the reference: every key of en.json must
// exist, non-empty, in every other catalogue (lib/i18n/messages.test.ts). Terms follow docs/glossary.md.
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";
import zh from "../../messages/zh.json";
import type { Locale } from "../pages/target";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, ru, kk, zh };

/** Namespaces client components read (useTranslations): only these are sent to the browser. */
export const CLIENT_NAMESPACES = ["switcher", "errorPage", "notFound"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}

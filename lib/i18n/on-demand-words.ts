// Words a part of a page loads with its data, when the reader gets near it, instead of in the page's first messages
// (HTML budget, issue 9): the mirror's by-product section (by-product-words.ts), /trade's chapters section
// (trade-chapter-words.ts), the error page's. The page leaves these keys out (`pickMessages(…, omit)`); the part fetches them from its
// locale's catalogue, a chunk of its own. No static import of a catalogue here: this module is in the pages' client code.
import type { Locale } from "../pages/target";
import type { Messages } from "./messages";

const CATALOGUES: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("../../messages/en.json"),
  ru: () => import("../../messages/ru.json"),
  kk: () => import("../../messages/kk.json"),
  zh: () => import("../../messages/zh.json"),
};

/** The templates `keys` of namespace `namespace` of `locale`, from its catalogue (a separate chunk, loaded on demand). */
export async function loadWords<N extends keyof Messages, K extends keyof Messages[N] & string>(
  locale: Locale,
  namespace: N,
  keys: readonly K[],
): Promise<Pick<Messages[N], K>> {
  const words = (await CATALOGUES[locale]()).default[namespace];
  return Object.fromEntries(keys.map((k) => [k, words[k]])) as Pick<Messages[N], K>;
}

/** Namespace `namespace` of `locale`, whole, from its catalogue (a separate chunk, loaded on demand). */
export async function loadNamespace<N extends keyof Messages>(locale: Locale, namespace: N): Promise<Messages[N]> {
  return (await CATALOGUES[locale]()).default[namespace];
}

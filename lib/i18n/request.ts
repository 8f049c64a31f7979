// next-intl's request configuration (wired by the plugin in next.config.js): the locale comes from the internal
// route's [locale] segment (each layout and page calls setRequestLocale), the messages from the catalogues in
// messages/. Times are UTC everywhere (a page is rendered once per data version, for every reader).
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALES } from "../pages/target";
import { MESSAGES } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(LOCALES, requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});

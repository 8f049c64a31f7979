// Typed message keys and locales for next-intl: a t("…") call with a key en.json lacks fails the typecheck.
import type { Messages } from "./messages";
import type { Locale } from "../pages/target";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

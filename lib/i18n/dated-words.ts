// The words of dated figures (statement tables, the debt page's cards) in a page's locale, from the catalogue's
// "dated" templates: period phrases ("end of Q1 2025", "up to 2025") and flags in a word or two. Server only.
import { getTranslations } from "next-intl/server";
import type { StatementWords } from "../series/statements";
import type { Locale } from "../pages/target";
import { qualifiedValues } from "./qualifier";

const FLAGS = ["estimate", "incomplete", "derived", "preliminary", "rounded"] as const;
const isFlag = (f: string): f is (typeof FLAGS)[number] => (FLAGS as readonly string[]).includes(f);

export async function datedWords(locale: Locale): Promise<StatementWords> {
  const t = await getTranslations({ locale, namespace: "dated" });
  return {
    periods: {
      locale,
      endOf: (period) => t("endOf", { period }),
      upTo: (period) => t("upTo", { period }),
      quarter: (quarter, year) => t("quarter", { quarter: String(quarter), year }),
    },
    flag: (f) => (isFlag(f) ? t(`flags.${f}`) : f),
    quoted: t("quoted"),
    qualified: (q, amount) => (q ? t("qualified", qualifiedValues(q, amount)) : amount),
  };
}

// The templates of a series panel's numbers in words (lib/panel/series-view.ts panelWords) from a locale's catalogue:
// "seriesPanel.words", the series' labels ("seriesLines") and the qualifiers ("dated.qualified"). Pure: the browser
// passes useTranslations' translators (components/panel/use-panel-words.ts), the server translators made from the catalogue (loadPanel).
import type { PanelWordTemplates } from "../panel/series-view";
import { qualifiedValues } from "./qualifier";

/** What the templates need of a translator (next-intl's, of one namespace). */
interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function panelWordTemplates(locale: string, t: { seriesPanel: unknown; seriesLines: unknown; dated: unknown }): PanelWordTemplates {
  const panel = t.seriesPanel as Translate;
  const lines = t.seriesLines as Translate;
  const dated = t.dated as Translate;
  return {
    locale,
    label: (code, label) => {
      const key = code.replaceAll(".", "_");
      return lines.has(key) ? lines(key) : label;
    },
    item: (values) => panel("words.item", values),
    separator: panel("words.separator"),
    sentence: ({ items, baseYear }) =>
      baseYear === null ? panel("words.sentence", { items }) : panel("words.sentenceConstant", { items, baseYear: String(baseYear) }),
    qualified: (qualifier, amount) => dated("qualified", qualifiedValues(qualifier, amount)),
  };
}

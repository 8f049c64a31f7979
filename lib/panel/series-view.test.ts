// The numbers in words of a series panel: the latest value of each line (lib/panel/series-view.ts) worded with each
// locale's templates (messages/*.json "seriesPanel.words", lib/i18n/panel-words.ts) and amounts by lib/format.ts.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { panelWordTemplates } from "../i18n/panel-words";
import { MESSAGES } from "../i18n/messages";
import type { Locale } from "../pages/target";
import { HEADLINE_RULE_TEXT } from "../series/headline";
import { panelWords, seriesView } from "./series-view";
import type { SeriesPanelPayload } from "./types";

const payload: SeriesPanelPayload = {
  kind: "series",
  id: "trade-flows",
  stateKey: "flows",
  title: "Exports and imports",
  unit: "USD",
  axisLabel: "US dollars",
  lines: [
    { code: "trade.CHN.KAZ.X", label: "China's exports to Kazakhstan (China reports)", color: "#000" },
    { code: "trade.KAZ.CHN.X", label: "Kazakhstan's exports to China (Kazakhstan reports)", color: "#111" },
  ],
  drawKinds: [],
  allowLog: true,
  allowPct: true,
  fullCodes: ["trade.CHN.KAZ.X", "trade.KAZ.CHN.X"],
  notesListedIn: null,
  deflator: null,
  terms: {},
  points: {
    "trade.CHN.KAZ.X": [
      { year: 2023, value: "24680000000", sources: [0], publisher: 0 },
      { year: 2024, value: "12729100679", sources: [0], publisher: 0 },
    ],
    "trade.KAZ.CHN.X": [{ year: 2022, value: "857700000", sources: [0], publisher: 0, qualifier: "more than" }],
  },
  sources: [],
  publishers: ["GACC"],
  notes: [],
};

const words = (locale: Locale, real = false, baseYear: number | null = null) => {
  const messages = MESSAGES[locale];
  const templates = panelWordTemplates(locale, {
    seriesPanel: createTranslator({ locale, messages, namespace: "seriesPanel" }),
    seriesLines: createTranslator({ locale, messages, namespace: "seriesLines" }),
    dated: createTranslator({ locale, messages, namespace: "dated" }),
  });
  const view = seriesView(payload, { from: null, to: null, tab: "chart", scale: "linear", pct: false }, 2026);
  return panelWords({ ...view, real }, payload.unit, baseYear, templates);
};

describe("the numbers in words", () => {
  it("keeps the latest value of each line in the range (the maths stays in lib/panel)", () => {
    const view = seriesView(payload, { from: 2010, to: 2023, tab: "chart", scale: "linear", pct: false }, 2026);
    expect(view.latest).toEqual([
      { code: "trade.CHN.KAZ.X", label: payload.lines[0]!.label, qualifier: null, value: 24680000000, year: 2023 },
      { code: "trade.KAZ.CHN.X", label: payload.lines[1]!.label, qualifier: "more than", value: 857700000, year: 2022 },
    ]);
  });

  it("reads in English as before", () => {
    expect(words("en")).toBe(
      "Latest values: China's exports to Kazakhstan (China reports): 12.73 bn USD in 2024; " +
        "Kazakhstan's exports to China (Kazakhstan reports): more than 857.7 m USD in 2022.",
    );
    expect(words("en", true, 2024)).toMatch(/^Latest values \(constant 2024 US dollars\): /);
  });

  it("in Russian: млрд долл. США, the series' Russian labels, the qualifier worded", () => {
    const text = words("ru");
    expect(text).toMatch(/^Последние значения: Экспорт Китая в Казахстан \(по данным Китая\): 12,7\d?\s?млрд\s?долл\. США в 2024 году; /);
    expect(text).toContain("более 857,7\u00a0млн\u00a0долл. США в 2022 году");
    expect(text).not.toMatch(/\bbn\b|\bin 20/);
    expect(words("ru", true, 2024)).toContain("в постоянных долларах США 2024 года");
  });

  it("in Kazakh: АҚШ доллары, the year first", () => {
    const text = words("kk");
    expect(text).toMatch(/^Соңғы мәндер: .+: 2024 жылы 12,7\d?\s?млрд\s?АҚШ доллары; /);
    expect(text).not.toContain("долл. США");
  });

  it("in Chinese: 亿美元, Chinese punctuation", () => {
    const text = words("zh");
    expect(text).toMatch(/^最新数值：.+：2024年为127\.3亿美元；.+：2022年为超过8\.6亿美元。$/);
    expect(words("zh", true, 2024)).toContain("按2024年不变价美元计");
  });

  it("says nothing when no line has a value in the range", () => {
    const view = seriesView(payload, { from: 1990, to: 1995, tab: "chart", scale: "linear", pct: false }, 2026);
    const templates = panelWordTemplates("en", {
      seriesPanel: createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "seriesPanel" }),
      seriesLines: createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "seriesLines" }),
      dated: createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "dated" }),
    });
    expect(panelWords(view, "USD", null, templates)).toBe("");
  });
});

describe("the headline rule on pages", () => {
  it("is the rule lib/series/headline.ts states (English catalogue = the exports' text)", () => {
    expect(MESSAGES.en.panel.headlineRule).toBe(HEADLINE_RULE_TEXT);
  });
});

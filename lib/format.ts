// How the project writes numbers: one module for cards, sentences, tooltips, tables and axes. Pure functions.
// English amounts read "12.73 bn USD" / "857.7 m USD"; the other locales use Intl's compact notation and the unit
// words of docs/glossary.md: "12,7 млрд долл. США", "12,7 млрд АҚШ доллары", "127.3亿美元". A minus sign (−) for
// negative values everywhere. Every function takes the locale last (default English).

const en = (value: number, min: number, max: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: min, maximumFractionDigits: max });

const isEnglish = (locale: string | undefined) => locale === undefined || locale === "en" || locale.startsWith("en-");

/** Unit words of the non-English locales (glossary section 4–5); Chinese writes them without a space. */
const UNIT_WORDS: Record<
  string,
  {
    USD: string;
    EUR: string;
    percentAxis: string;
    usdAxis: string;
    constantUsd: (year: string) => string;
    constantAxis: (year: string) => string;
  }
> = {
  ru: {
    USD: "долл. США",
    EUR: "евро",
    percentAxis: "Проценты",
    usdAxis: "Доллары США",
    constantUsd: (y) => `долл. США (в постоянных ценах ${y} г.)`,
    constantAxis: (y) => `Постоянные доллары США ${y} года`,
  },
  kk: {
    USD: "АҚШ доллары",
    EUR: "еуро",
    percentAxis: "Пайыз",
    usdAxis: "АҚШ доллары",
    constantUsd: (y) => `АҚШ доллары (${y} жылғы тұрақты бағамен)`,
    constantAxis: (y) => `${y} жылғы тұрақты АҚШ доллары`,
  },
  zh: {
    USD: "美元",
    EUR: "欧元",
    percentAxis: "百分比",
    usdAxis: "美元",
    constantUsd: (y) => `美元（${y}年不变价）`,
    constantAxis: (y) => `${y}年不变价美元`,
  },
};
/** "USD (constant 2021)": a unit stored in constant dollars of a year (AidData). */
const CONSTANT_USD = /^USD \(constant (\d{4})\)$/;
const wordsOf = (locale: string) => UNIT_WORDS[locale.slice(0, 2)] ?? UNIT_WORDS.ru!;
const isChinese = (locale: string) => locale.startsWith("zh");

/**
 * Intl.NumberFormat that gives the same text on the server (Node, full ICU) and in every browser. Chromium's ICU data
 * has no Kazakh number patterns (it falls back to "12.73G"), so Kazakh is formatted with Russian's, which match
 * Kazakh's (comma decimal, no-break-space grouping, млн/млрд), and the two differences are applied: "мың" for
 * thousand and no space before "%".
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): { format: (value: number) => string } {
  const kazakh = locale.startsWith("kk");
  const f = new Intl.NumberFormat(kazakh ? "ru" : locale, options);
  return {
    format: (value) =>
      kazakh
        ? f
            .format(value)
            .replace(/тыс\./g, "мың")
            .replace(/[\u00a0\u202f ]%/g, "%")
        : f.format(value),
  };
}

function num(locale: string, value: number, min: number, max: number): string {
  return numberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
}

/** "12,73 млрд", "857,7 млн", "127.3亿", "8577万": compact notation in the locale. */
function compact(locale: string, abs: number, fixed: boolean): string {
  // Chinese counts in 万 (10⁴) and 亿 (10⁸): one decimal reads like GACC's releases ("127.3亿").
  // Russian and Kazakh: "12,7 млрд" in cards and legends, "12,73 млрд" where figures stand side by side ("fixed").
  const digits = isChinese(locale) ? (abs >= 1e4 ? 1 : 0) : abs >= 1e9 ? (fixed ? 2 : 1) : abs >= 1e6 ? 1 : 0;
  return numberFormat(locale, {
    notation: abs >= (isChinese(locale) ? 1e4 : 1e6) ? "compact" : "standard",
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: digits,
  }).format(abs);
}

/** An amount with its unit word outside English: number, no-break space (none in Chinese), unit. */
function localAmount(value: number, unit: string, options: AmountOptions, locale: string): string {
  const fixed = options.digits === "fixed";
  const sign = value < 0 ? "−" : "";
  const abs = Math.abs(value);
  const words = wordsOf(locale);
  const base = unit === "USD million" || unit === "EUR million" ? unit.slice(0, 3) : unit;
  const scaled = base === unit ? abs : abs * 1e6;
  const constant = CONSTANT_USD.exec(unit);
  const word = base === "USD" ? words.USD : base === "EUR" ? words.EUR : constant ? words.constantUsd(constant[1]!) : unit;
  // Euro figures come in millions (NBK via wiiw) and are read that way, as in English: "1 854 млн евро" (not 1,85 млрд).
  const million = numberFormat(locale, { notation: "compact" }).format(1e6).replace(/^1\s*/, "");
  const text =
    unit === "EUR million" && !isChinese(locale) && million
      ? `${num(locale, abs, 0, fixed ? 1 : 0)}\u00a0${million}`
      : compact(locale, scaled, fixed);
  if (options.unit === false) return `${sign}${text}`;
  return `${sign}${text}${isChinese(locale) ? "" : "\u00a0"}${word}`;
}

export interface AmountOptions {
  /**
   * "fixed": a fixed number of decimals per magnitude (2 for bn, 1 for m), so figures side by side read alike in
   * sentences and tooltips ("14.90 bn USD"); "max" (default): at most that many, for cards and legends ("14.9 bn USD").
   */
  digits?: "fixed" | "max";
  /** Leave the unit out ("1.20 bn"). */
  unit?: boolean;
  /** BCP 47 locale ("en" by default). */
  locale?: string;
}

/** Units in US dollars of some kind ("USD", "USD million", "USD (constant 2021)"). */
export function isDollarUnit(unit: string): boolean {
  return /^USD\b/.test(unit);
}

/** "12.73 bn USD", "857.7 m USD", "42,000 USD", "1,854 m EUR", "45.8 %". */
export function formatAmount(value: number, unit: string, options: AmountOptions = {}): string {
  if (unit === "percent") return formatPct(value, options.digits === "fixed" ? 1 : undefined, options.locale);
  if (!isEnglish(options.locale)) return localAmount(value, unit, options, options.locale!);
  const fixed = options.digits === "fixed";
  const sign = value < 0 ? "−" : "";
  const abs = Math.abs(value);
  if (unit === "EUR million") return `${sign}${en(abs, 0, fixed ? 1 : 0)}${options.unit === false ? "" : " m EUR"}`;
  if (unit === "USD million") return formatAmount(value * 1e6, "USD", options);
  const suffix = options.unit === false ? "" : ` ${unit}`;
  if (abs >= 1e9) return `${sign}${en(abs / 1e9, fixed ? 2 : 0, 2)} bn${suffix}`;
  if (abs >= 1e6) return `${sign}${en(abs / 1e6, fixed ? 1 : 0, 1)} m${suffix}`;
  return `${sign}${en(abs, 0, fixed ? 0 : 2)}${suffix}`;
}

/** US dollars with fixed decimals per magnitude: "27.95 bn USD", "857.7 m USD". */
export function formatUsd(value: number, options: { unit?: boolean; locale?: string } = {}): string {
  return formatAmount(value, "USD", { digits: "fixed", unit: options.unit, locale: options.locale });
}

/** With an explicit sign: "+1.20 bn USD", "−402.2 m USD", "0 USD". */
export function formatSignedUsd(value: number, locale?: string): string {
  return value > 0 ? `+${formatUsd(value, { locale })}` : formatUsd(value, { locale });
}

/** "45.8 %" (one decimal by default; `digits` undefined: at most one); a minus sign for negative values. */
export function formatPct(value: number, digits?: number, locale?: string): string {
  if (!isEnglish(locale)) {
    const f = numberFormat(locale!, { style: "percent", minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 1 });
    return `${value < 0 ? "−" : ""}${f.format(Math.abs(value) / 100)}`;
  }
  const text = digits === undefined ? en(Math.abs(value), 0, 1) : en(Math.abs(value), digits, digits);
  return `${value < 0 ? "−" : ""}${text} %`;
}

/** A CIF/FOB factor with at least two decimals: 1.1 → "1.10", 1.075 → "1.075". */
export function formatFactor(value: number, locale?: string): string {
  const text = value.toFixed(Math.max(2, (String(value).split(".")[1] ?? "").length));
  return isEnglish(locale) ? text : text.replace(".", num(locale!, 1.5, 1, 1).replace(/\d/g, ""));
}

/** Full precision with thousands separators, for tables: "12729100679" → "12,729,100,679". */
export function formatFull(value: string, locale?: string): string {
  const negative = value.startsWith("-");
  const [int, frac] = (negative ? value.slice(1) : value).split(".");
  const tag = isEnglish(locale) ? "en-US" : locale!;
  const grouped = isEnglish(locale) ? Number(int).toLocaleString(tag) : num(tag, Number(int), 0, 0);
  const point = isEnglish(locale) ? "." : num(tag, 1.5, 1, 1).replace(/\d/g, "");
  return `${negative ? "−" : ""}${grouped}${frac ? `${point}${frac}` : ""}`;
}

/** Axis tick: the magnitude without the unit (the axis title carries it): "14 bn", "500 m", "1,500", "5 %". */
export function formatTick(value: number, unit: string, locale?: string): string {
  if (!isEnglish(locale)) {
    if (unit === "percent") return numberFormat(locale!, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
    const scaled = unit === "USD million" || unit === "EUR million" ? value * 1e6 : value;
    if (!isDollarUnit(unit) && unit !== "EUR million") return num(locale!, value, 0, 1);
    const abs = Math.abs(scaled);
    const f = numberFormat(locale!, {
      notation: abs >= (isChinese(locale!) ? 1e4 : 1e6) ? "compact" : "standard",
      maximumFractionDigits: 1,
    });
    return `${scaled < 0 ? "−" : ""}${f.format(abs)}`;
  }
  if (unit === "percent") return `${en(value, 0, 1)} %`;
  if (unit === "USD million") return formatTick(value * 1e6, "USD");
  if (!isDollarUnit(unit)) return en(value, 0, 1);
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${en(value / 1e9, 0, 1)} bn`;
  if (abs >= 1e6) return `${en(value / 1e6, 0, 0)} m`;
  return en(value, 0, 0);
}

/** Axis title for a unit. */
export function unitAxisLabel(unit: string, locale?: string): string {
  if (!isEnglish(locale)) {
    if (unit === "USD") return wordsOf(locale!).usdAxis;
    if (unit === "percent") return wordsOf(locale!).percentAxis;
    const constant = CONSTANT_USD.exec(unit);
    return constant ? wordsOf(locale!).constantAxis(constant[1]!) : unit;
  }
  if (unit === "USD") return "US dollars";
  if (unit === "percent") return "Percent";
  return unit;
}

/**
 * A y-axis from 0 (or below 0 when negative values are more than a sliver of the range) to a round maximum, with
 * about `count` round ticks (steps of 1, 2, 2.5 or 5 × a power of ten): "0, 5 bn, 10 bn…" rather than Recharts'
 * automatic "9.5 bn, 19 bn".
 */
export function niceAxis(values: readonly (number | null)[], count = 6): { domain: [number, number]; ticks: number[] } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...present);
  let min = Math.min(0, ...present);
  if (min > -0.02 * max) min = 0; // a few tiny negative bars are not worth a negative axis
  const span = max - min || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = max === min ? lo + 5 * step : Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let k = Math.round(lo / step); k <= Math.round(hi / step); k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [lo, hi], ticks };
}

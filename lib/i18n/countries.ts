// Country names in each locale: Intl.DisplayNames (the ICU/CLDR data Node ships) from the ISO code of the one country
// table (lib/countries.ts), with the overrides docs/glossary.md §8 fixes — Kazakhstan's Russian
// usage (Кыргызстан), the abbreviations statistics tables use (США, АҚШ), and codes ICU cannot name (SU, WLD).
import { countryName, iso3ToIso2 } from "../countries";

const OVERRIDES: Record<string, Record<string, string>> = {
  ru: { KGZ: "Кыргызстан", USA: "США", SUN: "СССР", WLD: "Все страны" },
  kk: { USA: "АҚШ", SUN: "КСРО", WLD: "Барлық елдер" },
  zh: { SUN: "苏联", WLD: "全部国家（地区）" },
};

const cache = new Map<string, Intl.DisplayNames>();

/** The name of a country (ISO3) in `locale`; English keeps the project's short names; `fallback` for unknown codes. */
export function localCountryName(iso3: string, locale: string, fallback?: string): string {
  if (locale === "en") return countryName(iso3, fallback);
  const override = OVERRIDES[locale]?.[iso3];
  if (override) return override;
  const iso2 = iso3ToIso2(iso3);
  if (!iso2) return countryName(iso3, fallback);
  let names = cache.get(locale);
  if (!names) cache.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" })));
  return names.of(iso2) ?? countryName(iso3, fallback);
}

/**
 * The economies of these pairs named in `locale`, by code: for the mirror's texts that come from the catalogue (the
 * mirror page and its embeds provide them to every mirror component). Citations keep the English names.
 */
export function localCountryNames(pairs: readonly { exporter: string; importer: string }[], locale: string): Record<string, string> {
  const codes = new Set(pairs.flatMap((p) => [p.exporter, p.importer]));
  return Object.fromEntries([...codes].map((code) => [code, localCountryName(code, locale)]));
}

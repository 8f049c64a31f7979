// Partner and reporter codes of UN Comtrade and World Bank WITS that are groups or residual areas, not countries: the
// parsers reject their rows with the reason given here.
// UN Comtrade partner/reporter areas that are not countries (M49-style codes used by Comtrade).

/** Comtrade codes of "nes" areas, bunkers, free zones, special categories and groupings. */
const COMTRADE_NOT_COUNTRY_CODES = new Set([
  "97", // European Union
  "290", // Northern Africa, nes
  "471", // CACM, nes
  "472", // Africa CAMEU region, nes
  "473", // LAIA, nes
  "490", // Other Asia, nes
  "492", // Europe EU, nes
  "527", // Oceania, nes
  "536", // Neutral Zone
  "568", // Other Europe, nes
  "577", // Other Africa, nes
  "636", // Rest of America, nes
  "637", // North America and Central America, nes
  "697", // Europe EFTA, nes
  "837", // Bunkers
  "838", // Free Zones
  "839", // Special Categories
  "879", // Western Asia, nes
  "899", // Areas, nes
]);

/** Reason a Comtrade area is not loaded as a country, or undefined when it is one. */
export function comtradeNotCountryReason(code: string, iso: string, desc: string): string | undefined {
  if (COMTRADE_NOT_COUNTRY_CODES.has(code.trim())) return `not a country (${desc.trim() || code})`;
  if (/,\s*nes\b|\bnes$|\bBunkers\b|\bFree [Zz]ones\b|\bSpecial [Cc]ategories\b|\bEuropean Union\b/.test(desc)) {
    return `not a country (${desc.trim()})`;
  }
  if (/^_/.test(iso.trim())) return `not a country (${desc.trim() || iso})`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// World Bank WITS partner codes that are groups, not countries.

const WITS_GROUP_CODES = new Set([
  "EUN",
  "UNS",
  "OAS",
  "SPE",
  "BUN",
  "FRE",
  "NES",
  "ALL",
  // World Bank regions and income groups used as WITS partners
  "EAS",
  "ECS",
  "LCN",
  "MEA",
  "NAC",
  "SAS",
  "SSF",
  "EAP",
  "ECA",
  "LAC",
  "MNA",
  "SSA",
  "HIC",
  "LIC",
  "LMC",
  "LMY",
  "MIC",
  "UMC",
  "OED",
  "ARB",
  "EMU",
]);

/** Reason a WITS code is not a country, or undefined. */
export function witsNotCountryReason(code: string, name: string): string | undefined {
  if (WITS_GROUP_CODES.has(code)) return `group, not a country (${name.trim() || code})`;
  return undefined;
}

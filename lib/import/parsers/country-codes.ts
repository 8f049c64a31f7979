// Country codes shared by the parsers: ISO 3166-1 alpha-3 validation, ISO2 → ISO3 (wiiw), IMF DOTS
// names → ISO3, and short English names for series titles.
// The tables hold the codes and names that appear in the files in prisma/seed-data/raw/ plus common ones;
// a name or code that is not here makes the parser stop with an error naming it (add it here), never a
// silently dropped row.

/** ISO 3166-1 alpha-3 shape (three upper-case letters). "WLD" is used for the world. */
export function isIso3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

export const WORLD = "WLD";

// [ISO3, ISO2 or "", short English name]. Former countries use their ISO 3166-3 codes.
const COUNTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ["WLD", "", "the world"],
  ["AFG", "AF", "Afghanistan"],
  ["ALB", "AL", "Albania"],
  ["DZA", "DZ", "Algeria"],
  ["ASM", "AS", "American Samoa"],
  ["AGO", "AO", "Angola"],
  ["AIA", "AI", "Anguilla"],
  ["ATG", "AG", "Antigua and Barbuda"],
  ["ARG", "AR", "Argentina"],
  ["ARM", "AM", "Armenia"],
  ["ABW", "AW", "Aruba"],
  ["AUS", "AU", "Australia"],
  ["AUT", "AT", "Austria"],
  ["AZE", "AZ", "Azerbaijan"],
  ["BHS", "BS", "Bahamas"],
  ["BHR", "BH", "Bahrain"],
  ["BGD", "BD", "Bangladesh"],
  ["BRB", "BB", "Barbados"],
  ["BLR", "BY", "Belarus"],
  ["BEL", "BE", "Belgium"],
  ["BLZ", "BZ", "Belize"],
  ["BEN", "BJ", "Benin"],
  ["BMU", "BM", "Bermuda"],
  ["BTN", "BT", "Bhutan"],
  ["BOL", "BO", "Bolivia"],
  ["BIH", "BA", "Bosnia and Herzegovina"],
  ["BWA", "BW", "Botswana"],
  ["BRA", "BR", "Brazil"],
  ["VGB", "VG", "British Virgin Islands"],
  ["BRN", "BN", "Brunei"],
  ["BGR", "BG", "Bulgaria"],
  ["BFA", "BF", "Burkina Faso"],
  ["BDI", "BI", "Burundi"],
  ["CPV", "CV", "Cabo Verde"],
  ["KHM", "KH", "Cambodia"],
  ["CMR", "CM", "Cameroon"],
  ["CAN", "CA", "Canada"],
  ["CYM", "KY", "Cayman Islands"],
  ["CAF", "CF", "Central African Republic"],
  ["TCD", "TD", "Chad"],
  ["CHL", "CL", "Chile"],
  ["CHN", "CN", "China"],
  ["HKG", "HK", "Hong Kong"],
  ["MAC", "MO", "Macao"],
  ["COL", "CO", "Colombia"],
  ["COM", "KM", "Comoros"],
  ["COD", "CD", "DR Congo"],
  ["COG", "CG", "Congo"],
  ["CRI", "CR", "Costa Rica"],
  ["CIV", "CI", "Côte d'Ivoire"],
  ["HRV", "HR", "Croatia"],
  ["CUB", "CU", "Cuba"],
  ["CUW", "CW", "Curaçao"],
  ["CYP", "CY", "Cyprus"],
  ["CZE", "CZ", "Czechia"],
  ["DNK", "DK", "Denmark"],
  ["DJI", "DJ", "Djibouti"],
  ["DMA", "DM", "Dominica"],
  ["DOM", "DO", "Dominican Republic"],
  ["ECU", "EC", "Ecuador"],
  ["EGY", "EG", "Egypt"],
  ["SLV", "SV", "El Salvador"],
  ["GNQ", "GQ", "Equatorial Guinea"],
  ["ERI", "ER", "Eritrea"],
  ["EST", "EE", "Estonia"],
  ["SWZ", "SZ", "Eswatini"],
  ["ETH", "ET", "Ethiopia"],
  ["FLK", "FK", "Falkland Islands"],
  ["FRO", "FO", "Faroe Islands"],
  ["FJI", "FJ", "Fiji"],
  ["FIN", "FI", "Finland"],
  ["FRA", "FR", "France"],
  ["PYF", "PF", "French Polynesia"],
  ["GAB", "GA", "Gabon"],
  ["GMB", "GM", "Gambia"],
  ["GEO", "GE", "Georgia"],
  ["DEU", "DE", "Germany"],
  ["GHA", "GH", "Ghana"],
  ["GIB", "GI", "Gibraltar"],
  ["GRC", "GR", "Greece"],
  ["GRL", "GL", "Greenland"],
  ["GRD", "GD", "Grenada"],
  ["GUM", "GU", "Guam"],
  ["GTM", "GT", "Guatemala"],
  ["GGY", "GG", "Guernsey"],
  ["GIN", "GN", "Guinea"],
  ["GNB", "GW", "Guinea-Bissau"],
  ["GUY", "GY", "Guyana"],
  ["HTI", "HT", "Haiti"],
  ["VAT", "VA", "Holy See"],
  ["HND", "HN", "Honduras"],
  ["HUN", "HU", "Hungary"],
  ["ISL", "IS", "Iceland"],
  ["IND", "IN", "India"],
  ["IDN", "ID", "Indonesia"],
  ["IRN", "IR", "Iran"],
  ["IRQ", "IQ", "Iraq"],
  ["IRL", "IE", "Ireland"],
  ["ISR", "IL", "Israel"],
  ["ITA", "IT", "Italy"],
  ["JAM", "JM", "Jamaica"],
  ["JPN", "JP", "Japan"],
  ["JEY", "JE", "Jersey"],
  ["JOR", "JO", "Jordan"],
  ["KAZ", "KZ", "Kazakhstan"],
  ["KEN", "KE", "Kenya"],
  ["KIR", "KI", "Kiribati"],
  ["PRK", "KP", "North Korea"],
  ["KOR", "KR", "South Korea"],
  ["KWT", "KW", "Kuwait"],
  ["KGZ", "KG", "Kyrgyzstan"],
  ["LAO", "LA", "Laos"],
  ["LVA", "LV", "Latvia"],
  ["LBN", "LB", "Lebanon"],
  ["LSO", "LS", "Lesotho"],
  ["LBR", "LR", "Liberia"],
  ["LBY", "LY", "Libya"],
  ["LIE", "LI", "Liechtenstein"],
  ["LTU", "LT", "Lithuania"],
  ["LUX", "LU", "Luxembourg"],
  ["MDG", "MG", "Madagascar"],
  ["MWI", "MW", "Malawi"],
  ["MYS", "MY", "Malaysia"],
  ["MDV", "MV", "Maldives"],
  ["MLI", "ML", "Mali"],
  ["MLT", "MT", "Malta"],
  ["MHL", "MH", "Marshall Islands"],
  ["MRT", "MR", "Mauritania"],
  ["MUS", "MU", "Mauritius"],
  ["MEX", "MX", "Mexico"],
  ["FSM", "FM", "Micronesia"],
  ["MDA", "MD", "Moldova"],
  ["MNG", "MN", "Mongolia"],
  ["MNE", "ME", "Montenegro"],
  ["MSR", "MS", "Montserrat"],
  ["MAR", "MA", "Morocco"],
  ["MOZ", "MZ", "Mozambique"],
  ["MMR", "MM", "Myanmar"],
  ["NAM", "NA", "Namibia"],
  ["NRU", "NR", "Nauru"],
  ["NPL", "NP", "Nepal"],
  ["NLD", "NL", "Netherlands"],
  ["ANT", "AN", "Netherlands Antilles"],
  ["NCL", "NC", "New Caledonia"],
  ["NZL", "NZ", "New Zealand"],
  ["NIC", "NI", "Nicaragua"],
  ["NER", "NE", "Niger"],
  ["NGA", "NG", "Nigeria"],
  ["MKD", "MK", "North Macedonia"],
  ["NOR", "NO", "Norway"],
  ["OMN", "OM", "Oman"],
  ["PAK", "PK", "Pakistan"],
  ["PLW", "PW", "Palau"],
  ["PSE", "PS", "West Bank and Gaza"],
  ["PAN", "PA", "Panama"],
  ["PNG", "PG", "Papua New Guinea"],
  ["PRY", "PY", "Paraguay"],
  ["PER", "PE", "Peru"],
  ["PHL", "PH", "Philippines"],
  ["POL", "PL", "Poland"],
  ["PRT", "PT", "Portugal"],
  ["QAT", "QA", "Qatar"],
  ["ROU", "RO", "Romania"],
  ["RUS", "RU", "Russia"],
  ["RWA", "RW", "Rwanda"],
  ["KNA", "KN", "Saint Kitts and Nevis"],
  ["LCA", "LC", "Saint Lucia"],
  ["VCT", "VC", "Saint Vincent and the Grenadines"],
  ["WSM", "WS", "Samoa"],
  ["SMR", "SM", "San Marino"],
  ["STP", "ST", "São Tomé and Príncipe"],
  ["SAU", "SA", "Saudi Arabia"],
  ["SEN", "SN", "Senegal"],
  ["SRB", "RS", "Serbia"],
  ["SYC", "SC", "Seychelles"],
  ["SLE", "SL", "Sierra Leone"],
  ["SGP", "SG", "Singapore"],
  ["SXM", "SX", "Sint Maarten"],
  ["SVK", "SK", "Slovakia"],
  ["SVN", "SI", "Slovenia"],
  ["SLB", "SB", "Solomon Islands"],
  ["SOM", "SO", "Somalia"],
  ["ZAF", "ZA", "South Africa"],
  ["SSD", "SS", "South Sudan"],
  ["ESP", "ES", "Spain"],
  ["LKA", "LK", "Sri Lanka"],
  ["SDN", "SD", "Sudan"],
  ["SUR", "SR", "Suriname"],
  ["SWE", "SE", "Sweden"],
  ["CHE", "CH", "Switzerland"],
  ["SYR", "SY", "Syria"],
  ["TWN", "TW", "Taiwan"],
  ["TJK", "TJ", "Tajikistan"],
  ["TZA", "TZ", "Tanzania"],
  ["THA", "TH", "Thailand"],
  ["TLS", "TL", "Timor-Leste"],
  ["TGO", "TG", "Togo"],
  ["TON", "TO", "Tonga"],
  ["TTO", "TT", "Trinidad and Tobago"],
  ["TUN", "TN", "Tunisia"],
  ["TUR", "TR", "Türkiye"],
  ["TKM", "TM", "Turkmenistan"],
  ["TUV", "TV", "Tuvalu"],
  ["UGA", "UG", "Uganda"],
  ["UKR", "UA", "Ukraine"],
  ["ARE", "AE", "United Arab Emirates"],
  ["GBR", "GB", "United Kingdom"],
  ["USA", "US", "United States"],
  ["URY", "UY", "Uruguay"],
  ["UZB", "UZ", "Uzbekistan"],
  ["VUT", "VU", "Vanuatu"],
  ["VEN", "VE", "Venezuela"],
  ["VNM", "VN", "Vietnam"],
  ["YEM", "YE", "Yemen"],
  ["ZMB", "ZM", "Zambia"],
  ["ZWE", "ZW", "Zimbabwe"],
  // Former countries (ISO 3166-3 alpha-3 codes), as they appear in long IMF series.
  ["SUN", "", "USSR"],
  ["YUG", "", "Yugoslavia"],
  ["CSK", "", "Czechoslovakia"],
  ["DDR", "", "East Germany"],
  ["SCG", "", "Serbia and Montenegro"],
  ["YMD", "", "South Yemen"],
];

const NAME_BY_ISO3 = new Map(COUNTRIES.map(([iso3, , name]) => [iso3, name]));
const ISO3_BY_ISO2 = new Map(COUNTRIES.filter(([, iso2]) => iso2 !== "").map(([iso3, iso2]) => [iso2, iso3]));

/** Short English name for titles; `fallback` (e.g. the name printed in the file) when the code is not in the table. */
export function countryName(iso3: string, fallback?: string): string {
  return NAME_BY_ISO3.get(iso3) ?? fallback?.trim() ?? iso3;
}

/** Every code in the table (ISO 3166-1 alpha-3, former countries, WLD), in table order. */
export const COUNTRY_CODES: readonly string[] = COUNTRIES.map(([iso3]) => iso3);

/** A code in the table above (ISO 3166-1 alpha-3, a former country's ISO 3166-3 code, or WLD): "ZZZ" is not. */
export function isKnownCountry(iso3: string): boolean {
  return NAME_BY_ISO3.has(iso3);
}

const ISO2_BY_ISO3 = new Map(COUNTRIES.filter(([, iso2]) => iso2 !== "").map(([iso3, iso2]) => [iso3, iso2]));

/** ISO 3166-1 alpha-3 → alpha-2, or undefined (former countries and WLD have none). */
export function iso3ToIso2(iso3: string): string | undefined {
  return ISO2_BY_ISO3.get(iso3);
}

/** ISO 3166-1 alpha-2 → alpha-3, or undefined. */
export function iso2ToIso3(iso2: string): string | undefined {
  return ISO3_BY_ISO2.get(iso2.toUpperCase());
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const ISO3_BY_SLUG = new Map<string, string>([
  ...COUNTRIES.filter(([iso3]) => iso3 !== WORLD).map(([iso3, , name]) => [slug(name), iso3] as const),
  ["world", WORLD],
  ["russian-federation", "RUS"],
  ["usa", "USA"],
  ["us", "USA"],
  ["uk", "GBR"],
  ["korea", "KOR"],
  ["turkey", "TUR"],
  ["kyrgyz-republic", "KGZ"],
  ["peoples-republic-of-china", "CHN"],
  ["prc", "CHN"],
]);

/**
 * A country named in a file name ("kazakhstan", "Kazakhstan", "united-states", "KAZ") → ISO3, or undefined.
 */
export function countryFromFileNamePart(part: string): string | undefined {
  if (/^[A-Za-z]{3}$/.test(part) && NAME_BY_ISO3.has(part.toUpperCase())) return part.toUpperCase();
  return ISO3_BY_SLUG.get(slug(part));
}

// ---------------------------------------------------------------------------------------------------
// IMF Direction of Trade Statistics country names (as printed in the DOTS web Excel export).

/** IMF DOTS names of economies → ISO3. */
export const IMF_NAME_TO_ISO3: ReadonlyMap<string, string> = new Map([
  ["World", WORLD],
  ["Afghanistan, Islamic Rep. of", "AFG"],
  ["Albania", "ALB"],
  ["Algeria", "DZA"],
  ["American Samoa", "ASM"],
  ["Angola", "AGO"],
  ["Anguilla", "AIA"],
  ["Antigua and Barbuda", "ATG"],
  ["Argentina", "ARG"],
  ["Armenia, Rep. of", "ARM"],
  ["Aruba, Kingdom of the Netherlands", "ABW"],
  ["Australia", "AUS"],
  ["Austria", "AUT"],
  ["Azerbaijan, Rep. of", "AZE"],
  ["Bahamas, The", "BHS"],
  ["Bahrain, Kingdom of", "BHR"],
  ["Bangladesh", "BGD"],
  ["Barbados", "BRB"],
  ["Belarus, Rep. of", "BLR"],
  ["Belgium", "BEL"],
  ["Belize", "BLZ"],
  ["Benin", "BEN"],
  ["Bermuda", "BMU"],
  ["Bhutan", "BTN"],
  ["Bolivia", "BOL"],
  ["Bosnia and Herzegovina", "BIH"],
  ["Botswana", "BWA"],
  ["Brazil", "BRA"],
  ["Brunei Darussalam", "BRN"],
  ["Bulgaria", "BGR"],
  ["Burkina Faso", "BFA"],
  ["Burundi", "BDI"],
  ["Cabo Verde", "CPV"],
  ["Cambodia", "KHM"],
  ["Cameroon", "CMR"],
  ["Canada", "CAN"],
  ["Central African Rep.", "CAF"],
  ["Chad", "TCD"],
  ["Chile", "CHL"],
  ["China, P.R.: Mainland", "CHN"],
  ["China, P.R.: Hong Kong", "HKG"],
  ["China, P.R.: Macao", "MAC"],
  ["Colombia", "COL"],
  ["Comoros, Union of the", "COM"],
  ["Congo, Dem. Rep. of the", "COD"],
  ["Congo, Rep. of", "COG"],
  ["Costa Rica", "CRI"],
  ["Côte d'Ivoire", "CIV"],
  ["Croatia, Rep. of", "HRV"],
  ["Cuba", "CUB"],
  ["Curaçao, Kingdom of the Netherlands", "CUW"],
  ["Cyprus", "CYP"],
  ["Czech Rep.", "CZE"],
  ["Denmark", "DNK"],
  ["Djibouti", "DJI"],
  ["Dominica", "DMA"],
  ["Dominican Rep.", "DOM"],
  ["Ecuador", "ECU"],
  ["Egypt, Arab Rep. of", "EGY"],
  ["El Salvador", "SLV"],
  ["Equatorial Guinea, Rep. of", "GNQ"],
  ["Eritrea, The State of", "ERI"],
  ["Estonia, Rep. of", "EST"],
  ["Eswatini, Kingdom of", "SWZ"],
  ["Ethiopia, The Federal Dem. Rep. of", "ETH"],
  ["Falkland Islands (Malvinas)", "FLK"],
  ["Faroe Islands", "FRO"],
  ["Fiji, Rep. of", "FJI"],
  ["Finland", "FIN"],
  ["France", "FRA"],
  ["French Polynesia", "PYF"],
  ["Gabon", "GAB"],
  ["Gambia, The", "GMB"],
  ["Georgia", "GEO"],
  ["Germany", "DEU"],
  ["Ghana", "GHA"],
  ["Gibraltar", "GIB"],
  ["Greece", "GRC"],
  ["Greenland", "GRL"],
  ["Grenada", "GRD"],
  ["Guam", "GUM"],
  ["Guatemala", "GTM"],
  ["Guinea", "GIN"],
  ["Guinea-Bissau", "GNB"],
  ["Guyana", "GUY"],
  ["Haiti", "HTI"],
  ["Holy See", "VAT"],
  ["Honduras", "HND"],
  ["Hungary", "HUN"],
  ["Iceland", "ISL"],
  ["India", "IND"],
  ["Indonesia", "IDN"],
  ["Iran, Islamic Rep. of", "IRN"],
  ["Iraq", "IRQ"],
  ["Ireland", "IRL"],
  ["Israel", "ISR"],
  ["Italy", "ITA"],
  ["Jamaica", "JAM"],
  ["Japan", "JPN"],
  ["Jordan", "JOR"],
  ["Kazakhstan, Rep. of", "KAZ"],
  ["Kenya", "KEN"],
  ["Kiribati", "KIR"],
  ["Korea, Dem. People's Rep. of", "PRK"],
  ["Korea, Rep. of", "KOR"],
  ["Kuwait", "KWT"],
  ["Kyrgyz Rep.", "KGZ"],
  ["Lao People's Dem. Rep.", "LAO"],
  ["Latvia", "LVA"],
  ["Lebanon", "LBN"],
  ["Lesotho, Kingdom of", "LSO"],
  ["Liberia", "LBR"],
  ["Libya", "LBY"],
  ["Lithuania", "LTU"],
  ["Luxembourg", "LUX"],
  ["Madagascar, Rep. of", "MDG"],
  ["Malawi", "MWI"],
  ["Malaysia", "MYS"],
  ["Maldives", "MDV"],
  ["Mali", "MLI"],
  ["Malta", "MLT"],
  ["Marshall Islands, Rep. of the", "MHL"],
  ["Mauritania, Islamic Rep. of", "MRT"],
  ["Mauritius", "MUS"],
  ["Mexico", "MEX"],
  ["Micronesia, Federated States of", "FSM"],
  ["Moldova, Rep. of", "MDA"],
  ["Mongolia", "MNG"],
  ["Montenegro", "MNE"],
  ["Montserrat", "MSR"],
  ["Morocco", "MAR"],
  ["Mozambique, Rep. of", "MOZ"],
  ["Myanmar", "MMR"],
  ["Namibia", "NAM"],
  ["Nauru, Rep. of", "NRU"],
  ["Nepal", "NPL"],
  ["Netherlands, The", "NLD"],
  ["Netherlands Antilles", "ANT"],
  ["New Caledonia", "NCL"],
  ["New Zealand", "NZL"],
  ["Nicaragua", "NIC"],
  ["Niger", "NER"],
  ["Nigeria", "NGA"],
  ["North Macedonia, Republic of", "MKD"],
  ["Norway", "NOR"],
  ["Oman", "OMN"],
  ["Pakistan", "PAK"],
  ["Palau, Rep. of", "PLW"],
  ["Panama", "PAN"],
  ["Papua New Guinea", "PNG"],
  ["Paraguay", "PRY"],
  ["Peru", "PER"],
  ["Philippines", "PHL"],
  ["Poland, Rep. of", "POL"],
  ["Portugal", "PRT"],
  ["Qatar", "QAT"],
  ["Romania", "ROU"],
  ["Russian Federation", "RUS"],
  ["Rwanda", "RWA"],
  ["Samoa", "WSM"],
  ["San Marino, Rep. of", "SMR"],
  ["São Tomé and Príncipe, Dem. Rep. of", "STP"],
  ["Saudi Arabia", "SAU"],
  ["Senegal", "SEN"],
  ["Serbia, Rep. of", "SRB"],
  ["Seychelles", "SYC"],
  ["Sierra Leone", "SLE"],
  ["Singapore", "SGP"],
  ["Sint Maarten, Kingdom of the Netherlands", "SXM"],
  ["Slovak Rep.", "SVK"],
  ["Slovenia, Rep. of", "SVN"],
  ["Solomon Islands", "SLB"],
  ["Somalia", "SOM"],
  ["South Africa", "ZAF"],
  ["South Sudan, Rep. of", "SSD"],
  ["Spain", "ESP"],
  ["Sri Lanka", "LKA"],
  ["St. Kitts and Nevis", "KNA"],
  ["St. Lucia", "LCA"],
  ["St. Vincent and the Grenadines", "VCT"],
  ["Sudan", "SDN"],
  ["Suriname", "SUR"],
  ["Sweden", "SWE"],
  ["Switzerland", "CHE"],
  ["Syrian Arab Rep.", "SYR"],
  ["Taiwan Province of China", "TWN"],
  ["Tajikistan, Rep. of", "TJK"],
  ["Tanzania, United Rep. of", "TZA"],
  ["Thailand", "THA"],
  ["Timor-Leste, Dem. Rep. of", "TLS"],
  ["Togo", "TGO"],
  ["Tonga", "TON"],
  ["Trinidad and Tobago", "TTO"],
  ["Tunisia", "TUN"],
  ["Turkey", "TUR"],
  ["Türkiye, Rep. of", "TUR"],
  ["Turkmenistan", "TKM"],
  ["Tuvalu", "TUV"],
  ["Uganda", "UGA"],
  ["Ukraine", "UKR"],
  ["United Arab Emirates", "ARE"],
  ["United Kingdom", "GBR"],
  ["United States", "USA"],
  ["Uruguay", "URY"],
  ["Uzbekistan, Rep. of", "UZB"],
  ["Vanuatu", "VUT"],
  ["Venezuela, Rep. Bolivariana de", "VEN"],
  ["Vietnam", "VNM"],
  ["West Bank and Gaza", "PSE"],
  ["Yemen, Rep. of", "YEM"],
  ["Zambia", "ZMB"],
  ["Zimbabwe", "ZWE"],
  // Former economies with ISO 3166-3 codes.
  ["USSR", "SUN"],
  ["Yugoslavia", "YUG"],
  ["Czechoslovakia", "CSK"],
  ["Eastern Germany", "DDR"],
  ["Serbia and Montenegro", "SCG"],
  ["Yemen, People's Dem. Rep. of", "YMD"],
]);

/**
 * IMF DOTS rows that are not one country: regional/analytical aggregates, "not specified" residuals and
 * reporting units without an ISO code. The parser emits a RejectedRecord with this reason.
 */
const IMF_NOT_COUNTRY: ReadonlyMap<string, string> = new Map([
  ["Advanced Economies", "aggregate, not a country"],
  ["Euro Area", "aggregate, not a country"],
  ["European Union", "aggregate, not a country"],
  ["Emerging and Developing Economies", "aggregate, not a country"],
  ["Emerging and Developing Asia", "aggregate, not a country"],
  ["Emerging and Developing Europe", "aggregate, not a country"],
  ["Middle East and Central Asia", "aggregate, not a country"],
  ["Sub-Saharan Africa", "aggregate, not a country"],
  ["Western Hemisphere", "aggregate, not a country"],
  ["Africa", "aggregate, not a country"],
  ["Middle East", "aggregate, not a country"],
  ["Other Countries not included elsewhere", "aggregate, not a country"],
  ["Special Categories", "aggregate, not a country"],
  ["Countries & Areas not specified", "aggregate, not a country"],
  ["Memorandum Items", "aggregate, not a country"],
  ["Emerging Market and Developing Economies by Source of Export Earnings: Fuel", "aggregate, not a country"],
  ["Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel", "aggregate, not a country"],
  ["Belgium-Luxembourg", "historical reporting unit (Belgium-Luxembourg economic union), no ISO code"],
  ["Yemen Arab Rep.", "former North Yemen: its ISO code YEM now denotes unified Yemen, not loaded to avoid mixing the two"],
]);

/** Reason an IMF name is not loaded as a country, or undefined when it is a country (or unknown). */
export function imfNotCountryReason(name: string): string | undefined {
  const known = IMF_NOT_COUNTRY.get(name);
  if (known) return known;
  if (/not specified|not included elsewhere|\bn\.i\.e\b|Economies|Countries|Euro Area|European Union/i.test(name)) {
    return "aggregate, not a country";
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
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

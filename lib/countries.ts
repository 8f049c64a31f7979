// Countries the project knows: ISO 3166-1 alpha-3 codes (plus former countries' ISO 3166-3 codes and WLD for the
// world), their ISO alpha-2 codes and short English names for series titles. The importers refuse a code that is not
// here (add it here), never dropping a row silently. Pages name countries in the reader's language with
// Intl.DisplayNames; this table names them in stored English titles. The code shape itself is lib/codes.ts (isIso3).

export const WORLD = "WLD";

// [ISO3, ISO2 or "", short English name]. Former countries use their ISO 3166-3 codes.
const COUNTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ["WLD", "", "World"],
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

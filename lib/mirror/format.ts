// Figures for sentences, tooltips and chart labels: USD in bn/m with a fixed number of decimals, so that
// figures side by side read alike ("14.90 bn USD", "857.7 m USD").

/** "27.95 bn USD", "857.7 m USD", "42,000 USD"; a minus sign for negative values. */
export function formatUsd(value: number, options: { unit?: boolean } = {}): string {
  const unit = options.unit === false ? "" : " USD";
  const abs = Math.abs(value);
  const sign = value < 0 ? "−" : "";
  if (abs >= 1e9) return `${sign}${(abs / 1e9).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} bn${unit}`;
  if (abs >= 1e6) return `${sign}${(abs / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} m${unit}`;
  return `${sign}${abs.toLocaleString("en-US", { maximumFractionDigits: 0 })}${unit}`;
}

/** Like formatUsd with an explicit sign: "+1.20 bn USD", "−402.2 m USD", "0 USD". */
export function formatSignedUsd(value: number): string {
  return value > 0 ? `+${formatUsd(value)}` : formatUsd(value);
}

/** "45.8 %" (one decimal, en-US grouping); a minus sign for negative values. */
export function formatPct(value: number, digits = 1): string {
  const text = Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${value < 0 ? "−" : ""}${text} %`;
}

/** A CIF/FOB factor with two decimals: 1.1 → "1.10". */
export function formatFactor(value: number): string {
  return value.toFixed(Math.max(2, (String(value).split(".")[1] ?? "").length));
}

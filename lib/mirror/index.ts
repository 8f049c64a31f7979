export * from "./types";
export { CIF_FOB_BAND, CIF_FOB_DEFAULT, CIF_FOB_MAX, CIF_FOB_MIN, assertCifFob, cifFobBand, parseCifFob } from "./cif-fob";
export { naturalCompare, parseUsd, round2, roundTo } from "./numbers";
export { compareCodePoints, comparePreference, compareVintage, pickPerYear } from "./pick";
export {
  UNRELIABLE_FLAGS,
  computeMirrorGap,
  isReliable,
  mergeFlags,
  mirrorByProduct,
  mirrorRow,
  mirrorSeries,
  topContributors,
} from "./compute";
export * from "./view";
export { formatFactor, formatPct, formatSignedUsd, formatUsd } from "./format";

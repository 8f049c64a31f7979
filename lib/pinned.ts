// Pinned views (issue 11): `v=<data version>` on a page, an API call or an export asks for the values as they were at
// that version (lib/observations/sql.ts reads them through observations_as_of). One parser for the proxy and the
// routes: a malformed v is a 400, a version no import committed is a 404, the current version is served as current
// (the same numbers, from the same cache), and an older one is served pinned.
import { currentDataVersion, dataVersionInfo, type DataVersionInfo } from "./data-version";
import { ParamError, single } from "./params";

export const VERSION_PARAM = "v";
const VERSION_PATTERN = /^[1-9][0-9]{0,17}$/;

export type Pin =
  /** No v, or v is the current version. */
  | { kind: "current"; version: string; info: DataVersionInfo | null }
  /** An older version: read with asOf, show the "newer data exist" banner. */
  | { kind: "pinned"; version: string; info: DataVersionInfo; current: string };

export class PinError extends ParamError {
  constructor(message: string, status: 400 | 404) {
    super(VERSION_PARAM, message, status);
  }
}

/** The pin a request asks for; PinError (400 malformed, 404 unknown version) otherwise. */
export async function resolvePin(params: URLSearchParams): Promise<Pin> {
  const raw = single(params, VERSION_PARAM);
  const current = await currentDataVersion();
  if (raw === undefined) return { kind: "current", version: current, info: null };
  if (!VERSION_PATTERN.test(raw))
    throw new PinError(`${JSON.stringify(raw.slice(0, 40))} is not a data version (a positive whole number, e.g. v=${current})`, 400);
  if (BigInt(raw) > BigInt(current)) throw new PinError(`data version ${raw} does not exist yet (the current version is ${current})`, 404);
  const info = await dataVersionInfo(raw);
  if (!info) throw new PinError(`no import committed data version ${raw}: no values can be shown as of it`, 404);
  if (raw === current) return { kind: "current", version: current, info };
  return { kind: "pinned", version: raw, info, current };
}

/** What the query layer takes: `asOf` for an older version, nothing for the current one. */
export function asOfOf(pin: Pin): { asOf?: string } {
  return pin.kind === "pinned" ? { asOf: pin.version } : {};
}

/** Headers that say which data a response holds (every pinned API response and export carries them). */
export function pinHeaders(pin: Pin): Record<string, string> {
  if (pin.kind !== "pinned") return {};
  return { "X-Data-Version": pin.version, "X-Data-Version-Date": pin.info.committedAt };
}

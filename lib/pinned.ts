// Pinned views (issue 11): `v=<data version>` on a page, an API call or an export asks for the values as they were at
// that version (lib/observations/sql.ts reads them through observations_as_of). One parser for the proxy and the
// routes: a malformed v is a 400, a version no import committed is a 404, the current version is served as current
// (the same numbers, from the same cache), and an older one is served pinned.
import { currentDataVersion, dataVersionInfo, type DataVersionInfo } from "./data-version";
import { NotFoundError, ParamError } from "./errors";
import { single } from "./params";

export const VERSION_PARAM = "v";
const VERSION_PATTERN = /^[1-9][0-9]{0,17}$/;

export type Pin =
  /** No v, or v is the current version. */
  | { kind: "current"; version: string; info: DataVersionInfo | null }
  /** An older version: read with asOf, show the "newer data exist" banner. */
  | { kind: "pinned"; version: string; info: DataVersionInfo; current: string };

/** The error of a `v` that pins nothing: ParamError (400) when malformed, NotFoundError (404) when no import committed it. */
export type PinError = ParamError | NotFoundError;

export function isPinError(error: unknown): error is PinError {
  return (error instanceof ParamError || error instanceof NotFoundError) && error.parameter === VERSION_PARAM;
}

/** The pin a request asks for; ParamError (400) for a malformed v, NotFoundError (404) for an unknown version. */
export async function resolvePin(params: URLSearchParams): Promise<Pin> {
  const raw = single(params, VERSION_PARAM);
  const current = await currentDataVersion();
  if (raw === undefined) return { kind: "current", version: current, info: null };
  if (!VERSION_PATTERN.test(raw))
    throw new ParamError(
      VERSION_PARAM,
      `${JSON.stringify(raw.slice(0, 40))} is not a data version (a positive whole number, e.g. v=${current})`,
    );
  if (BigInt(raw) > BigInt(current))
    throw new NotFoundError(VERSION_PARAM, `data version ${raw} does not exist yet (the current version is ${current})`);
  const info = await dataVersionInfo(raw);
  if (!info) throw new NotFoundError(VERSION_PARAM, `no import committed data version ${raw}: no values can be shown as of it`);
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

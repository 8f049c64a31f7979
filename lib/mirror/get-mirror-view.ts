// Loads one direction and computes its mirror view (lib/mirror/direction-view.ts) for /api/mirror and the export.
import "server-only";
import { directionCodes } from "../codes";
import { countryName } from "../countries";
import { NotFoundError } from "../errors";
import { findSeries } from "../series/queries";
import { loadDeflator } from "../convert/queries";
import { viewFromDirection, type MirrorViewResult } from "./direction-view";
import type { MirrorQuery } from "./query";
import { loadMirrorDirection } from "./queries";

export type { MirrorView, MirrorViewResult } from "./direction-view";

/**
 * Loads and computes one direction (as of a data version with `pin.asOf`); NotFoundError when either series is
 * missing, ParamError for a source the side does not have.
 */
export async function getMirrorView(q: MirrorQuery, pin: { asOf?: string } = {}): Promise<MirrorViewResult> {
  const direction = await loadMirrorDirection({ exporter: q.exporter, importer: q.importer, hs: q.hs, asOf: pin.asOf });
  if (!direction) {
    const codes = directionCodes(q.exporter, q.importer, q.hs);
    const totals = directionCodes(q.exporter, q.importer);
    const pairExists = q.hs !== null && (await findSeries([totals.exporter, totals.importer])).length === 2;
    const parameter = pairExists ? "hs" : "importer";
    throw new NotFoundError(
      parameter,
      `no mirror data for ${q.exporter} → ${q.importer}${q.hs ? ` HS ${q.hs}` : ""}: needs both ${codes.exporter} and ${codes.importer}`,
    );
  }
  const deflator = q.real === undefined ? null : await loadDeflator(q.real);
  const names = { exporter: countryName(q.exporter, q.exporter), importer: countryName(q.importer, q.importer) };
  return viewFromDirection(direction, q, { strictSources: true, deflator, names });
}

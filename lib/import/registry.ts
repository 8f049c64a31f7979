// Every format the importer reads. Detection tries them in order; the first that recognises the file wins.
import { aiddataGcdfParser } from "./parsers/aiddata-gcdf";
import { blsCpiParser } from "./parsers/bls-cpi";
import { comtradeParser } from "./parsers/comtrade";
import { datapackParser } from "./parsers/datapack";
import { dotsParser } from "./parsers/dots";
import { fedFxParser } from "./parsers/fed-fx";
import { tidyParser } from "./parsers/tidy";
import { wiiwParser } from "./parsers/wiiw";
import { witsParser } from "./parsers/wits";
import { witsApiParser } from "./parsers/wits-api";
import { witsXlsxParser } from "./parsers/wits-xlsx";
import type { Parser } from "./types";

export const PARSERS: Parser[] = [
  comtradeParser,
  dotsParser,
  witsParser,
  witsApiParser,
  witsXlsxParser,
  wiiwParser,
  blsCpiParser,
  fedFxParser,
  aiddataGcdfParser,
  tidyParser,
  datapackParser,
];

export function findParser(fileName: string, head: Buffer): Parser | undefined {
  return PARSERS.find((p) => p.detect(fileName, head));
}

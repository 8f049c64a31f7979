// Every format the importer reads. Detection tries them in order; the first that recognises the file wins.
import { datapackParser } from "./parsers/datapack";
import { tidyParser } from "./parsers/tidy";
import type { Parser } from "./types";

export const PARSERS: Parser[] = [tidyParser, datapackParser];

export function findParser(fileName: string, head: Buffer): Parser | undefined {
  return PARSERS.find((p) => p.detect(fileName, head));
}

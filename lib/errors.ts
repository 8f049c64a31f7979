// The domain's one error convention. A domain function that cannot answer because of what it was asked throws one of
// these, naming the parameter at fault; lib/http.ts handle() turns them into JSON errors (ParamError → 400,
// NotFoundError → 404), and pages turn them into their 4xx page. Anything else that is thrown is a defect or an
// outage (500, or 503 when the database cannot be reached). Parsers of text a reader is typing (e.g. the CIF/FOB
// field) return a result object instead, so that the control can show the message while the reader types. Pure.

/** The request names something malformed or out of range (400). */
export class ParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
    this.name = "ParamError";
  }
}

/** The request is well-formed but names something the data do not hold (404). The message is said as is. */
export class NotFoundError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "NotFoundError";
  }
}

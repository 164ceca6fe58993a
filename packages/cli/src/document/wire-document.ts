/** A request or response as the contract parsers and builders return it: a plain JSON object. */
export type WireDocument = Readonly<Record<string, unknown>>;

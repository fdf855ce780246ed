export * from "./errors";
export * from "./cells";
export * from "./months";
export * from "./phasing";
export * from "./effect";
export * from "./forecast";
export * from "./staffing";
export * from "./totals";

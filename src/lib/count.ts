/** The noun for a count: `noun(1, 'service')` → "service", `noun(4, 'service')` → "services". */
export const noun = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

/** A count with its noun: `count(1, 'service')` → "1 service", `count(4, 'service')` → "4 services". */
export const count = (n: number, one: string, many?: string): string => `${n} ${noun(n, one, many)}`;

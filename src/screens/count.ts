const number = new Intl.NumberFormat('en-GB');

/** 1024 as "1,024", as en-GB writes numbers. */
export const formatNumber = (n: number): string => number.format(n);

/** "1 signed record", "1,024 signed records". */
export const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

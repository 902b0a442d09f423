/** A JSON-style object (not null, not an array): the first check on anything read back from storage or a file. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

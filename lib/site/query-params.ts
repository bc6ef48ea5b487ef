/** A query-string value as Next hands it to a page: a repeated key ("?q=a&q=b") counts once, first. */
export const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

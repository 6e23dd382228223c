/**
 * How a CSV row read from a content file (src/lib/content/csv.ts) keeps the
 * cells it has beyond the header's columns, most often an unquoted
 * "£1,200.00" split in two, so that a kind's schema can say what went wrong
 * on the row's own line.
 */
export const EXTRA_CELLS = '$extra';

/**
 * Reads a CSV file as a finance system exports it (a header row, then one row
 * per item) into its column names and rows, with the file line each row
 * starts on, so that a problem in row 4,017 is reported on its line. Read with
 * csv-parse: quoted values with commas, quotes and line breaks, a byte-order
 * mark and Windows line endings are all read as a spreadsheet writes them.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { Explanation } from '../../domain/explain';
import { EXTRA_CELLS } from '../../domain/table-cells';

export interface CsvTable {
  /** The header row, each name trimmed. */
  columns: string[];
  /**
   * One object per row, keyed by column name; a cell missing from a short row
   * is left out, and cells beyond the header's columns are kept under
   * {@link EXTRA_CELLS}, so that a schema can say what went wrong.
   */
  rows: Record<string, string | string[]>[];
  /** The file line each row starts on (1-based), in the order of `rows`. */
  rowLines: number[];
  /** Set when the file cannot be read as CSV at all: the line and what is wrong. */
  error?: { line: number } & Explanation;
}

/** What csv-parse's error codes mean for someone exporting from a spreadsheet. */
const CSV_PROBLEMS: Record<string, Explanation> = {
  CSV_QUOTE_NOT_CLOSED: {
    problem: 'a value opens a double quotation mark that is never closed',
    fix: 'close the quotation mark, or save the file again from the spreadsheet as "CSV UTF-8"',
  },
  CSV_INVALID_CLOSING_QUOTE: {
    problem: 'a quoted value has text straight after its closing quotation mark',
    fix: 'write a quotation mark inside a quoted value twice (""), or save the file again from the spreadsheet',
  },
  INVALID_OPENING_QUOTE: {
    problem: 'a quotation mark appears in the middle of a value that is not itself in quotation marks',
    fix: 'put the whole value in double quotes and write the quotation mark inside it twice ("")',
  },
};

const UNREADABLE: Explanation = {
  problem: 'this line cannot be read as CSV',
  fix: 'save the file again from the spreadsheet as "CSV UTF-8 (comma delimited)"',
};

/** Line breaks in a text, each "\r\n", "\n" or "\r" one. */
const lineBreaks = (text: string) => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/**
 * @example readCsv('Date,Amount\n2024-04-02,600\n').rows // => [{ Date: '2024-04-02', Amount: '600' }]
 * @example readCsv('Date,Amount\n2024-04-02,600\n').rowLines // => [2]
 */
export function readCsv(text: string): CsvTable {
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const code = error instanceof CsvError ? error.code : '';
    const line = error instanceof CsvError ? ((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    return { columns: [], rows: [], rowLines: [], error: { line, ...(CSV_PROBLEMS[code] ?? UNREADABLE) } };
  }
  const [header, ...body] = records;
  const columns = (header?.record ?? []).map((name) => name.trim());
  const rows: CsvTable['rows'] = [];
  const rowLines: number[] = [];
  // Lines are counted from the raw text of each row rather than taken from csv-parse, which counts
  // only the file's own line ending, while Excel writes a line break inside a cell as a bare "\n".
  let linesBefore = lineBreaks(header?.raw ?? '');
  for (const { record, raw } of body) {
    // A row's raw text starts with the blank lines skipped before it.
    const blank = /^(\r\n|\n|\r)*/.exec(raw)?.[0] ?? '';
    rowLines.push(linesBefore + lineBreaks(blank) + 1);
    linesBefore += lineBreaks(raw);
    const row: CsvTable['rows'][number] = Object.fromEntries(
      columns.flatMap((name, i) => (i < record.length ? [[name, record[i].trim()]] : [])),
    );
    if (record.length > columns.length) row[EXTRA_CELLS] = record.slice(columns.length);
    rows.push(row);
  }
  return { columns, rows, rowLines };
}

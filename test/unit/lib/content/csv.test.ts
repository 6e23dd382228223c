/**
 * Reading a CSV file as a finance system exports it: each row's cells under
 * its header's names, and the line each row starts on, however its values
 * are quoted and whatever line endings the spreadsheet wrote.
 */
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../src/lib/content/csv';
import { EXTRA_CELLS } from '../../../../src/domain/table-cells';

describe('readCsv', () => {
  it('gives each row under the header names, with the line it starts on', () => {
    const table = readCsv('Date,Supplier\n2024-04-02,"Acme, Ltd"\n\n2024-04-03,"Two\nlines"\n2024-04-04,Last\n');
    expect(table.columns).toEqual(['Date', 'Supplier']);
    expect(table.rows).toEqual([
      { Date: '2024-04-02', Supplier: 'Acme, Ltd' },
      { Date: '2024-04-03', Supplier: 'Two\nlines' },
      { Date: '2024-04-04', Supplier: 'Last' },
    ]);
    // The blank line 3 is skipped; the row with a line break starts on 4 and the next on 6.
    expect(table.rowLines).toEqual([2, 4, 6]);
  });

  it('reads a byte-order mark and Windows line endings as a spreadsheet saves them', () => {
    const table = readCsv('\uFEFFDate , Amount\r\n2024-04-02,600\r\n');
    expect(table.columns).toEqual(['Date', 'Amount']);
    expect(table.rows).toEqual([{ Date: '2024-04-02', Amount: '600' }]);
  });

  it('keeps the cells of a row longer than the header, so that the schema can say so on its line', () => {
    const table = readCsv('Date,Amount\n2024-04-02,£1,250.00\n');
    expect(table.rows[0]).toEqual({ Date: '2024-04-02', Amount: '£1', [EXTRA_CELLS]: ['250.00'] });
  });

  it('says on which line a quotation mark is never closed, in plain words', () => {
    const table = readCsv('Date,Supplier\n2024-04-02,Acme\n2024-04-03,"Soar Valley\n');
    expect(table.error).toEqual({
      line: 3,
      problem: 'a value opens a double quotation mark that is never closed',
      fix: 'close the quotation mark, or save the file again from the spreadsheet as "CSV UTF-8"',
    });
  });

  it('reads back any table a spreadsheet writes, cell for cell and line for line', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\n', '£', "'", '<', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }), fc.boolean(), (rows, windows) => {
        // A row of blank cells is a blank line, which spreadsheets skip too; and cells are read trimmed.
        const kept = rows.filter((row) => row.some((c) => c !== ''));
        // Spreadsheets quote a cell with a line break in it, whatever line ending they write.
        const text = stringify([['A', 'B', 'C'], ...kept], {
          record_delimiter: windows ? 'windows' : 'unix',
          quoted_match: /\n/,
        });
        const table = readCsv(text);
        expect(table.error).toBeUndefined();
        expect(table.rows).toEqual(kept.map(([a, b, c]) => ({ A: a.trim(), B: b.trim(), C: c.trim() })));
        // Each row starts one line after the previous row's last line.
        let line = 2;
        kept.forEach((row, i) => {
          expect(table.rowLines[i]).toBe(line);
          line += 1 + row.join('').split('\n').length - 1;
        });
      }),
    );
  });
});

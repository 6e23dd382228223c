/**
 * A month of synthetic spending over £500 as a finance system exports it:
 * the header the portal documents, dates written DD/MM/YYYY, amounts with £
 * and thousands commas (quoted), a few hundred suppliers paid many times, and
 * now and then a withheld payment to an individual. The same seed and size
 * always give the same file. Used by the bench and by the tests that drop a
 * month of 10,000 rows in as a finance team would.
 */
import { stringify } from 'csv-stringify/sync';
import { seededRandom } from './generate-content';

const CATEGORIES = [
  'Premises',
  'Supplies and services',
  'Transport',
  'Communications and computing',
  'Third party payments',
  'Grants to community groups',
  'Professional fees',
];
const TRADES = ['Facilities', 'Fleet Services', 'IT Solutions', 'Consulting', 'Catering', 'Security', 'Print', 'Legal'];
const NAMES = ['Acme', 'Brightway', 'Charnwood', 'Soar Valley', 'Rutland', 'Midshires', 'Fosse', 'Welland', 'Oakham'];
const ROUTES = [
  'Framework contract',
  'Three quotes obtained',
  'Competitive tender',
  'Contract renewal',
  'Sole supplier',
];

/** The text of a month's CSV file with `rows` payments. */
export function spendingCsv(month: string, rows: number, seed = 7): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const suppliers = Array.from({ length: 400 }, (_, i) => `${pick(NAMES)} ${pick(TRADES)} ${i + 1} Ltd`);
  const [year, mm] = month.split('-');
  const days = new Date(Date.UTC(Number(year), Number(mm), 0)).getUTCDate();
  const lines: string[][] = [
    ['Date', 'Supplier', 'Amount', 'Category', 'Purpose', 'Value for money', 'Reference', 'Withheld reason'],
  ];
  for (let i = 0; i < rows; i += 1) {
    const day = String(1 + Math.floor(random() * days)).padStart(2, '0');
    const pounds = 500.01 + Math.floor(random() * random() * 250_000_00) / 100;
    const amount = `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const withheld = random() < 0.01;
    const category = pick(CATEGORIES);
    lines.push([
      `${day}/${mm}/${year}`,
      withheld ? 'Redacted' : pick(suppliers),
      amount,
      category,
      `${category} for the ${pick(['east', 'west', 'city', 'county', 'rural'])} area, order ${1000 + i}`,
      pick(ROUTES),
      `INV-${month.replace('-', '')}-${String(i + 1).padStart(5, '0')}`,
      withheld ? 'Payment to a private individual' : '',
    ]);
  }
  return stringify(lines);
}

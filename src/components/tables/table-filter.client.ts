/**
 * Progressive enhancement for register tables: shows the filter form, hides
 * rows that do not match, sorts by a column, and announces how many rows show.
 * Without JavaScript every row is listed.
 */
import { compareRows, matchesFilters, type RowValues } from '../../lib/table-filter';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-filter]')) {
  const table = document.getElementById(form.dataset.tableFilter ?? '') as HTMLTableElement | null;
  const body = table?.tBodies[0];
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!table || !body) continue;
  form.hidden = false;
  const rows = [...body.rows];
  const valuesOf = (row: HTMLTableRowElement): RowValues => ({ ...row.dataset }) as RowValues;

  const apply = () => {
    const chosen: RowValues = {};
    for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-key]'))
      chosen[select.dataset.key!] = select.value;
    let shown = 0;
    for (const row of rows) {
      const match = matchesFilters(valuesOf(row), chosen);
      row.hidden = !match;
      if (match) shown += 1;
    }
    if (status) status.textContent = `Showing ${shown} of ${rows.length}`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => window.setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());

  for (const button of table.querySelectorAll<HTMLButtonElement>('th button[data-sort]')) {
    button.hidden = false;
    button.previousElementSibling?.setAttribute('hidden', '');
    button.addEventListener('click', () => {
      const header = button.closest('th')!;
      const direction = header.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc';
      for (const th of table.querySelectorAll('th[aria-sort]')) th.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : 'descending');
      const key = button.dataset.sort!;
      body.append(...[...body.rows].sort((a, b) => compareRows(valuesOf(a), valuesOf(b), key, direction)));
    });
  }
  apply();
}

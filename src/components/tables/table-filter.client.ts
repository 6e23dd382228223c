/**
 * Progressive enhancement for register tables: shows the filter form, hides
 * rows that do not match, sorts, keeps the view in the page address (so a
 * copied link reopens it) and says what shows, in the caption and politely to
 * screen readers. Without JavaScript every row is listed.
 */
import {
  compareRows,
  describeTableState,
  type FilterSpec,
  matchesFilters,
  parseTableState,
  type RowValues,
  type SortSpec,
  type TableState,
  tableStateQuery,
} from '../../lib/views/table-filter';

interface Config {
  filters: FilterSpec[];
  sorts: SortSpec[];
  noun: { one: string; many: string };
  defaultOrder: string;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-filter]')) {
  const table = document.getElementById(form.dataset.tableFilter ?? '') as HTMLTableElement | null;
  const body = table?.tBodies[0];
  if (!table || !body) continue;
  const config = JSON.parse(form.dataset.config ?? '{}') as Config;
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  const rows = [...body.rows];
  const valuesOf = (row: HTMLTableRowElement): RowValues => ({ ...row.dataset }) as RowValues;

  const readForm = (): TableState => {
    const state: TableState = { filters: {} };
    for (const f of config.filters) {
      if (f.kind === 'contains') {
        const text = form.querySelector<HTMLInputElement>(`input[name="${f.key}"]`)?.value.trim() ?? '';
        state.filters[f.key] = text ? [text] : [];
        continue;
      }
      state.filters[f.key] = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
        .filter((box) => box.name === f.key && box.checked)
        .map((box) => box.value);
    }
    const [key, direction] = (sortSelect?.value ?? '').split(':');
    if (key && (direction === 'asc' || direction === 'desc')) state.sort = { key, direction };
    return state;
  };

  const writeForm = (state: TableState) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = (state.filters[box.name] ?? []).includes(box.value);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="search"]'))
      input.value = state.filters[input.name]?.[0] ?? '';
    if (sortSelect) sortSelect.value = state.sort ? `${state.sort.key}:${state.sort.direction}` : '';
    // Open any group with something chosen, so a shared link shows why rows are missing.
    for (const group of form.querySelectorAll<HTMLDetailsElement>('details[data-group]'))
      if ((state.filters[group.dataset.group ?? ''] ?? []).length > 0) group.open = true;
  };

  const show = (state: TableState, announce: boolean) => {
    let shown = 0;
    for (const row of rows) {
      const match = matchesFilters(valuesOf(row), state.filters, config.filters);
      row.hidden = !match;
      if (match) shown += 1;
    }
    const sort = state.sort;
    body.append(
      ...(sort ? [...rows].sort((a, b) => compareRows(valuesOf(a), valuesOf(b), sort.key, sort.direction)) : rows),
    );
    for (const th of table.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      if (sort && th.dataset.sortKey === sort.key)
        th.setAttribute('aria-sort', sort.direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    for (const count of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const n = (state.filters[count.dataset.countFor ?? ''] ?? []).length;
      count.textContent = n > 0 ? `(${n} chosen)` : '';
    }
    const words = describeTableState(state, { ...config, shown, total: rows.length });
    if (table.caption) table.caption.textContent = words;
    if (announce && status) status.textContent = words;
  };

  const fromAddress = () => {
    const state = parseTableState(window.location.search, config.filters, config.sorts);
    writeForm(state);
    show(state, false);
  };

  const onChange = () => {
    const state = readForm();
    show(state, true);
    // replaceState, not pushState: ticking boxes should not fill the Back button's history.
    const query = tableStateQuery(state, config.filters, config.sorts);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  };

  form.hidden = false;
  form.addEventListener('change', onChange);
  // Typing in a "contains" box filters as the reader types, once they pause.
  let typing: number | undefined;
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    window.clearTimeout(typing);
    typing = window.setTimeout(onChange, 200);
  });
  form.addEventListener('reset', () => window.setTimeout(onChange));
  form.addEventListener('submit', (event) => event.preventDefault());
  // Back or Forward to this page (including from the browser's page cache) shows the view its address names.
  window.addEventListener('popstate', fromAddress);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) fromAddress();
  });
  fromAddress();
}

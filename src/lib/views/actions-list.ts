/**
 * The actions register (/actions/): counts by status, the rows newest first,
 * the filters a reader can choose from and the caption, worked out from the
 * tracked actions so that the page only lays them out.
 */
import { ACTION_STATUSES, type ActionStatus } from '../../collections/meetings/schema';
import { ACTION_STATUS_LABELS, type TrackedAction } from '../rules/actions';
import { countBy } from '../rules/grouping';
import { describeTableState, type FilterSpec, type RowValues } from './table-filter';

export interface ActionsList {
  /** How many actions have each status, every status present (zero when none). */
  counts: Record<ActionStatus, number>;
  /** The actions, raised at the newest meeting first. */
  rows: TrackedAction[];
  /** Each row's values for the filters, as the table's data attributes. */
  rowData: (action: TrackedAction) => RowValues;
  view: {
    filters: FilterSpec[];
    sorts: [];
    noun: { one: string; many: string };
    defaultOrder: string;
  };
  /** The table's caption before a reader filters it. */
  caption: string;
}

const unique = (values: readonly string[]) => [...new Set(values)].sort();
const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * @param raisedBy The short name of the body whose meeting raised an action.
 */
export function actionsList(
  actions: readonly TrackedAction[],
  raisedBy: (action: TrackedAction) => string,
): ActionsList {
  const counts = countBy(actions, (a) => a.status, ACTION_STATUSES);
  const rows = [...actions].sort((a, b) => b.raisedAt.date.localeCompare(a.raisedAt.date));
  const year = (a: TrackedAction) => a.raisedAt.date.slice(0, 4);
  const filters: FilterSpec[] = [
    {
      key: 'status',
      label: 'Status',
      phrase: 'status',
      // Only statuses some action has: a choice that can show nothing is no choice.
      options: ACTION_STATUSES.filter((s) => counts[s] > 0).map((s) => ({
        value: s,
        label: ACTION_STATUS_LABELS[s],
        phrase: ACTION_STATUS_LABELS[s].toLowerCase(),
      })),
    },
    { key: 'body', label: 'Raised by', phrase: 'raised by', options: asOptions(unique(actions.map(raisedBy))) },
    {
      key: 'owner',
      label: 'Owner',
      phrase: 'owned by',
      options: asOptions(unique(actions.map((a) => a.action.owner))),
    },
    { key: 'year', label: 'Year raised', phrase: 'raised in', options: asOptions(unique(actions.map(year)).reverse()) },
  ];
  const view = {
    filters,
    sorts: [] as [],
    noun: { one: 'action', many: 'actions' },
    defaultOrder: 'Newest meeting first',
  };
  return {
    counts,
    rows,
    rowData: (a) => ({ status: a.status, body: raisedBy(a), owner: a.action.owner, year: year(a) }),
    view,
    caption: describeTableState({ filters: {} }, { ...view, shown: rows.length, total: rows.length }),
  };
}

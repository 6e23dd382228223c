/**
 * What the browser editor adds to Decap CMS so that nothing withheld can be
 * saved without saying why: a visibility choice that says, as it is chosen,
 * what will and will not be published; a reason box that becomes required as
 * soon as something is withheld; and a last check on save, at every depth of
 * a record (a meeting, each agenda item, each action), which refuses to save a
 * withheld item with no reason, as `npm run check` would refuse to build it.
 *
 * Decap renders with React and exposes `h` (React.createElement) and
 * `createClass` for widgets written without a build step.
 * @see https://decapcms.org/docs/custom-widgets/
 */
import {
  EDITOR_FORMATS,
  fromMarkdownFile,
  fromYamlFile,
  nestedFieldOrder,
  asGroups,
  asWritten,
  itemNames,
  keptWhenEmpty,
  placeInForm,
  shorthandsOf,
  toMarkdownFile,
  toYamlFile,
} from '../lib/editor/format';
import { parse } from 'yaml';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

interface WidgetProps {
  field: ImmutableLike;
  value: unknown;
  forID: string;
  classNameWrapper: string;
  parentIds?: string[];
  onChange: (value: unknown) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

type Element = unknown;
type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface Component {
  props: WidgetProps;
  forceUpdate(): void;
}

interface Decap {
  registerWidget(name: string, control: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: {
      fromFile: (text: string) => unknown;
      toFile: (data: Record<string, unknown>, order?: string[]) => string;
    },
  ): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: Decap & { init(): void };
    h: H;
    createClass: (spec: Record<string, unknown> & ThisType<Component>) => unknown;
  }
}

const OFFICIAL = 'official';

/**
 * The visibility chosen in each group of fields (the record, or one agenda
 * item), keyed by the group's place in the form, so that the reason box
 * beside it knows whether it is needed. Decap gives each widget only its own
 * value; siblings share the ids of the groups they sit in.
 */
const chosen = new Map<string, string>();
const listeners = new Set<() => void>();
const groupOf = (props: WidgetProps) => JSON.stringify(props.parentIds ?? []);

function choose(group: string, visibility: string) {
  if (chosen.get(group) === visibility) return;
  chosen.set(group, visibility);
  // After this render: the reason box re-reads the choice.
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

/** What choosing a visibility does, in the words an author needs. */
export function explainVisibility(visibility: string, label: string, publicFields: readonly string[]): string {
  if (visibility === OFFICIAL) return 'Published in full: everything in this part of the record appears on the site.';
  return `${label}: only ${publicFields.join(', ')} and the reason you give below are published. Everything else you write here stays in the repository and never appears on any page, search result, feed or data file. The reason is required.`;
}

/** The first withheld part of a record with no reason, as a path for the message, or undefined. */
export function withheldWithoutReason(data: unknown, path = ''): string | undefined {
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) {
      const found = withheldWithoutReason(item, `${path}[${i + 1}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const visibility = record.visibility;
  const reason = record.withheldReason;
  if (typeof visibility === 'string' && visibility !== OFFICIAL && !(typeof reason === 'string' && reason.trim()))
    return path || 'this record';
  for (const [key, value] of Object.entries(record)) {
    const found = withheldWithoutReason(value, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/** The order of every field in the forms, nested ones included, once config.yml has been read. */
let formOrder: string[] = [];
/** Where the forms have groups that files may write as one value, once config.yml has been read. */
let shorthands: ReturnType<typeof shorthandsOf> = [];
/** The lists whose emptiness means something, written even when empty. */
let keep: string[] = [];
/** What one item of each list is called, for messages. */
let names = new Map<string, string>();

interface EditorConfig {
  backend?: { repo?: string };
  local_backend?: boolean | { url?: string };
  collections?: Parameters<typeof nestedFieldOrder>[0]['collections'];
}

/**
 * Whether `npx decap-server` is running beside an editor opened on this
 * computer, which Decap then uses instead of GitHub.
 */
async function localBackendRunning(config: EditorConfig): Promise<boolean> {
  if (!['localhost', '127.0.0.1'].includes(window.location.hostname) || !config.local_backend) return false;
  const url =
    typeof config.local_backend === 'object' && config.local_backend.url
      ? config.local_backend.url
      : 'http://localhost:8081/api/v1';
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts Decap once the page and its script have loaded: with the portal's
 * widgets, or, when the site was built without a repository to save to and no
 * local backend is running, with the page's own explanation in place of
 * Decap's configuration error.
 */
async function start() {
  const config = parse(await (await fetch('config.yml')).text()) as EditorConfig;
  formOrder = nestedFieldOrder(config);
  shorthands = shorthandsOf(config);
  keep = keptWhenEmpty(config);
  names = itemNames(config);
  register(window.CMS, window.h, window.createClass);
  if (!config.backend?.repo && !(await localBackendRunning(config))) {
    document.getElementById('editor-not-connected')?.removeAttribute('hidden');
    return;
  }
  window.CMS.init();
}

const sentenceCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function register(cms: Decap, h: H, createClass: Window['createClass']) {
  const VisibilityControl = createClass({
    render(this: Component) {
      const { field, value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const current = typeof value === 'string' && value ? value : OFFICIAL;
      choose(groupOf(this.props), current);
      const options = (field.get('options') as ImmutableLike).toJS() as { label: string; value: string }[];
      const publicFields = ((field.get('public_when_withheld') as ImmutableLike | undefined)?.toJS() ?? [
        'title',
      ]) as string[];
      const label = options.find((o) => o.value === current)?.label ?? current;
      return h(
        'div',
        null,
        h(
          'select',
          {
            id: forID,
            className: classNameWrapper,
            value: current,
            'aria-describedby': `${forID}-explained`,
            onChange: (event: { target: { value: string } }) => onChange(event.target.value),
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
          },
          ...options.map((o) => h('option', { key: o.value, value: o.value }, o.label)),
        ),
        h(
          'p',
          { id: `${forID}-explained`, className: 'tp-editor-explained', 'aria-live': 'polite' },
          explainVisibility(current, label, publicFields),
        ),
      );
    },
  });

  const ReasonControl = createClass({
    componentDidMount(this: Component & { update?: () => void }) {
      this.update = () => this.forceUpdate();
      listeners.add(this.update);
    },
    componentWillUnmount(this: Component & { update?: () => void }) {
      if (this.update) listeners.delete(this.update);
    },
    withheld(this: Component) {
      const visibility = chosen.get(groupOf(this.props));
      return visibility !== undefined && visibility !== OFFICIAL;
    },
    isValid(this: Component & { withheld(): boolean }) {
      const { value, parentIds } = this.props;
      if (!this.withheld() || (typeof value === 'string' && value.trim())) return true;
      return {
        error: {
          type: 'CUSTOM',
          parentIds,
          message:
            'Withheld reason is required: write a sentence the public will see explaining why this is withheld, or set "Visibility" to Published.',
        },
      };
    },
    render(this: Component & { withheld(): boolean }) {
      const { value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const withheld = this.withheld();
      return h(
        'div',
        null,
        h(
          'p',
          { id: `${forID}-need`, className: 'tp-editor-explained' },
          withheld
            ? 'Required, because this is withheld: the public read this sentence in place of what is withheld.'
            : 'Leave this empty: it is published in full. Fill it in only after choosing a visibility other than Published.',
        ),
        h('textarea', {
          id: forID,
          className: classNameWrapper,
          value: typeof value === 'string' ? value : '',
          required: withheld,
          'aria-required': withheld,
          'aria-describedby': `${forID}-need`,
          rows: 3,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
      );
    },
  });

  cms.registerCustomFormat(EDITOR_FORMATS.pages, 'md', {
    fromFile: (text) => asGroups(fromMarkdownFile(text), shorthands),
    toFile: (data, order = []) => toMarkdownFile(asWritten(data, shorthands), [...order, ...formOrder], keep),
  });
  cms.registerCustomFormat(EDITOR_FORMATS.data, 'yaml', {
    fromFile: (text) => asGroups(fromYamlFile(text), shorthands),
    toFile: (data, order = []) => toYamlFile(asWritten(data, shorthands), [...order, ...formOrder], keep),
  });
  cms.registerWidget('visibility', VisibilityControl);
  cms.registerWidget('withheld-reason', ReasonControl);
  // The last line of defence: a withheld part whose form was never opened (a collapsed list item) is caught here.
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const where = withheldWithoutReason((entry.get('data') as ImmutableLike).toJS());
      if (where)
        throw new Error(
          `${where === 'this record' ? 'This record' : sentenceCase(placeInForm(where, names))} is withheld but has no withheld reason. Write a sentence the public will see explaining why, or set its visibility to Published.`,
        );
      return undefined;
    },
  });
}

if (typeof window !== 'undefined') {
  // This module runs before Decap's script (both are deferred, in page order): Decap waits for start().
  window.CMS_MANUAL_INIT = true;
  // Should the portal's part fail (config.yml unreachable), Decap still starts and reports the problem itself.
  document.addEventListener('DOMContentLoaded', () => void start().catch(() => window.CMS.init()));
}

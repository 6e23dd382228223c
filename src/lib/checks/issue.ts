/**
 * A problem found in the content, as every check reports it and as
 * `npm run check` and the build print it.
 */
export interface ContentIssue {
  file: string;
  line?: number | undefined;
  /** The field, e.g. `agenda[2].title`; "(body)" for the Markdown text, "(file)" for the file as a whole. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

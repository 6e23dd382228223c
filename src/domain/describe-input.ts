/**
 * How a value someone wrote is named in an error message, so that a message
 * can quote it back ("must be a date, not the number 42") without any
 * programming words.
 */

/**
 * What was written, as a person would describe it.
 *
 * @example describeInput(42) // => "the number 42"
 */
export function describeInput(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  switch (typeof input) {
    case 'string':
      return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
    case 'number':
      return `the number ${input}`;
    case 'boolean':
      return String(input);
    case 'object':
      return 'a group of fields';
    default:
      return 'nothing';
  }
}

/**
 * Every problem the portal reports about what someone wrote says two things:
 * what is wrong, and how to put it right. They are kept apart from the rule
 * that finds the problem to the person who reads it, so that the terminal,
 * the build log and GitHub's annotations can each set them out their own way.
 *
 * zod carries one string per issue (an error map or a refinement returns a
 * message, nothing more), so a message that passes through zod holds both
 * parts joined by an invisible separator, the ASCII unit separator, and
 * {@link explained} parts them at it. Nothing guesses where a fix begins.
 */

/** What is wrong, and how to put it right. */
export interface Explanation {
  problem: string;
  fix: string;
}

/** The separator between problem and fix in a message that passes through zod. */
const MARK = '\u001f';

/**
 * A message for zod: the problem, then the fix.
 *
 * @example explained(explain('is not a real date', 'write it as YYYY-MM-DD'))
 * // => { problem: 'is not a real date', fix: 'write it as YYYY-MM-DD' }
 */
export function explain(problem: string, fix: string): string {
  return `${problem}${MARK}${fix}`;
}

/**
 * A zod message parted into problem and fix. A message with no fix (zod's
 * own, for a rule the portal did not word) gets `fallbackFix`. The last
 * separator counts, since the problem may quote what was written.
 *
 * @example explained('must be a date') // => { problem: 'must be a date', fix: undefined }
 */
export function explained(message: string): { problem: string; fix: string | undefined };
export function explained(message: string, fallbackFix: string): Explanation;
export function explained(message: string, fallbackFix?: string): { problem: string; fix: string | undefined } {
  const at = message.lastIndexOf(MARK);
  if (at < 0) return { problem: message, fix: fallbackFix };
  return { problem: message.slice(0, at), fix: message.slice(at + MARK.length) };
}

/**
 * The two parts as one line of plain English, for places that print a single
 * line (an error thrown by the site config loader, the build's own log).
 *
 * @example sentence({ problem: 'is missing', fix: 'add "date:"' }) // => 'is missing: add "date:"'
 */
export function sentence({ problem, fix }: Explanation): string {
  return `${problem}: ${fix}`;
}

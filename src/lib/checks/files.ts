/**
 * Checks of the files themselves, before their fields: that each can be read
 * (UTF-8, YAML, a frontmatter block), that its name can be an address, that
 * no two files give one entry, and that nothing in the content folder would be
 * silently left out of the site.
 */
import { extname } from 'node:path';
import type { ContentFile, StrayFile } from '../content/files';
import { ID_PATTERN, suggestedId } from '../content/ids';
import { nearestWord } from '../../domain/suggest';
import type { ContentIssue } from './issue';

const error = (file: string, field: string, problem: string, fix: string, line?: number): ContentIssue => ({
  file,
  line,
  field,
  problem,
  fix,
  severity: 'error',
});

/** Images a Markdown body may show, kept beside the content. SVG is not among them: it can carry script. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif'];

/**
 * Problems that stop a file being read at all. When there are any, the
 * file's fields are not checked: every field would be reported as missing.
 */
export function unreadableFileIssues(file: ContentFile): ContentIssue[] {
  const { encodingError, yamlError } = file;
  if (encodingError) return [error(file.path, '(file)', encodingError.problem, encodingError.fix, encodingError.line)];
  if (yamlError)
    return [
      error(
        file.path,
        file.path.endsWith('.csv') ? '(CSV)' : '(YAML)',
        yamlError.problem,
        yamlError.fix,
        yamlError.line,
      ),
    ];
  if (file.noFrontmatter === 'unclosed') {
    return [
      error(
        file.path,
        '(file)',
        'the fields block that starts on this line is never closed',
        'add a line of three hyphens (---) after the last field, before the text',
        1,
      ),
    ];
  }
  if (file.noFrontmatter === 'missing') {
    return [
      error(
        file.path,
        '(file)',
        'has no fields block at the top',
        'start the file with a line of three hyphens (---), then the fields, then another --- line before the text',
        1,
      ),
    ];
  }
  if (!file.data || typeof file.data !== 'object' || Array.isArray(file.data)) {
    return [
      error(
        file.path,
        '(file)',
        'does not hold fields',
        'write one field per line as "name: value", e.g. "title: Estates strategy"',
        file.yaml.firstLine,
      ),
    ];
  }
  return [];
}

/** A file name must be usable as the entry's address. */
export function fileNameIssues(file: ContentFile): ContentIssue[] {
  if (ID_PATTERN.test(file.id)) return [];
  const better = `${suggestedId(file.id)}${extname(file.path)}`;
  return [
    error(
      file.path,
      '(file name)',
      `"${file.id}" cannot be a web address`,
      `rename the file to ${better} (lower-case letters, digits and hyphens only)`,
      1,
    ),
  ];
}

/**
 * Two files that give one id, whatever their extensions or subfolders: only
 * one could be published, and which one would be an accident.
 */
export function duplicateIdIssues(files: readonly Pick<ContentFile, 'id' | 'path'>[]): ContentIssue[] {
  const byId = new Map<string, Pick<ContentFile, 'id' | 'path'>[]>();
  for (const file of files) byId.set(file.id, [...(byId.get(file.id) ?? []), file]);
  const issues: ContentIssue[] = [];
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => other.path);
      issues.push(
        error(
          file.path,
          '(file name)',
          `gives the entry "${id}", as ${others.join(' and ')} does, and only one of them could be published`,
          `rename one of them, or delete the one that is not wanted`,
          1,
        ),
      );
    }
  }
  return issues;
}

/** Files in a collection's folder that are not its content files or images. */
const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xls', '.ods', '.numbers'];

export function strayFileIssues(
  strays: readonly StrayFile[],
  folder: string,
  extensions: readonly string[],
): ContentIssue[] {
  return strays.flatMap(({ path }) => {
    const ext = extname(path).toLowerCase();
    if (IMAGE_EXTENSIONS.includes(ext)) return [];
    if (ext === '.svg') {
      return [
        error(
          path,
          '(file)',
          'is an SVG image, which can carry a script that would run on the site',
          'export it as PNG and use that instead',
          1,
        ),
      ];
    }
    if (SPREADSHEET_EXTENSIONS.includes(ext) && extensions.includes('.csv')) {
      return [
        error(
          path,
          '(file)',
          'is a spreadsheet, which is not published: only CSV files are read here',
          'open it in the spreadsheet program, save it as "CSV UTF-8 (comma delimited)", and keep only the .csv file here',
          1,
        ),
      ];
    }
    const expected = extensions.join(' or ');
    return [
      error(
        path,
        '(file)',
        `is not a content file of ${folder}/, so it would not be published`,
        `rename it to end in ${expected} if it is one, or move it out of content/`,
        1,
      ),
    ];
  });
}

/** Files the portal itself reads at the top of the content folder. */
const TOP_LEVEL_FILES = ['site.yaml', 'README.md'];

/** Folders and files at the top of the content folder that the portal does not read. */
export function unknownFolderIssues(
  top: readonly { name: string; path: string; isFolder: boolean }[],
  folders: readonly string[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of top) {
    const path = entry.path;
    if (entry.isFolder) {
      if (folders.includes(entry.name)) continue;
      const nearest = nearestWord(entry.name, folders);
      const fix = nearest
        ? `did you mean ${nearest}/? Move its files there`
        : `move its files into one of: ${folders.map((f) => `${f}/`).join(', ')}`;
      issues.push(
        error(path, '(folder)', 'is not a folder the portal reads, so nothing in it would be published', fix),
      );
    } else if (!TOP_LEVEL_FILES.includes(entry.name)) {
      issues.push(
        error(
          path,
          '(file)',
          `is not in a collection's folder, so it would not be published`,
          `move it into one of: ${folders.map((f) => `${f}/`).join(', ')}`,
          1,
        ),
      );
    }
  }
  return issues;
}

/**
 * The import graph of the project's TypeScript modules, for tests that keep
 * its arrows pointing one way. Imports are read with the TypeScript compiler's
 * own pre-processor (static, type-only, re-exports and dynamic imports alike),
 * so a `import type` that closes a loop counts: it still ties the two modules'
 * design together. Only relative imports are followed; packages and virtual
 * modules (astro:content) are leaves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

/** Every `.ts` file under a folder, as absolute paths. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The `.ts` file a relative specifier names, or undefined (a `.astro`, `.json` or missing file). */
function resolveTs(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.(m?js)$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((path) => path.endsWith('.ts') && existsSync(path) && statSync(path).isFile());
}

/** The graph of `.ts` files under `dir`, keyed and pointing by path relative to `root`. */
export function importGraph(dir: string, root: string = process.cwd()): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of tsFiles(resolve(root, dir))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveTs(file, specifier))
      .filter((path): path is string => path !== undefined)
      .map((path) => relative(root, path));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle a depth-first search meets, each as the chain of modules that
 * leads back to its first one (`a -> b -> a`). Empty when the graph has none.
 *
 * @example findCycles(new Map([['a', ['b']], ['b', ['a']]])) // => [['a', 'b', 'a']]
 */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (node: string): void => {
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) if (!done.has(node)) visit(node);
  return cycles;
}

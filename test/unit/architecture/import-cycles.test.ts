/**
 * The project's modules import one way: no module may, through any chain of
 * imports, import itself. A cycle makes the load order decide what a module
 * sees (an import can still be undefined when it is used) and stops either
 * side being understood or tested alone.
 */
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../../support/import-graph';

describe('findCycles', () => {
  it('finds a cycle however long, and reports the chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds a module that imports itself', () => {
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a', 'a']]);
  });

  it('does not mistake two paths to one module for a cycle', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['d']],
      ['c', ['d']],
      ['d', []],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('the import graph of src', () => {
  const graph = importGraph('src');

  it('is read from the files, type imports included', () => {
    expect(graph.get('src/lib/syndication/datasets.ts')).toContain('src/lib/syndication/open-data.ts');
    expect(graph.get('src/lib/syndication/open-data.ts')).toContain('src/lib/content/portal.ts');
  });

  it('has no import cycles', () => {
    expect(findCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps src/domain free of imports from the rest of the project', () => {
    const outward = [...graph]
      .filter(([file]) => file.startsWith('src/domain/'))
      .flatMap(([file, targets]) => targets.filter((t) => !t.startsWith('src/domain/')).map((t) => `${file} -> ${t}`));
    expect(outward).toEqual([]);
  });
});

/**
 * Finding metrics that content refers to by id, and saying clearly when one
 * does not exist.
 */
import { type Explanation, sentence } from '../../domain/explain';

/** Which attribute of each MDX component names a metric (see src/components/mdx/). */
export const METRIC_ATTRIBUTES = { Metric: 'id', TrendChart: 'metric' } as const;

/**
 * The metric with this id, or an error that names the id and lists the known ones.
 *
 * @example metricOrThrow([{ id: '999-calls' }], '999-call') // throws 'No metric "999-call" …'
 */
export function metricOrThrow<T extends { id: string }>(metrics: readonly T[], id: string): T {
  const metric = metrics.find((m) => m.id === id);
  if (!metric)
    throw new Error(
      sentence(
        unknownMetric(
          id,
          metrics.map((m) => m.id),
        ),
      ),
    );
  return metric;
}

/** The wording shared by the build-time check and the component. */
export function unknownMetric(id: string, known: readonly string[]): Explanation {
  return {
    problem: `No metric "${id}"`,
    fix: `use the file name (without .yaml) of a file in content/metrics/, one of: ${[...known].sort().join(', ')}`,
  };
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/**
 * Every metric id named by a component in an MDX syntax tree, with its line.
 *
 * @example findMetricReferences(tree, { Metric: 'id' }) // => [{ id: '999-calls', line: 12 }]
 */
export function findMetricReferences(
  tree: MdxNode,
  attributes: Record<string, string>,
): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  const visit = (node: MdxNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      node.name in attributes
    ) {
      const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attributes[node.name!]);
      if (typeof attribute?.value === 'string')
        found.push({ id: attribute.value, line: node.position?.start.line ?? 0 });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

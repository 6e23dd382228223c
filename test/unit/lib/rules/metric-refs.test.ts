import { describe, expect, it } from 'vitest';
import { findMetricReferences, METRIC_ATTRIBUTES, metricOrThrow } from '../../../../src/lib/rules/metric-refs';

describe('metric references in MDX', () => {
  const tree = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text' }] },
      {
        type: 'mdxJsxFlowElement',
        name: 'TrendChart',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'metric', value: '999-calls' },
          { type: 'mdxJsxAttribute', name: 'from', value: '2022-04' },
        ],
        position: { start: { line: 12 } },
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'mdxJsxTextElement',
            name: 'Metric',
            attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'nope' }],
            position: { start: { line: 20 } },
          },
        ],
      },
      { type: 'mdxJsxFlowElement', name: 'Other', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }] },
    ],
  };

  it('finds every metric id named by a component, with its line', () => {
    expect(findMetricReferences(tree, METRIC_ATTRIBUTES)).toEqual([
      { id: '999-calls', line: 12 },
      { id: 'nope', line: 20 },
    ]);
  });

  it('names the unknown id and the known ones', () => {
    expect(() => metricOrThrow([{ id: '999-calls' }, { id: '101-call-performance' }], '999-call')).toThrow(
      'No metric "999-call": use the file name (without .yaml) of a file in content/metrics/, one of: 101-call-performance, 999-calls',
    );
  });
});

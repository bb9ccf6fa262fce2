/**
 * Reads the operator's details (deploy/operator.yaml, or the file PRESSROOM_OPERATOR_FILE names)
 * once per build. A mistake stops the build with the file and field named, in Japanese.
 */
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deploymentStatus, EXAMPLE_SITE_URL, type Deployment } from '../lib/deployment.ts';
import { operatorSchema, type Operator } from '../schemas/operator.ts';

export const defaultOperatorFile = 'deploy/operator.yaml';

export function operatorFile(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.PRESSROOM_OPERATOR_FILE || defaultOperatorFile);
}

export function readOperator(file = operatorFile()): Operator {
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: 読み込めません: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  const parsed = operatorSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(全体)'}: ${i.message}`).join('\n'),
    );
  return parsed.data;
}

let cached: Operator | undefined;
export function getOperator(): Operator {
  cached ??= readOperator();
  return cached;
}

export function getDeployment(site: URL | undefined): Deployment {
  return deploymentStatus(site ?? EXAMPLE_SITE_URL, getOperator());
}

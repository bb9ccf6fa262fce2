import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, keyedByCorpus } from '../../data/site.ts';
import { openData, type OpenData } from '../../lib/open-data.ts';

const names = ['releases', 'cities', 'organizations', 'declarations'] as const satisfies (keyof OpenData)[];

export const getStaticPaths = keyedByCorpus(() =>
  names.map((name) => ({ params: { name } })),
) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { relations } = await getSite();
  const data = openData(relations, site!)[params.name as (typeof names)[number]];
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

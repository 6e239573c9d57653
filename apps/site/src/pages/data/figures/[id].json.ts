import type { APIRoute, GetStaticPaths } from 'astro';
import { dataVersion, type Figure, figures } from '../../../lib/data.ts';

export const getStaticPaths = (() =>
  figures.map((figure) => ({
    params: { id: figure.id },
    props: { figure },
  }))) satisfies GetStaticPaths;

/** The record exactly as the data package has it, with the version it comes from. */
export const GET: APIRoute = ({ props }) =>
  new Response(
    `${JSON.stringify({ dataVersion, ...(props as { figure: Figure }).figure }, null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );

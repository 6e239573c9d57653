/**
 * A build that must fail: a chapter with a bad figure id, source id and quoted passage, sentences
 * and a chart takeaway the data does not bear out, and bound words that cannot be evaluated. It runs
 * `astro build` on a copy of the site into a temporary folder, never into dist/. (The site under a
 * sub-path is checked on the clean builds, in built/clean-builds.test.ts.)
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { partnerships, sources } from '@ua-drones/data';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnvironment } from './built/lib/clean-build.ts';
import { siteRoot } from './built/lib/site-dist.ts';

const run = promisify(execFile);
const astro = join(siteRoot, 'node_modules/.bin/astro');
const temp: string[] = [];

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ua-site-${name}-`));
  temp.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

const among = (country: string) => `count(partnerships, p => p.members.includes('${country}'))`;
const inPartnerships = (country: string) =>
  partnerships.filter((p) => p.members.includes(country)).length;

// One build carries every bad reference and bound sentence: the build checks them all before it
// fails, and its message names each with the chapter file, line and column (and, for a bound
// sentence, the sentence and what the data now says).
describe('a chapter with bad references and bound sentences the data does not bear out', () => {
  const cases = [
    [
      'an unknown figure',
      'Ukraine built <Fig id="ua-drone-production-2042" /> drones.',
      '<Fig id="ua-drone-production-2042">: no figure has id "ua-drone-production-2042"',
    ],
    [
      'an unknown source',
      'Drones flew.<Cite source="no-such-article" excerpt="Drones flew." />',
      '<Cite source="no-such-article">: no source has id "no-such-article"',
    ],
    [
      'a passage that is not in its source',
      'Instructors came.<Cite source="denmark-training-drone-superpower" excerpt="Ukrainian military personnel arrived in Sweden this week" />',
      '<Cite source="denmark-training-drone-superpower">: the excerpt is not verbatim in the source: it matches up to "…military personnel arrived in ", then has "Sweden this week" where the source has "Denmark this week to share the"',
    ],
    [
      'a comparison the data does not bear out',
      `Poland is in <Claim assert="${among('pl')} < ${among('gb')}">fewer</Claim> arrangements than the UK.`,
      `<Claim assert="${among('pl')} < ${among('gb')}">: the data no longer bears this out: ${among('pl')} is ${inPartnerships('pl')}, not < ${among('gb')} (${inPartnerships('gb')})\n    in: “Poland is in fewer arrangements than the UK.”`,
    ],
    [
      'a takeaway the data does not bear out',
      `<Chart name="europe" takeaway="The UK appears in the most arrangements." assert="leaders(records, r => r.members.filter(m => m !== 'ua')) == ['gb']" />`,
      `<Chart name="europe" assert="leaders(records, r => r.members.filter(m => m !== 'ua')) == ['gb']">: the data no longer bears this out: leaders(records, r => r.members.filter(m => m !== 'ua')) is [`,
    ],
    [
      'a field no record has',
      'Of the articles, <Count of="sources" where="s => s.writer === null" /> are unsigned.',
      `<Count of="sources" where="s => s.writer === null">: where="s => s.writer === null" throws: source "${sources[0]?.id}" has no field "writer"\n    in: “Of the articles, ⟨Count⟩ are unsigned.”`,
    ],
    [
      'a record that does not exist',
      `It has <Claim assert="partnership('no-such-arrangement').members.length == 2">two</Claim> members.`,
      `<Claim assert="partnership('no-such-arrangement').members.length == 2">: \`partnership('no-such-arrangement').members.length\` throws: no partnership has id "no-such-arrangement"`,
    ],
    [
      'an expression that throws',
      'Sources are <Claim assert="count(sources.length) > 1">several</Claim>.',
      '<Claim assert="count(sources.length) > 1">: `count(sources.length)` throws: count() takes a list',
    ],
    [
      'nothing to count',
      'There are <Count of="quotes" where="q => q.id === \'no-such-quote\'" /> such quotes.',
      `<Count of="quotes" where="q => q.id === 'no-such-quote'">: nothing to count: no row of quotes passes where\n    in: “There are ⟨Count⟩ such quotes.”`,
    ],
  ] as const;
  /** The chapter's body starts on line 9, after the front matter and a heading; one case a paragraph. */
  const lineOf = (index: number) => 9 + 2 * index;
  let failure: string | undefined;

  beforeAll(async () => {
    const root = await tempDir('bad-ref');
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public']) {
      await cp(join(siteRoot, entry), join(root, entry), { recursive: true });
    }
    await cp(join(siteRoot, 'src'), join(root, 'src'), {
      recursive: true,
      filter: (source) => !source.includes('/content/report/') || source.endsWith('00-sample.mdx'),
    });
    await symlink(join(siteRoot, 'node_modules'), join(root, 'node_modules'));
    await mkdir(join(root, 'src/content/report'), { recursive: true });
    await writeFile(
      join(root, 'src/content/report/01-bad.mdx'),
      `---\ntitle: Bad\ndescription: A chapter with bad references.\norder: 1\n---\n\n### A section\n\n${cases.map(([, line]) => line).join('\n\n')}\n`,
    );
    failure = await run(astro, ['build'], {
      cwd: root,
      env: buildEnvironment(),
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) =>
        stripVTControlCharacters(`${error.stdout}\n${error.stderr}`),
    );
  }, 300_000);

  test('fails the build', () => {
    expect(failure, 'the build succeeded').toBeDefined();
  });

  test.each(cases.map((c, index) => [...c, index] as const))(
    '%s is named with the chapter file, line, column and what is wrong',
    (_, line, message, index) => {
      const column = line.indexOf('<') + 1;
      expect(failure).toContain(
        `src/content/report/01-bad.mdx:${lineOf(index)}:${column} ${message}`,
      );
    },
  );
});

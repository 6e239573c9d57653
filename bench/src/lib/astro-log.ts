/**
 * Where an `astro build` spent its time, read from its log: the static generation step it times
 * itself, and each build-done integration hook it reported waiting for (from its "Waiting for
 * integration" line to the next phase's line; Astro prints that line only after a hook has run
 * a while, so these are lower bounds, to the second).
 */
export interface AstroPhases {
  /** Seconds of Astro's "[build] ✓ Completed in" (bundling plus generating every page). */
  pagesMs: number;
  hooks: Array<{ integration: string; ms: number }>;
  /** The hook Astro was waiting for when the log ends, if the build was stopped in one. */
  stoppedIn: string | null;
}

const TIME = /^(\d{2}):(\d{2}):(\d{2}) /;

function seconds(line: string): number | undefined {
  const match = TIME.exec(line);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

export function astroPhases(output: string): AstroPhases {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  // Astro writes "Completed in 42.61s." or, past a minute, "Completed in 2m 35s.".
  const completed = lines.filter((line) => line.includes('[build] ✓ Completed in')).at(-1);
  const duration = completed ? /Completed in (?:(\d+)m )?([\d.]+)s/.exec(completed) : null;
  const pagesMs = duration
    ? (Number(duration[1] ?? 0) * 60 + Number(duration[2])) * 1000
    : Number.NaN;
  const hooks: AstroPhases['hooks'] = [];
  const marks = lines
    .map((line) => ({ line, at: seconds(line) }))
    .filter(
      (mark): mark is { line: string; at: number } =>
        mark.at !== undefined && /Waiting for integration|page\(s\) built in/.test(mark.line),
    );
  for (const [index, mark] of marks.entries()) {
    const name = /Waiting for integration "([^"]+)"/.exec(mark.line)?.[1];
    const next = marks[index + 1];
    if (name && next)
      hooks.push({ integration: name, ms: ((next.at - mark.at + 86400) % 86400) * 1000 });
  }
  const last = marks.at(-1)?.line ?? '';
  const stoppedIn = /Waiting for integration "([^"]+)"/.exec(last)?.[1] ?? null;
  return { pagesMs, hooks, stoppedIn };
}

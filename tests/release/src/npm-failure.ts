/** Why an `npm install` failed, as far as its output says. */
export interface NpmFailure {
  /** The package npm could not get, when its output names it or the URL it asked. */
  name: string | undefined;
  /** The request that failed (`GET <url>`), when the output gives it. */
  request: string | undefined;
  /** What the registry answered, or why it gave no answer. */
  answer: string;
}

/** Node's and OpenSSL's codes for a certificate the client does not trust or cannot check. */
const TLS_ERROR = /CERT|SELF_SIGNED|^ERR_TLS|^ERR_SSL|^EPROTO$/;
const CONNECTION_ERROR =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)$/;

/** The package of a spec (`@scope/name@1.2.3`, `name@^1`): everything before its version. */
const nameOfSpec = (spec: string) => spec.replace(/(.)@.*$/, '$1');

/** The package a registry URL is about: its packument (`/@scope%2fname`) or a tarball of it. */
function nameOfUrl(url: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  return path.split('/-/')[0] || undefined;
}

/**
 * Reads npm's error output: its error code (`E404`, `ETARGET`, `ECONNREFUSED`,
 * `SELF_SIGNED_CERT_IN_CHAIN`...), the request that failed (`npm error 404 Not Found -
 * GET <url>`, `request to <url> failed, reason: ...`) and the package it names. A certificate
 * npm does not trust or a connection that was refused is said to be that, never "not found".
 */
export function explainNpmFailure(output: string): NpmFailure {
  const code = /^npm error code (\S+)/m.exec(output)?.[1];
  const http = /^npm error (\d{3}) (.+?) - (GET|PUT|POST|DELETE|HEAD) (\S+)(?: - (.+))?$/m.exec(
    output,
  );
  const failed = /request to (\S+) failed, reason: (.+)$/m.exec(output);
  const spec =
    /No matching version found for (\S+?)\.?$/m.exec(output)?.[1] ??
    /'([^']+)' (?:could not be found|is not in this registry)/.exec(output)?.[1];
  const url = http?.[4] ?? failed?.[1];
  const name = spec ? nameOfSpec(spec) : url && nameOfUrl(url);
  const request = http ? `${http[3]} ${http[4]}` : failed ? `GET ${failed[1]}` : undefined;
  const why = failed ? `${code}: ${failed[2]?.trim()}` : code;

  let answer: string;
  if (code && TLS_ERROR.test(code)) {
    answer =
      `no answer: npm does not trust the registry's TLS certificate (${why}). ` +
      `The package may well be there: check npm's cafile (npm config get cafile).`;
  } else if (code && CONNECTION_ERROR.test(code)) {
    answer = `no answer: ${why}`;
  } else if (http) {
    answer = `it answered ${http[1]} ${http[2]}${http[5] ? ` (${http[5]})` : ''}`;
  } else if (code === 'ETARGET' && spec) {
    answer = `it has the package but no version matching ${spec}`;
  } else {
    const first = /^npm error (?!code |errno |syscall )(.+)$/m.exec(output)?.[1];
    answer = `npm failed with ${code ?? 'no error code'}${first ? `: ${first}` : ''}`;
  }
  return { name, request, answer };
}

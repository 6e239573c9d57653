import { createHash } from 'node:crypto';
import { attr, type Document, describe, elements, rawText } from './html.ts';

/** A parsed policy: directive name -> source expressions (lower-cased names, values as written). */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // Per CSP3, a repeated directive is ignored: the first one wins.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The sources that govern `<script>` elements. */
export function scriptSources(policy: Policy): string[] | undefined {
  return policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src');
}

/** Directives that control what the page may fetch. */
const FETCH_DIRECTIVES = [
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
];

/** Source expressions that name no other origin. */
function isFirstParty(source: string): boolean {
  const s = source.toLowerCase();
  return (
    s === "'self'" ||
    s === "'none'" ||
    s === 'data:' ||
    s === 'blob:' ||
    /^'(unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|report-sample|inline-speculation-rules)'$/.test(
      s,
    ) ||
    /^'(sha256|sha384|sha512)-[a-z0-9+/=_-]+'$/i.test(s) ||
    /^'nonce-[^']+'$/.test(s)
  );
}

const HASHES = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)'$/;

/** Problems with one policy: inline script allowed, or another origin allowed. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const scripts = scriptSources(policy);
  if (!scripts) {
    problems.push('neither script-src nor default-src: inline script is allowed');
  } else {
    const hashedOrNonced = scripts.some((s) => HASHES.test(s) || /^'nonce-/.test(s));
    // Browsers ignore 'unsafe-inline' once a hash or nonce is present.
    if (scripts.includes("'unsafe-inline'") && !hashedOrNonced) {
      problems.push("script sources allow 'unsafe-inline' without hashes");
    }
    for (const wide of ['*', 'data:', 'http:', 'https:', 'blob:']) {
      if (scripts.includes(wide)) problems.push(`script sources allow ${wide}`);
    }
  }
  for (const directive of FETCH_DIRECTIVES) {
    for (const source of policy.get(directive) ?? []) {
      if (!isFirstParty(source)) problems.push(`${directive} allows another origin: ${source}`);
    }
  }
  return problems;
}

/** The sha256/384/512 digests a policy allows for inline script. */
export function allowedHashes(policy: Policy): Set<string> {
  const hashes = new Set<string>();
  for (const source of scriptSources(policy) ?? []) {
    const match = HASHES.exec(source);
    if (match) hashes.add(`${match[1]?.toLowerCase()}-${match[2]}`);
  }
  return hashes;
}

function digest(algorithm: string, text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('base64');
}

/** Does one of the allowed hashes match this script text? */
export function isHashAllowed(text: string, hashes: Set<string>): boolean {
  return ['sha256', 'sha384', 'sha512'].some((a) => hashes.has(`${a}-${digest(a, text)}`));
}

/** Script types the browser runs (or that CSP governs like script: import maps, speculation rules). */
function isScriptBlock(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return (
    t === '' ||
    t === 'module' ||
    t === 'importmap' ||
    t === 'speculationrules' ||
    /^(text|application)\/(x-)?(java|ecma)script$/.test(t)
  );
}

export interface PageSecurity {
  /** Policies from `<meta http-equiv="Content-Security-Policy">`, in order. */
  metaPolicies: string[];
  /** Problems with where the meta policy sits. */
  placement: string[];
  /** Inline scripts CSP governs: where, and the text the hash is computed over. */
  inlineScripts: Array<{ where: string; text: string }>;
  /** Inline event handlers and `javascript:` URLs: never allowed without 'unsafe-hashes'. */
  inlineHandlers: string[];
}

export function scanSecurity(document: Document): PageSecurity {
  const result: PageSecurity = {
    metaPolicies: [],
    placement: [],
    inlineScripts: [],
    inlineHandlers: [],
  };
  let firstLoader: string | undefined;
  for (const element of elements(document)) {
    const tag = element.tagName.toLowerCase();
    if (
      tag === 'meta' &&
      attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy'
    ) {
      result.metaPolicies.push(attr(element, 'content') ?? '');
      if (firstLoader) {
        result.placement.push(`the CSP meta comes after ${firstLoader}, which it cannot protect`);
      }
      if (
        element.parentNode &&
        'tagName' in element.parentNode &&
        element.parentNode.tagName !== 'head'
      ) {
        result.placement.push('the CSP meta is outside <head>, where browsers ignore it');
      }
    }
    if (!firstLoader && (tag === 'script' || tag === 'link' || tag === 'style')) {
      firstLoader = describe(element);
    }
    if (
      tag === 'script' &&
      attr(element, 'src') === undefined &&
      isScriptBlock(attr(element, 'type'))
    ) {
      result.inlineScripts.push({ where: describe(element), text: rawText(element) });
    }
    for (const { name, value } of element.attrs) {
      if (/^on[a-z]+$/i.test(name)) result.inlineHandlers.push(`${describe(element)} ${name}=`);
      if (
        ['href', 'src', 'action', 'formaction'].includes(name) &&
        /^\s*javascript:/i.test(value)
      ) {
        result.inlineHandlers.push(`${describe(element, name)}`);
      }
    }
  }
  return result;
}

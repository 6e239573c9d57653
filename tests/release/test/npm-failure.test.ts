// npm 11's own output for each kind of failure, as captured from `npm install --loglevel=error`.
import { describe, expect, test } from 'vitest';
import { explainNpmFailure } from '../src/npm-failure.ts';

describe('explainNpmFailure(output)', () => {
  test('names the package, the request and the status of a 404', () => {
    const failure = explainNpmFailure(`npm error code E404
npm error 404 Not Found - GET http://127.0.0.1:40923/jsdom - no such package available
npm error 404
npm error 404  The requested resource 'jsdom@31.0.1' could not be found or you do not have permission to access it.
npm error 404
npm error 404 Note that you can also install from a
npm error 404 tarball, folder, http url, or git url.
`);
    expect(failure).toEqual({
      name: 'jsdom',
      request: 'GET http://127.0.0.1:40923/jsdom',
      answer: 'it answered 404 Not Found (no such package available)',
    });
  });

  test('says a certificate npm does not trust is that, not a missing package', () => {
    const failure = explainNpmFailure(`npm error code SELF_SIGNED_CERT_IN_CHAIN
npm error errno SELF_SIGNED_CERT_IN_CHAIN
npm error request to https://registry.npmjs.org/jsdom failed, reason: self-signed certificate in certificate chain
`);
    expect(failure).toMatchObject({
      name: 'jsdom',
      request: 'GET https://registry.npmjs.org/jsdom',
    });
    expect(failure.answer).toMatch(
      /^no answer: npm does not trust the registry's TLS certificate \(SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate in certificate chain\)/,
    );
    expect(failure.answer).not.toMatch(/not found/i);
  });

  test('says a refused connection is one, naming the scoped package from its URL', () => {
    const failure = explainNpmFailure(`npm error code ECONNREFUSED
npm error syscall connect
npm error errno ECONNREFUSED
npm error FetchError: request to http://127.0.0.1:1/@ua-drones%2fdata failed, reason: connect ECONNREFUSED 127.0.0.1:1
npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)
npm error   code: 'ECONNREFUSED',
npm error If you are behind a proxy, please make sure that the 'proxy' config is set properly.  See: 'npm help config'
`);
    expect(failure).toEqual({
      name: '@ua-drones/data',
      request: 'GET http://127.0.0.1:1/@ua-drones%2fdata',
      answer: 'no answer: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1',
    });
  });

  test('says a version the registry does not have is missing, naming the spec', () => {
    const failure = explainNpmFailure(`npm error code ETARGET
npm error notarget No matching version found for @ua-drones/data@9.9.9.
npm error notarget In most cases you or one of your dependencies are requesting a package version that doesn't exist.
`);
    expect(failure).toEqual({
      name: '@ua-drones/data',
      request: undefined,
      answer: 'it has the package but no version matching @ua-drones/data@9.9.9',
    });
  });
});

/**
 * Run in a fresh Node process: how long `import('<specifier>')` takes, resolved from the
 * folder given (a package that depends on it). Prints milliseconds.
 *   node import-time.ts <folder> <specifier>
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder = '', specifier = ''] = process.argv.slice(2);
// Resolve first, so only loading and evaluating the module is timed.
const resolved = createRequire(join(folder, 'package.json')).resolve(specifier);
const started = performance.now();
await import(pathToFileURL(resolved).href);
process.stdout.write(String(performance.now() - started));

import { join } from 'node:path';
import ts from 'typescript';
import type { Manifest } from './workspace.ts';

/** What a consumer can import: every subpath, and the names each module subpath exports. */
export interface PublicExports {
  /** Every key of package.json `exports`, modules and data files alike. */
  entryPoints: string[];
  /** Value and type names exported by each module entry point (those with a `types` condition). */
  names: Record<string, string[]>;
}

/** The `types` file an `exports` target names, if it has one. */
export function typesTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target.endsWith('.d.ts') ? target : undefined;
  if (target && typeof target === 'object') {
    const conditions = target as Record<string, unknown>;
    if (typeof conditions.types === 'string') return conditions.types;
    for (const nested of Object.values(conditions)) {
      const found = typesTarget(nested);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Reads the export names from the built declaration files, so type-only exports count too:
 * removing an exported interface breaks a TypeScript consumer as surely as removing a function.
 */
export function readPublicExports(packageDir: string, manifest: Manifest): PublicExports {
  if (!manifest.exports) throw new Error(`${manifest.name}: package.json has no "exports"`);
  const entryPoints = Object.keys(manifest.exports).sort();
  const declarationFiles = new Map<string, string>();
  for (const entryPoint of entryPoints) {
    const types = typesTarget(manifest.exports[entryPoint]);
    if (types) declarationFiles.set(entryPoint, join(packageDir, types));
  }
  const program = ts.createProgram([...declarationFiles.values()], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const names: Record<string, string[]> = {};
  for (const [entryPoint, file] of declarationFiles) {
    const source = program.getSourceFile(file);
    if (!source) {
      throw new Error(
        `${manifest.name}: ${entryPoint} declares types in ${file}, which does not exist (is the package built?)`,
      );
    }
    const moduleSymbol = checker.getSymbolAtLocation(source);
    // A CommonJS-format declaration (`export =`, as a JSON subpath has) is what an ES module
    // importing it gets as its default export.
    const exportEquals = moduleSymbol?.exports?.has(ts.InternalSymbolName.ExportEquals);
    names[entryPoint] = exportEquals
      ? ['default']
      : moduleSymbol
        ? checker
            .getExportsOfModule(moduleSymbol)
            .map((symbol) => symbol.name)
            .sort()
        : [];
  }
  return { entryPoints, names };
}

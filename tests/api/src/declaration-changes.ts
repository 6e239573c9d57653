import ts from 'typescript';
import { bumpFor, type Comparison, type Position, type ShapeChange } from './shape-change.ts';

/**
 * The changes between two versions of an entry point's declarations (the rolled-up `.d.ts` that
 * api-extractor writes), export by export, member by member, parameter by parameter. Both files
 * are loaded into one program, so the type checker can tell whether the values one version of a
 * type accepts are a subset of the other's.
 */
export function declarationChanges(beforeFile: string, afterFile: string): ShapeChange[] {
  const program = ts.createProgram([beforeFile, afterFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file: string) => {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file}: not a module the type checker can read`);
    return new Map(
      checker.getExportsOfModule(module).map((symbol) => {
        const target =
          symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return [symbol.name, target];
      }),
    );
  };
  const before = exportsOf(beforeFile);
  const after = exportsOf(afterFile);
  /**
   * Exported declarations are compared where they are declared, not again wherever they are used.
   * By symbol, not name: a rollup may rename a declaration (`Event_2`, beside the DOM's `Event`).
   */
  const exported = new Set(
    [...before].flatMap(([name, symbol]) => {
      const next = after.get(name);
      return next ? [symbol, next] : [];
    }),
  );

  const changes: ShapeChange[] = [];
  const add = (
    where: string,
    comparison: Exclude<Comparison, 'same'>,
    position: Position,
    change: string,
  ) => changes.push({ where, change, bump: bumpFor(comparison, position) });
  const text = (type: ts.Type) =>
    checker.typeToString(
      type,
      undefined,
      ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias,
    );

  const overTypeParameter = (type: ts.Type): boolean =>
    Boolean(type.flags & ts.TypeFlags.Conditional) ||
    (type.isUnion() && type.types.some(overTypeParameter));
  const compare = (old: ts.Type, now: ts.Type): Comparison => {
    // A conditional type over a function's own type parameter (`getFigure<Id>(id: … Id …)`), alone
    // or in a union, is never assignable to its copy in the other file, whose `Id` is another
    // parameter: written the same, it is the same; the types it names are compared where they
    // are declared.
    if (overTypeParameter(old) && overTypeParameter(now) && text(old) === text(now)) return 'same';
    const widened = checker.isTypeAssignableTo(old, now);
    const narrowed = checker.isTypeAssignableTo(now, old);
    return widened && narrowed ? 'same' : widened ? 'widened' : narrowed ? 'narrowed' : 'changed';
  };
  const isNamedExport = (type: ts.Type) => {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    return symbol !== undefined && exported.has(symbol) && !(type.flags & ts.TypeFlags.Union);
  };
  /** An object walked member by member: the export itself, or an object type written inline. */
  const isStructured = (type: ts.Type, depth: number) =>
    Boolean(type.flags & ts.TypeFlags.Object) &&
    !checker.isTupleType(type) &&
    (depth === 0 || Boolean((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Anonymous)) &&
    !checker.isArrayType(type) &&
    type.getCallSignatures().length === 0 &&
    type.getProperties().length > 0;
  const withoutNull = (type: ts.Type) => checker.getNonNullableType(type);
  const allowsNull = (type: ts.Type) =>
    type.isUnion() &&
    type.types.some((part) => part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
  /**
   * The type as written (`unit?: boolean` is `boolean`): optionality is compared on its own, so
   * the `undefined` an optional member implies is not reported as a change of type as well.
   */
  const typeOf = (symbol: ts.Symbol) => {
    const declaration = symbol.valueDeclaration;
    const member =
      declaration &&
      (ts.isParameter(declaration) ||
        ts.isPropertySignature(declaration) ||
        ts.isPropertyDeclaration(declaration));
    return member && declaration.type
      ? checker.getTypeFromTypeNode(declaration.type)
      : checker.getTypeOfSymbol(symbol);
  };
  const isOptional = (symbol: ts.Symbol) => Boolean(symbol.flags & ts.SymbolFlags.Optional);

  /** A union's members as written, for saying which were added or removed. */
  const parts = (type: ts.Type) => (type.isUnion() ? type.types : [type]).map(text);
  const describe = (comparison: Exclude<Comparison, 'same'>, old: ts.Type, now: ts.Type) => {
    const [before, after] = [parts(old), parts(now)];
    const added = after.filter((part) => !before.includes(part));
    const removed = before.filter((part) => !after.includes(part));
    // Unions that share members are best told apart by what was added and removed.
    if (added.length + removed.length > 0 && before.some((part) => after.includes(part))) {
      const list = (items: string[]) => items.join(' | ');
      return [
        removed.length > 0 ? `${list(removed)} removed` : '',
        added.length > 0 ? `${list(added)} added` : '',
      ]
        .filter(Boolean)
        .join(', ')
        .concat(` (${comparison})`);
    }
    const short = (type: ts.Type) => {
      const written = text(type);
      return written.length > 80 ? `${written.slice(0, 77)}...` : written;
    };
    return `${comparison} from ${short(old)} to ${short(now)}`;
  };

  const walk = (old: ts.Type, now: ts.Type, where: string, position: Position, depth: number) => {
    if (depth > 8) return;
    const [oldCalls, newCalls] = [old.getCallSignatures(), now.getCallSignatures()];
    if (oldCalls.length > 0 && newCalls.length > 0) {
      signatures(oldCalls, newCalls, where, depth);
      return;
    }
    // A generic's type parameter (the R of Chart<R>) is the same parameter in both versions.
    if (old.isTypeParameter() && now.isTypeParameter() && old.symbol.name === now.symbol.name)
      return;
    const [oldBare, newBare] = [withoutNull(old), withoutNull(now)];
    const nullChange = () => {
      if (allowsNull(old) === allowsNull(now)) return;
      const comparison = allowsNull(now) ? 'widened' : 'narrowed';
      add(
        where,
        comparison,
        position,
        allowsNull(now) ? 'may now be null' : 'may no longer be null',
      );
    };
    // An exported type used here is compared where it is declared: only its nullability is new.
    if (
      depth > 0 &&
      isNamedExport(oldBare) &&
      isNamedExport(newBare) &&
      text(oldBare) === text(newBare)
    ) {
      nullChange();
      return;
    }
    const objects = isStructured(oldBare, depth) && isStructured(newBare, depth);
    const arrays = checker.isArrayType(oldBare) && checker.isArrayType(newBare);
    if (objects || arrays) {
      nullChange();
      if (arrays) {
        const element = (type: ts.Type) => checker.getTypeArguments(type as ts.TypeReference)[0];
        const [oldItem, newItem] = [element(oldBare), element(newBare)];
        if (oldItem && newItem) walk(oldItem, newItem, `${where}[]`, position, depth + 1);
      } else members(oldBare, newBare, where, position, depth);
      return;
    }
    const comparison = compare(old, now);
    if (comparison !== 'same') add(where, comparison, position, describe(comparison, old, now));
  };

  const members = (
    old: ts.Type,
    now: ts.Type,
    where: string,
    position: Position,
    depth: number,
  ) => {
    const path = (name: string) => (where ? `${where}.${name}` : name);
    // Members keyed by a well-known symbol (an array's [Symbol.iterator]) are the language's.
    const own = (type: ts.Type) => type.getProperties().filter((p) => !p.name.startsWith('__@'));
    for (const property of own(old)) {
      const next = now.getProperty(property.name);
      if (!next) {
        add(path(property.name), position === 'read' ? 'widened' : 'narrowed', position, 'removed');
        continue;
      }
      if (isOptional(property) !== isOptional(next)) {
        const comparison = isOptional(next) ? 'widened' : 'narrowed';
        add(
          path(property.name),
          comparison,
          position,
          isOptional(next) ? 'now optional' : 'now required',
        );
      }
      walk(typeOf(property), typeOf(next), path(property.name), position, depth + 1);
    }
    for (const property of own(now)) {
      if (old.getProperty(property.name)) continue;
      // A type with one more member is narrower: no reader minds, a writer must now supply it
      // unless it is optional.
      const comparison = position === 'written' && isOptional(property) ? 'widened' : 'narrowed';
      add(
        path(property.name),
        comparison,
        position,
        `added, ${isOptional(property) ? 'optional' : 'required'}`,
      );
    }
  };

  /** Arguments are written by the caller; what comes back is read. */
  const signatures = (
    oldCalls: readonly ts.Signature[],
    newCalls: readonly ts.Signature[],
    where: string,
    depth: number,
  ) => {
    const old = oldCalls.at(-1) as ts.Signature;
    const now = newCalls.at(-1) as ts.Signature;
    const optional = (parameter: ts.Symbol) => {
      const declaration = parameter.valueDeclaration;
      return (
        declaration !== undefined &&
        ts.isParameter(declaration) &&
        (checker.isOptionalParameter(declaration) || declaration.dotDotDotToken !== undefined)
      );
    };
    old.parameters.forEach((parameter, index) => {
      const next = now.parameters[index];
      const at = `${where}(${parameter.name})`;
      if (!next) {
        add(at, 'narrowed', 'written', 'parameter removed');
        return;
      }
      const [wasOptional, isOptionalNow] = [optional(parameter), optional(next)];
      if (wasOptional && !isOptionalNow) add(at, 'narrowed', 'written', 'now required');
      if (!wasOptional && isOptionalNow) add(at, 'widened', 'written', 'now optional');
      walk(typeOf(parameter), typeOf(next), at, 'written', depth + 1);
    });
    now.parameters.slice(old.parameters.length).forEach((parameter) => {
      const added = optional(parameter);
      add(
        `${where}(${parameter.name})`,
        added ? 'widened' : 'narrowed',
        'written',
        `parameter added, ${added ? 'optional' : 'required'}`,
      );
    });
    walk(old.getReturnType(), now.getReturnType(), `${where}()`, 'read', depth + 1);
  };

  for (const [name, old] of before) {
    const now = after.get(name);
    if (!now) {
      changes.push({ where: name, change: 'export removed', bump: 'major' });
      continue;
    }
    const isType = (symbol: ts.Symbol) =>
      Boolean(
        symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class),
      );
    if (isType(old) && isType(now)) {
      // An interface or type is a shape consumers both build and read: the rule for written ones.
      walk(
        checker.getDeclaredTypeOfSymbol(old),
        checker.getDeclaredTypeOfSymbol(now),
        name,
        'written',
        0,
      );
    } else if (!isType(old) && !isType(now)) {
      // A function's parameters are written (see `signatures`); a constant is read.
      walk(typeOf(old), typeOf(now), name, 'read', 0);
    } else {
      changes.push({ where: name, change: 'changed between a type and a value', bump: 'major' });
    }
  }
  for (const name of after.keys()) {
    if (!before.has(name)) changes.push({ where: name, change: 'export added', bump: 'minor' });
  }
  return changes;
}

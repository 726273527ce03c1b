import ts from 'typescript';

export interface TypeCheckInput {
  name: string;
  code: string;
}

/**
 * Strict type check of every TypeScript example, each as its own module (no shared globals),
 * against the libraries a reader's code has in the browser worker: ES2023 and the DOM, no Node.
 */
export function typeCheckExamples(inputs: TypeCheckInput[]): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const files = new Map(inputs.map((input, index) => [`/examples/example-${index}.ts`, input]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (fileName) => files.get(fileName)?.code ?? readFile(fileName);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const input = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
    if (!input || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    return `${input.name}: line ${line + 1}, column ${character + 1}: ${message}`;
  });
}

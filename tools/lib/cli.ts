/**
 * Runs a command-line tool's `main` and exits with the code it returns. A thrown error is a bug,
 * not bad input: it is still one line on stderr (exit 70), never a stack trace for the user.
 */
export function runTool(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}

/**
 * A command's ending: exits with the code its `main` returns, or, when it throws, prints the message
 * (no stack: the messages name what was wrong) and exits 2, the commands' code for bad input.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}

/** Where a command-line script prints: the console on the command line, a test's lists in-process. */
export interface ScriptOutput {
  log(line: string): void;
  error(line: string): void;
}

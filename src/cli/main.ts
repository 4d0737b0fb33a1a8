/** `opensymphony-control <command>`: dispatches to the commands and turns misuse into exit 2. */
import { conformanceCommand, CONFORMANCE_HELP } from './conformance.js';
import { publishCommand, PUBLISH_HELP } from './publish.js';
import { serveCommand, SERVE_HELP } from './serve.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './usage.js';
import { watchCommand, WATCH_HELP } from './watch.js';

const MAIN_HELP = `Usage: opensymphony-control <command> [options]

The control plane of a Symphony-style coding-agent orchestrator.

Commands:
  serve [--demo]     run the control plane (with --demo, an embedded simulated orchestrator)
  publish [FILE|-]   validate a DaemonSnapshot and publish it to a running control plane
  watch [URL]        follow a control plane live in the terminal
  conformance URL    check any implementation of the contract against the specs

Run \`opensymphony-control <command> --help\` for a command's options.
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  serve: { run: serveCommand, help: SERVE_HELP },
  publish: { run: publishCommand, help: PUBLISH_HELP },
  watch: { run: watchCommand, help: WATCH_HELP },
  conformance: { run: conformanceCommand, help: CONFORMANCE_HELP },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`opensymphony-control: unknown command ${JSON.stringify(name)}\n\n${MAIN_HELP}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`opensymphony-control ${name}: ${error.message}\n\n${error.help}`);
      return EXIT_USAGE;
    }
    process.stderr.write(`opensymphony-control ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/**
 * The CLI as a function of its arguments and streams, so tests can run it in-process.
 * Each subcommand lives in ./commands/ and registers itself on one commander program.
 * Exit codes: 0 done, 1 invalid input, 2 usage or I/O error. Never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import * as importCommand from './commands/import.js';
import * as render from './commands/render.js';
import * as site from './commands/site.js';
import * as summary from './commands/summary.js';
import * as validate from './commands/validate.js';
import { EXIT, type Streams } from './streams.js';

const COMMANDS = [validate, summary, importCommand, render, site];

/** Commander's errors in Chinese; its own English message follows each. */
const ZH_ERRORS: Record<string, string> = {
  'commander.unknownCommand': '未知命令',
  'commander.unknownOption': '未知选项',
  'commander.missingArgument': '缺少参数',
  'commander.excessArguments': '参数过多',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.invalidArgument': '参数无效',
  'commander.conflictingOption': '选项冲突',
};

const EPILOGUE = `
退出码 / exit codes: 0 完成 / done, 1 输入无效 / invalid input, 2 用法或读写错误 / usage or I/O error`;

function program(streams: Streams, done: (exit: number) => void): Command {
  const root = new Command('budget-widgets')
    .description('部门预算公开文档工具 / tools for normalised budget documents')
    .helpCommand('help [command]', '显示帮助 / show help')
    .helpOption('-h, --help', '显示帮助 / show help')
    .addHelpText('after', EPILOGUE)
    .exitOverride()
    // Errors are written once, bilingually, by run(); help goes where commander sends it.
    .configureOutput({ writeOut: (s) => streams.stdout.write(s), writeErr: (s) => streams.stderr.write(s), outputError: () => {} });
  for (const command of COMMANDS) command.register(root, streams, done);
  for (const command of root.commands) {
    command.exitOverride().helpOption('-h, --help', '显示帮助 / show help');
  }
  return root;
}

export async function run(args: string[], streams: Streams): Promise<number> {
  let exit: number = EXIT.usage;
  const root = program(streams, (code) => {
    exit = code;
  });
  try {
    // `help CMD` as `CMD --help`: commander prints the former at once, before a command's async
    // preSubcommand hook has added the options it loads on demand (render's element options).
    const [first, name, ...rest] = args;
    await root.parseAsync(first === 'help' && name && rest.length === 0 ? [name, '--help'] : args, { from: 'user' });
    return exit;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    // 'commander.help': no command given; commander has already printed the help to stderr.
    if (error.code !== 'commander.help') {
      const message = error.message.replace(/^error: /, '');
      streams.stderr.write(`✗ ${ZH_ERRORS[error.code] ?? '用法错误'} / ${message}\n\n${root.helpInformation()}`);
    }
    return EXIT.usage;
  }
}

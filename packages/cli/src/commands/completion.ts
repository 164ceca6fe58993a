import { usageError } from '../cli-error.js';
import { defineCliCommand } from '../command.js';
import { completionModel } from '../completion/completion-model.js';
import { renderBash } from '../completion/render-bash.js';
import { renderFish } from '../completion/render-fish.js';
import { renderZsh } from '../completion/render-zsh.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printOut } from '../output.js';
import { quoteInput } from '../redact.js';

const PROGRAM = 'cavra-contracts';

/** The shells, each with its renderer. */
const SHELLS = { bash: renderBash, zsh: renderZsh, fish: renderFish } as const;

/** `cavra-contracts completion bash|zsh|fish`: the shell completion script. */
export default defineCliCommand({
  meta: {
    name: 'completion',
    description:
      'Print the completion script of a shell (commands, options, operations and listed values, from the commands themselves)',
  },
  args: {
    shell: {
      type: 'positional',
      required: true,
      description: `The shell: ${Object.keys(SHELLS).join(', ')}`,
      valueHint: Object.keys(SHELLS).join('|'),
    },
  },
  examples: [
    'cavra-contracts completion bash > ~/.local/share/bash-completion/completions/cavra-contracts',
    'cavra-contracts completion zsh > ~/.zfunc/_cavra-contracts',
    'cavra-contracts completion fish > ~/.config/fish/completions/cavra-contracts.fish',
  ],
  async run({ args }) {
    const shell = String(args.shell);
    if (!Object.hasOwn(SHELLS, shell)) {
      throw usageError(
        `unknown shell ${quoteInput(shell)}; shells: ${Object.keys(SHELLS).join(', ')}`,
        'completion',
      );
    }
    const { commands } = await import('../main.js');
    const model = await completionModel(commands);
    printOut(SHELLS[shell as keyof typeof SHELLS](model, PROGRAM));
    return EXIT_CODES.ok;
  },
});

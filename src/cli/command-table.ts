/**
 * Every command of the command line, by name. A module of its own so that neither commands.ts nor help.ts
 * imports guarantees.ts in a loop: with `guarantees.ts → commands.ts → guarantees.ts`, whichever of them a
 * caller loaded first decided whether `guarantees` made it into the table.
 */
import { type Command, CORE_COMMANDS } from './commands.js'
import { guaranteesCommand } from './guarantees.js'

/** Every command, by name, in the order the help lists them. */
export const COMMANDS = { ...CORE_COMMANDS, guarantees: guaranteesCommand } as const satisfies Record<string, Command>

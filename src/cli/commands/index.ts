import type { Command } from "../command.js";
import { chartCommand } from "./chart.js";
import { claimsExportCommand } from "./claims-export.js";
import { claimsListCommand } from "./claims-list.js";
import { documentsListCommand } from "./documents-list.js";
import { documentsShowCommand } from "./documents-show.js";
import { reportCommand } from "./report.js";
import { reviewCommand } from "./review.js";

/** Every command of the CLI, in the order --help lists them. */
export const COMMANDS: Command[] = [
  documentsListCommand,
  documentsShowCommand,
  claimsListCommand,
  claimsExportCommand,
  reviewCommand,
  chartCommand,
  reportCommand,
];

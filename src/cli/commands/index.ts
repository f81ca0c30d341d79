import type { Command } from "../command.js";
import { chartCommand } from "./chart.js";
import { checkCommand } from "./check.js";
import { claimsExportCommand } from "./claims-export.js";
import { claimsListCommand } from "./claims-list.js";
import { conflictsCommand } from "./conflicts.js";
import { documentsListCommand } from "./documents-list.js";
import { documentsShowCommand } from "./documents-show.js";
import { explainCommand } from "./explain.js";
import { extractCommand } from "./extract.js";
import { graphCommand } from "./graph.js";
import { ingestCommand } from "./ingest.js";
import { modelCompareCommand } from "./model-compare.js";
import { modelRunCommand } from "./model-run.js";
import { modelSensitivityCommand } from "./model-sensitivity.js";
import { reportCommand } from "./report.js";
import { reviewCommand } from "./review.js";
import { serveCommand } from "./serve.js";
import { timelineCommand } from "./timeline.js";

/** Every command of the CLI, in the order --help lists them. */
export const COMMANDS: Command[] = [
  ingestCommand,
  extractCommand,
  explainCommand,
  documentsListCommand,
  documentsShowCommand,
  claimsListCommand,
  claimsExportCommand,
  reviewCommand,
  timelineCommand,
  conflictsCommand,
  checkCommand,
  graphCommand,
  modelRunCommand,
  modelSensitivityCommand,
  modelCompareCommand,
  chartCommand,
  reportCommand,
  serveCommand,
];

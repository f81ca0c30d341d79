export { describePeriod } from "../report/claim-text.js";

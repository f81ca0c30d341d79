export { describePeriod, describeValue } from "../report/claim-text.js";

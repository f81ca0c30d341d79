/**
 * Documents: paths of .txt, .md and .html files (or their bytes) go in; analysed documents come
 * out — plain article text with page furniture removed and recorded, language, title, source,
 * publication date (given, from metadata, or inferred from the text) and a content hash — or an
 * issue with a code saying why a file was refused. `analyseDocument` is pure; `collectDocumentFiles`
 * and `readDocumentFile` are the file-system edge.
 */
export {
  analyseDocument,
  baseName,
  type DocumentInput,
  extensionOf,
  formatOf,
  SUPPORTED_EXTENSIONS,
} from "./analyse.js";
export { dateFromMetadata, inferPublicationDate, parseGivenDate } from "./dates.js";
export { looksBinary } from "./decode.js";
export { type CollectOptions, collectDocumentFiles, type ReadOptions, readDocumentFile } from "./files.js";
export { type FurnitureKind, removeFurniture } from "./furniture.js";
export { type ReducedHtml, reduceHtml } from "./html.js";
export { detectLanguage } from "./language.js";
export { type Manifest, type ManifestEntry, manifestEntryFor, parseManifest } from "./manifest.js";
export { type FrontMatter, type ReducedMarkdown, reduceMarkdown } from "./markdown.js";
export { type DocumentIssueCode, documentMessages } from "./messages.js";
export { normaliseText } from "./normalise.js";

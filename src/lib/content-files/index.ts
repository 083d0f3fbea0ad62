/**
 * The content check, for scripts and the lead's checks across collections: `checkContent(dir)`
 * returns `{ errors, entries }`; `checkReport` words the result as the scripts print it.
 */
export { checkCollection, checkContent, type ContentCheck, type ContentEntries, type ContentEntry } from './check';
export { checkReport } from './report';
export { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections';

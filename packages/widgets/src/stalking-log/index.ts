export { SaStalkingLog, SPARC_LOG_RESOURCE_ID, type StalkingLogFileFormat } from './stalking-log.js';
export { LOG_FIELDS, type LogEntry, type LogEntryValues, type LogFieldKey } from './log-fields.js';
export { logCsv, logHtml } from './log-export.js';

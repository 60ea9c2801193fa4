export { SaLegalDisclaimer, LEGAL_RESOURCE_IDS, type LegalDisclaimerVariant } from './legal-disclaimer.js';
export { JURISDICTION_CODES, jurisdictionName } from './jurisdictions.js';

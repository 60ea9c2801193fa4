export { SaLegalDisclaimer } from './legal-disclaimer.js';

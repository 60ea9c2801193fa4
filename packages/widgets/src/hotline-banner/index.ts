export { SaHotlineBanner } from './hotline-banner.js';

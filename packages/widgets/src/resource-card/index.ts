export { SaResourceCard, type ResourceActionDetail } from './resource-card.js';
export type { ResourceCardVariant } from './render-resource-card.js';

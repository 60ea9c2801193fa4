export { SaResourceCard, type ResourceActionDetail } from './resource-card.js';
export type { ResourceCardVariant } from '../shared/render-resource-card.js';

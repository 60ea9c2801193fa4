export { SaResourceCard } from './resource-card.js';

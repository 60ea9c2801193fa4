export { SaResourceList } from './resource-list.js';

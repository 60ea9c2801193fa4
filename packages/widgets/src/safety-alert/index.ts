export { SaSafetyAlert } from './safety-alert.js';

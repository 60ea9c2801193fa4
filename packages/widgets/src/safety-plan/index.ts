export { SaSafetyPlan, type SafetyPlanVariant } from './safety-plan.js';
export { DEFAULT_ADVOCATE_RESOURCE_ID } from './plan-links.js';
export { SECTION_IDS, type SectionId } from './plan-content.js';
export type { HostItem } from './host-items.js';

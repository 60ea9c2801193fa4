export { SaSafetyPlan, DEFAULT_ADVOCATE_RESOURCE_ID, type SafetyPlanVariant } from './safety-plan.js';
export { SECTION_IDS, type SectionId } from './plan-content.js';
export type { HostItem } from './host-items.js';

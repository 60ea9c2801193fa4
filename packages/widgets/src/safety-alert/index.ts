export {
  SaSafetyAlert,
  TECH_SAFETY_RESOURCE_ID,
  type SafetyAlertVariant,
  type SafetyAlertDismissDetail,
} from './safety-alert.js';

export {
  SaHotlineBanner,
  EMERGENCY_RESOURCE_ID,
  type HotlineBannerVariant,
  type HotlineActionDetail,
  type HotlineDismissDetail,
} from './hotline-banner.js';
export { DEFAULT_HOTLINE_ID } from './hotline-selection.js';

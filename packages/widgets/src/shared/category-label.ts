import { msg, type ResourceCategory } from '@stalking-awareness/core';

/** The reader-facing name of a category; call inside a render (uses `msg()`). */
export function categoryLabel(category: ResourceCategory): string {
  switch (category) {
    case 'education':
      return msg('Understanding stalking', { id: 'resource-card.category.education' });
    case 'safety-planning':
      return msg('Safety planning', { id: 'resource-card.category.safety-planning' });
    case 'support-network':
      return msg('Support and helplines', { id: 'resource-card.category.support-network' });
    case 'legal':
      return msg('Legal information', { id: 'resource-card.category.legal' });
    case 'emergency':
      return msg('Emergency and crisis', { id: 'resource-card.category.emergency' });
  }
}

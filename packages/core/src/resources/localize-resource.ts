import type { Resource, ResourceTranslation } from './types.js';

function translationFor(resource: Resource, locale: string): ResourceTranslation | undefined {
  const translations = resource.translations;
  if (!translations) return undefined;
  const lower = locale.toLowerCase();
  const exact = Object.keys(translations).find((key) => key.toLowerCase() === lower);
  if (exact) return translations[exact];
  const language = lower.split('-')[0];
  const base = Object.keys(translations).find((key) => key.toLowerCase() === language);
  return base ? translations[base] : undefined;
}

/**
 * The record with its human text in `locale` (`es`, `es-MX` → `es`): name,
 * description, contact labels and the provenance note. Untranslated text
 * stays as it is; numbers, URLs and keywords never change. Returns the same
 * object when there is nothing to apply.
 */
export function localizeResource(resource: Resource, locale: string): Resource {
  const translation = translationFor(resource, locale);
  if (!translation) return resource;
  const labels = translation.contactLabels ?? {};
  return {
    ...resource,
    name: translation.name ?? resource.name,
    description: translation.description ?? resource.description,
    provenance:
      translation.note === undefined ? resource.provenance : { ...resource.provenance, note: translation.note },
    contacts: resource.contacts.map((contact, index) => {
      const label = labels[index];
      return label === undefined ? contact : { ...contact, label };
    }),
  };
}

import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import type { WebComponentsRenderer } from '@storybook/web-components-vite';

// What the props tables show: the public API only, each attribute once.
//
// custom-elements.json lists every class member (private state, handlers,
// constants) and each reflected property twice, once as an attribute and once
// as a field. Reviewers read these tables as the element's API, so keep
// public fields and methods only, drop the field twin of each attribute, and
// give events, slots, CSS parts and custom properties no control (they are
// documentation, not inputs).
interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  inheritedFrom?: unknown;
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

function isPublic(member: ManifestMember, attributeFields: Set<string>): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  // Base-class plumbing (emit, locale) is documented once, not on every element.
  if (member.inheritedFrom) return false;
  if (member.static || member.name.startsWith('_') || member.name.startsWith('#')) return false;
  // Lit lifecycle and framework methods are not this element's API.
  if (member.kind === 'method' && LIFECYCLE.has(member.name)) return false;
  // CONSTANT_CASE names are implementation constants, not properties.
  if (/^[A-Z0-9_]+$/.test(member.name)) return false;
  // A reflected property is listed once, as its attribute.
  return !(member.kind === 'field' && (member.attribute || attributeFields.has(member.name)));
}

const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'render',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'shouldUpdate',
  'createRenderRoot',
]);

/**
 * An attribute is always text in HTML: Storybook picks its control from the
 * type's name, and "string | undefined" or "HotlineBannerVariant" would get a
 * JSON editor. Booleans get a toggle, numbers a number box, the rest a text box.
 */
function controlType(attribute: ManifestAttribute): ManifestAttribute {
  const text = attribute.type?.text ?? 'string';
  const name = /\bboolean\b/.test(text) ? 'boolean' : /^number\b/.test(text) ? 'number' : 'string';
  return { ...attribute, type: { text: name } };
}

/** A copy of the manifest holding only what hosts may use. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const attributeFields = new Set(
          (declaration.attributes ?? []).map((attribute) => attribute.fieldName).filter(Boolean) as string[],
        );
        return {
          ...declaration,
          attributes: declaration.attributes?.map(controlType),
          members: declaration.members?.filter((member) => isPublic(member, attributeFields)),
        };
      }),
    })),
  };
}

// Properties (objects, dates) are set from code; the attributes are the reviewer's controls.
const DOCUMENTATION_ONLY = ['properties', 'events', 'slots', 'css shadow parts', 'css custom properties', 'methods'];

/** argTypes enhancer: documentation-only rows get no control ("Set object" buttons confuse reviewers). */
export const documentationOnlyRows: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) => {
  const enhanced: StrictArgTypes = { ...argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category?.toLowerCase();
    if (category && DOCUMENTATION_ONLY.includes(category)) enhanced[name] = { ...argType, control: false };
  }
  return enhanced;
};

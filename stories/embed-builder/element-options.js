// What the builder offers for each element, read from custom-elements.json,
// so an element added to the package appears here with no change.

/** A value list in a description: `banner` (…), `compact` (…) or `sticky`. Needs the default among them. */
function choicesOf(attribute) {
  const choices = [...(attribute.description ?? '').matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]);
  const fallback = /^'([^']*)'$/.exec(attribute.default ?? '')?.[1];
  return fallback && choices.includes(fallback) ? [...new Set(choices)] : undefined;
}

/**
 * @typedef {object} AttributeOption
 * @property {string} name
 * @property {string} description
 * @property {'boolean' | 'choice' | 'text'} kind
 * @property {string[]} [choices]
 * @property {string} [fallback]   the element's default, for choices
 *
 * @typedef {object} ElementOption
 * @property {string} tag
 * @property {string} summary
 * @property {AttributeOption[]} attributes
 */

/** @returns {ElementOption[]} */
export function elementOptions(manifest) {
  const options = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('sa-')) continue;
      options.push({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const choices = choicesOf(attribute);
          const kind = attribute.type?.text === 'boolean' ? 'boolean' : choices ? 'choice' : 'text';
          return {
            name: attribute.name,
            description: attribute.description ?? '',
            kind,
            ...(choices ? { choices, fallback: /^'([^']*)'$/.exec(attribute.default)[1] } : {}),
          };
        }),
      });
    }
  }
  return options;
}

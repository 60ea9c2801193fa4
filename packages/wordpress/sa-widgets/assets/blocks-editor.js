// The blocks' editor side, without a build step: plain wp.blocks and
// wp.element. The attribute lists come from window.saWidgetsBlocks, which the
// plugin generates from the widgets' custom-elements.json, so a new element
// needs no change here. Blocks are dynamic: `save` returns null and the server
// renders the element on each view.
//
// The editor shows a summary, not the live element: a live quick exit would
// leave the editor (and lose unsaved work) when an author pressed Shift three
// times while typing.
(function (wp, data) {
  if (!wp || !wp.blocks || !data) return;
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const { __ } = wp.i18n;

  const RECORDS_ELEMENTS = ['sa-hotline-banner', 'sa-resource-list', 'sa-resource-card'];

  /** "open-now-filter" → "Open now filter". */
  const labelOf = (name) => name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

  function control(attribute, value, set) {
    const common = {
      label: labelOf(attribute.name),
      // The manifest's descriptions are Markdown: `code` reads fine without the backticks.
      help: attribute.description.replace(/`/g, ''),
      __nextHasNoMarginBottom: true,
    };
    if (attribute.kind === 'boolean') {
      return el(ToggleControl, { ...common, key: attribute.key, checked: !!value, onChange: (next) => set(next) });
    }
    if (attribute.options) {
      const options = [{ label: __('Default', 'sa-widgets'), value: '' }].concat(
        attribute.options.map((option) => ({ label: option, value: option })),
      );
      return el(SelectControl, { ...common, key: attribute.key, value: value || '', options, onChange: set });
    }
    return el(TextControl, {
      ...common,
      key: attribute.key,
      type: attribute.kind === 'number' ? 'number' : 'text',
      value: value || '',
      onChange: set,
    });
  }

  function summary(spec, attributes) {
    const set = spec.attributes
      .filter((attribute) => attributes[attribute.key] !== '' && attributes[attribute.key] !== false)
      .map((attribute) =>
        attribute.kind === 'boolean' ? attribute.name : `${attribute.name}="${attributes[attribute.key]}"`,
      );
    return `<${spec.tag}${set.length ? ' ' + set.join(' ') : ''}>`;
  }

  for (const spec of data.elements) {
    const attributes = { lang: { type: 'string', default: '' } };
    for (const attribute of spec.attributes) {
      attributes[attribute.key] =
        attribute.kind === 'boolean' ? { type: 'boolean', default: false } : { type: 'string', default: '' };
    }
    if (RECORDS_ELEMENTS.includes(spec.tag)) attributes.agencyRecords = { type: 'boolean', default: true };

    wp.blocks.registerBlockType(spec.block, {
      apiVersion: 2,
      title: spec.title,
      description: spec.description,
      category: 'widgets',
      icon: 'shield',
      attributes,
      supports: { html: false, className: false, customClassName: false },
      edit(props) {
        const blockProps = useBlockProps({
          className: 'sa-widgets-block-preview',
          style: { border: '1px dashed currentColor', padding: '0.75em 1em' },
        });
        const setter = (key) => (value) => props.setAttributes({ [key]: value });
        const panels = [
          el(
            PanelBody,
            { key: 'element', title: __('Settings', 'sa-widgets'), initialOpen: true },
            spec.attributes.map((attribute) =>
              control(attribute, props.attributes[attribute.key], setter(attribute.key)),
            ),
          ),
          el(
            PanelBody,
            { key: 'language', title: __('Language', 'sa-widgets'), initialOpen: false },
            el(SelectControl, {
              label: __('Language', 'sa-widgets'),
              value: props.attributes.lang,
              // Empty: the language chosen on the settings page (by default, the page's own).
              options: Object.entries(data.languages).map(([value, label]) => ({
                value,
                label: value === '' ? __('As on the settings page', 'sa-widgets') : label,
              })),
              onChange: setter('lang'),
              __nextHasNoMarginBottom: true,
            }),
            RECORDS_ELEMENTS.includes(spec.tag) &&
              el(ToggleControl, {
                label: __("Use the agency's records from the settings page", 'sa-widgets'),
                checked: props.attributes.agencyRecords,
                onChange: setter('agencyRecords'),
                __nextHasNoMarginBottom: true,
              }),
          ),
        ];
        return el(
          'div',
          blockProps,
          el(InspectorControls, null, panels),
          el('strong', null, spec.title),
          el('p', null, spec.description),
          el('code', null, summary(spec, props.attributes)),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.saWidgetsBlocks);

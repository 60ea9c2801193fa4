<?php
/**
 * One dynamic block per element. Each block.json is generated at build time
 * from the widgets' custom-elements.json; the editor script (no build step:
 * plain wp.blocks and wp.element) draws the sidebar controls from the same
 * data. Blocks save nothing but their comment: the markup is rendered on each
 * view by sa_widgets_render(), so post content stays clean.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Block attributes (camelCase) → the element's attribute names. */
function sa_widgets_block_values( $tag, array $block_attributes ) {
	$spec   = sa_widgets_element( $tag );
	$values = array();
	foreach ( $spec ? $spec['attributes'] : array() as $attribute ) {
		if ( isset( $block_attributes[ $attribute['key'] ] ) ) {
			$values[ $attribute['name'] ] = $block_attributes[ $attribute['key'] ];
		}
	}
	if ( isset( $block_attributes['lang'] ) ) {
		$values['lang'] = $block_attributes['lang'];
	}
	if ( isset( $block_attributes['agencyRecords'] ) ) {
		$values['agency-records'] = $block_attributes['agencyRecords'];
	}
	return $values;
}

function sa_widgets_register_blocks() {
	$data = sa_widgets_build_data();
	wp_register_script(
		'sa-widgets-blocks-editor',
		plugins_url( 'assets/blocks-editor.js', SA_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		$data['widgetsVersion'],
		true
	);
	wp_add_inline_script(
		'sa-widgets-blocks-editor',
		'window.saWidgetsBlocks = ' . wp_json_encode(
			array(
				'elements'  => array_values( $data['elements'] ),
				'languages' => sa_widgets_languages(),
			)
		) . ';',
		'before'
	);
	foreach ( sa_widgets_elements() as $tag => $spec ) {
		$dir = SA_WIDGETS_DIR . '/generated/blocks/' . substr( $tag, 3 );
		if ( ! is_readable( $dir . '/block.json' ) ) {
			continue;
		}
		register_block_type(
			$dir,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return sa_widgets_render( $tag, sa_widgets_block_values( $tag, (array) $attributes ) );
				},
			)
		);
	}
}
add_action( 'init', 'sa_widgets_register_blocks' );

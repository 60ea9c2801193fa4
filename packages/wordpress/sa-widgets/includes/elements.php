<?php
/**
 * The elements the plugin offers, generated at build time from the widgets'
 * custom-elements.json (scripts/build-wordpress.mjs): tag, block name, title
 * and each attribute's name, kind (string, boolean, number) and allowed values.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The generated data: widgetsVersion, elements, integrity. */
function sa_widgets_build_data() {
	static $data = null;
	if ( null === $data ) {
		$path = SA_WIDGETS_DIR . '/generated/elements.json';
		$json = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$data = $json ? json_decode( $json, true ) : null;
		if ( ! is_array( $data ) ) {
			$data = array(
				'widgetsVersion' => '0',
				'elements'       => array(),
				'integrity'      => array(),
			);
		}
	}
	return $data;
}

/** Every element spec, keyed by tag. */
function sa_widgets_elements() {
	$elements = array();
	foreach ( sa_widgets_build_data()['elements'] as $spec ) {
		$elements[ $spec['tag'] ] = $spec;
	}
	return $elements;
}

/** One element's spec, or null. */
function sa_widgets_element( $tag ) {
	$elements = sa_widgets_elements();
	return isset( $elements[ $tag ] ) ? $elements[ $tag ] : null;
}

/** One attribute's spec of an element, or null. */
function sa_widgets_element_attribute( $tag, $name ) {
	$spec = sa_widgets_element( $tag );
	foreach ( $spec ? $spec['attributes'] : array() as $attribute ) {
		if ( $attribute['name'] === $name ) {
			return $attribute;
		}
	}
	return null;
}

/** The allowed values of an attribute, or an empty array when it takes free text. */
function sa_widgets_attribute_options( $tag, $name ) {
	$attribute = sa_widgets_element_attribute( $tag, $name );
	return $attribute && ! empty( $attribute['options'] ) ? $attribute['options'] : array();
}

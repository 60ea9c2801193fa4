<?php
/**
 * Plugin Name: Stalking Awareness Widgets
 * Description: Loads the sa- web components on every page and lets editors keep their tags in post content.
 * Version: 0.1.0
 * Requires at least: 6.5
 *
 * Install: copy packages/widgets/cdn/ (sa-widgets.js and its chunks/ folder) into this plugin's cdn/ folder,
 * next to this file, so the script is served from your own site (no third-party request reveals a visit).
 */

defined( 'ABSPATH' ) || exit;

/** The sa- tags editors may use, with their attributes. `src` and `remember-dismissal` are left out on purpose. */
function sa_widgets_allowed_tags() {
	return array(
		'sa-quick-exit'       => array( 'guard-history' => true, 'href' => true, 'shortcut' => true, 'position' => true ),
		'sa-safety-alert'     => array( 'variant' => true, 'quick-exit' => true, 'quick-exit-href' => true, 'dismissible' => true, 'heading-level' => true, 'call-trace-note' => true ),
		'sa-hotline-banner'   => array( 'resource-id' => true, 'resource-ids' => true, 'variant' => true, 'no-emergency' => true, 'show-emergency' => true, 'dismissible' => true, 'label' => true, 'call-trace-note' => true ),
		'sa-resource-card'    => array( 'resource-id' => true, 'heading-level' => true, 'variant' => true, 'hide-stale' => true, 'call-trace-note' => true ),
		'sa-resource-list'    => array( 'categories' => true, 'search' => true, 'category-filter' => true, 'open-now-filter' => true, 'page-size' => true, 'heading-level' => true, 'variant' => true, 'hide-stale' => true, 'show-emergency' => true, 'include-banner-hotlines' => true, 'call-trace-note' => true ),
		'sa-legal-disclaimer' => array( 'agency' => true, 'jurisdiction' => true, 'variant' => true, 'last-reviewed' => true, 'heading-level' => true ),
		'sa-safety-plan'      => array( 'variant' => true, 'sections' => true, 'items' => true, 'resource-id' => true, 'heading-level' => true ),
		'sa-stalking-log'     => array( 'heading-level' => true ),
		'sa-stalking-facts'   => array( 'variant' => true, 'show-in-january' => true, 'heading-level' => true, 'hotline' => true ),
		'sa-safe-access'      => array( 'agency' => true, 'state' => true, 'hide' => true, 'heading-level' => true, 'caseworker' => true, 'wording' => true, 'address-program' => true ),
	);
}

// 1. The script, as an ES module (WordPress 6.5+), on the front end only.
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script_module( 'sa-widgets', plugins_url( 'cdn/sa-widgets.js', __FILE__ ), array(), '0.1.0' );
	}
);

// 2. KSES: what survives saving for users without the unfiltered_html capability
//    (authors, contributors, and every role on multisite except super admins).
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$tags = array_merge( $tags, sa_widgets_allowed_tags() );
		// The quick exit's fallback link needs rel to send no referrer when JavaScript is off.
		$tags['a']['rel'] = true;
		return $tags;
	},
	10,
	2
);

// 3. The classic editor (TinyMCE) strips unknown elements in the browser, whatever KSES allows.
add_filter(
	'tiny_mce_before_init',
	function ( $init ) {
		$rules = array();
		foreach ( sa_widgets_allowed_tags() as $tag => $attributes ) {
			$rules[] = $tag . '[' . implode( '|', array_keys( $attributes ) ) . ']';
		}
		$tags                            = implode( ',', array_keys( sa_widgets_allowed_tags() ) );
		$init['custom_elements']         = empty( $init['custom_elements'] ) ? $tags : $init['custom_elements'] . ',' . $tags;
		$init['extended_valid_elements'] = ( empty( $init['extended_valid_elements'] ) ? '' : $init['extended_valid_elements'] . ',' ) . implode( ',', $rules );
		return $init;
	}
);

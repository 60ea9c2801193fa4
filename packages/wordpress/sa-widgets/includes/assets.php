<?php
/**
 * The widgets' files, served by the site itself from this plugin's cdn/
 * folder (no request to any third party), and the placements the owner chose
 * in the settings: the quick exit and the safety alert on every page or on
 * chosen pages.
 *
 * In <head>: the stylesheet that reserves each element's space before it
 * upgrades (no layout shift), then the module script. When an element turns
 * up only later in the page (a widget area, an excerpt), the script is
 * printed in the footer instead.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** URL of a file in the plugin's copy of the CDN folder. */
function sa_widgets_cdn_url( $file ) {
	return plugins_url( 'cdn/' . $file, SA_WIDGETS_FILE );
}

/** ` integrity="sha384-…"` for a file whose hash the build recorded, else ''. */
function sa_widgets_integrity_attribute( $file ) {
	$integrity = sa_widgets_build_data()['integrity'];
	return isset( $integrity[ $file ] ) ? ' integrity="' . esc_attr( $integrity[ $file ] ) . '"' : '';
}

/** Whether the owner placed this element (`quick_exit` or `safety_alert`) on the current page. */
function sa_widgets_placed_here( $feature ) {
	if ( is_admin() || is_feed() || is_embed() ) {
		return false;
	}
	$settings = sa_widgets_settings();
	if ( 'all' === $settings[ $feature ] ) {
		return true;
	}
	if ( 'chosen' === $settings[ $feature ] && is_singular() ) {
		return in_array( (int) get_queried_object_id(), array_map( 'intval', (array) $settings[ $feature . '_pages' ] ), true );
	}
	return false;
}

/** Whether the current post's own content already shows this element (a block or a shortcode). */
function sa_widgets_content_has( $tag ) {
	if ( ! is_singular() ) {
		return false;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post ) {
		return false;
	}
	$spec = sa_widgets_element( $tag );
	return ( $spec && has_block( $spec['block'], $post ) ) || has_shortcode( $post->post_content, $tag );
}

/** Whether this page shows any element: then the stylesheet and script go in its head. */
function sa_widgets_page_needs_assets() {
	if ( sa_widgets_mark_used() || sa_widgets_placed_here( 'quick_exit' ) || sa_widgets_placed_here( 'safety_alert' ) ) {
		return true;
	}
	foreach ( array_keys( sa_widgets_elements() ) as $tag ) {
		if ( sa_widgets_content_has( $tag ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The bundle a page loads: on a Spanish site (or with the widgets set to
 * Spanish) sa-widgets.es.js, which has the Spanish of the quick exit and the
 * everyday elements built in, so they render in Spanish at once with no
 * request for strings. Both bundles speak both languages.
 */
function sa_widgets_bundle() {
	return 'es' === sa_widgets_default_language() ? 'sa-widgets.es.js' : 'sa-widgets.js';
}

/** Prints the script tags once: the agency-records helper first, so it runs before the elements upgrade. */
function sa_widgets_print_scripts() {
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	$version = sa_widgets_build_data()['widgetsVersion'];
	$bundle  = sa_widgets_bundle();
	if ( sa_widgets_records( 'resources' ) || sa_widgets_records( 'hotlines' ) ) {
		printf(
			'<script type="module" src="%s"></script>' . "\n",
			esc_url( plugins_url( 'assets/agency-records.js', SA_WIDGETS_FILE ) . '?ver=' . rawurlencode( $version ) )
		);
	}
	printf(
		'<script type="module" src="%s"%s></script>' . "\n",
		esc_url( sa_widgets_cdn_url( $bundle ) . '?ver=' . rawurlencode( $version ) ),
		sa_widgets_integrity_attribute( $bundle ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	);
}

/** The CLS-free head markup. */
function sa_widgets_head() {
	if ( ! sa_widgets_page_needs_assets() ) {
		return;
	}
	$version = sa_widgets_build_data()['widgetsVersion'];
	printf(
		'<link rel="stylesheet" id="sa-widgets-undefined-css" href="%s"%s>' . "\n",
		esc_url( sa_widgets_cdn_url( 'sa-widgets-undefined.css' ) . '?ver=' . rawurlencode( $version ) ),
		sa_widgets_integrity_attribute( 'sa-widgets-undefined.css' ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	);
	sa_widgets_print_scripts();
}
add_action( 'wp_head', 'sa_widgets_head', 5 );

/** The placed quick exit and safety alert, first thing in <body>. */
function sa_widgets_print_placements() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$settings = sa_widgets_settings();
	if ( sa_widgets_placed_here( 'quick_exit' ) && ! sa_widgets_content_has( 'sa-quick-exit' ) ) {
		echo sa_widgets_render( 'sa-quick-exit', array() ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
	}
	if ( sa_widgets_placed_here( 'safety_alert' ) && ! sa_widgets_content_has( 'sa-safety-alert' ) ) {
		$values = array_filter( array( 'variant' => $settings['safety_alert_variant'] ) );
		echo sa_widgets_render( 'sa-safety-alert', $values ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
	}
}
add_action( 'wp_body_open', 'sa_widgets_print_placements' );

/** Themes without wp_body_open get the placements at the end of the page, and any late element its script. */
function sa_widgets_footer() {
	if ( ! did_action( 'wp_body_open' ) ) {
		sa_widgets_print_placements();
	}
	if ( sa_widgets_mark_used() ) {
		sa_widgets_print_scripts();
	}
}
add_action( 'wp_footer', 'sa_widgets_footer', 1 );

/**
 * WordPress's emoji script loads images from s.w.org when a browser lacks an
 * emoji: a request to a third party that tells it someone is reading the site.
 * Removed on the front end unless the owner turns this off.
 */
function sa_widgets_block_emoji() {
	if ( sa_widgets_setting( 'block_emoji' ) ) {
		remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
		remove_action( 'wp_print_styles', 'print_emoji_styles' );
		remove_action( 'embed_head', 'print_emoji_detection_script' );
		remove_filter( 'the_content_feed', 'wp_staticize_emoji' );
		remove_filter( 'comment_text_rss', 'wp_staticize_emoji' );
		remove_filter( 'wp_mail', 'wp_staticize_emoji_for_email' );
	}
}
add_action( 'init', 'sa_widgets_block_emoji' );

<?php
/**
 * The plugin's options: the only things it stores. Nothing about visitors.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Settings (small, loaded on every page). */
const SA_WIDGETS_SETTINGS = 'sa_widgets_settings';

/** The agency's own records, as validated JSON text: `hotlines` and `resources`. */
const SA_WIDGETS_RECORDS = 'sa_widgets_records';

/** Every option the plugin writes; uninstall.php deletes each. */
function sa_widgets_option_names() {
	return array( SA_WIDGETS_SETTINGS, SA_WIDGETS_RECORDS );
}

/** The quick exit's destination when the owner has set none: the element's own default. */
const SA_WIDGETS_DEFAULT_EXIT = 'https://www.weather.gov/';

/** Defaults: the quick exit on every page, everything else placed by the owner. */
function sa_widgets_default_settings() {
	return array(
		'agency'              => '',
		'exit_url'            => SA_WIDGETS_DEFAULT_EXIT,
		'language'            => '',
		'quick_exit'          => 'all',
		'quick_exit_pages'    => array(),
		'quick_exit_shortcut' => '',
		'quick_exit_position' => '',
		'safety_alert'        => 'off',
		'safety_alert_pages'  => array(),
		'safety_alert_variant' => '',
		'block_emoji'         => true,
	);
}

/** The settings, with defaults for anything missing. */
function sa_widgets_settings() {
	$stored = get_option( SA_WIDGETS_SETTINGS, array() );
	return array_merge( sa_widgets_default_settings(), is_array( $stored ) ? $stored : array() );
}

/** One setting. */
function sa_widgets_setting( $name ) {
	$settings = sa_widgets_settings();
	return isset( $settings[ $name ] ) ? $settings[ $name ] : null;
}

/**
 * The language the widgets speak by default here, `en` or `es`: the plugin's
 * language setting, else the site's (a Spanish site gets Spanish).
 */
function sa_widgets_default_language() {
	$language = sa_widgets_settings()['language'];
	if ( '' === $language ) {
		$language = 0 === strpos( determine_locale(), 'es' ) ? 'es' : 'en';
	}
	return $language;
}

/** The languages the widgets speak: '' follows each page's own lang. */
function sa_widgets_languages() {
	return array(
		''   => __( "Follow each page's language (the site language)", 'sa-widgets' ),
		'en' => __( 'English', 'sa-widgets' ),
		'es' => __( 'Spanish (US)', 'sa-widgets' ),
	);
}

/** Stored records of one kind (`hotlines` or `resources`), decoded; empty when none. */
function sa_widgets_records( $kind ) {
	$stored = get_option( SA_WIDGETS_RECORDS, array() );
	if ( ! is_array( $stored ) || empty( $stored[ $kind ] ) ) {
		return array();
	}
	$records = json_decode( $stored[ $kind ], true );
	return is_array( $records ) ? $records : array();
}

/** The JSON text of stored records, as the owner last saved it. */
function sa_widgets_records_text( $kind ) {
	$stored = get_option( SA_WIDGETS_RECORDS, array() );
	return is_array( $stored ) && isset( $stored[ $kind ] ) ? (string) $stored[ $kind ] : '';
}

/**
 * An absolute http(s) URL without credentials or control characters, or ''.
 * The widgets check again in the browser (core's safeUrl); this keeps an
 * unsafe value out of the stored settings and the page markup.
 */
function sa_widgets_safe_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || strlen( $value ) > 2048 || preg_match( '/[\x00-\x20\x7f]/', $value ) ) {
		return '';
	}
	if ( ! preg_match( '#^https?://[^\s/?\#@]+(?:[/?\#]\S*)?$#i', $value ) ) {
		return '';
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return '';
	}
	return $value;
}

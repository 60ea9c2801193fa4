<?php
/**
 * Deleting the plugin removes every option it wrote, on every site of a
 * network. It never stored anything about visitors.
 *
 * @package SaWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/options.php';

/** Deletes this plugin's options on the current site. */
function sa_widgets_delete_options() {
	foreach ( sa_widgets_option_names() as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		switch_to_blog( $site_id );
		sa_widgets_delete_options();
		restore_current_blog();
	}
} else {
	sa_widgets_delete_options();
}

<?php
/**
 * The agency's own hotline and resource records, served by the site itself as
 * JSON for the elements' `src` (hotline banner, resource list). Public, like
 * the records on any page; read-only; nothing is logged or stored per request.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Kinds of records the settings page keeps. */
const SA_WIDGETS_RECORD_KINDS = array( 'hotlines', 'resources' );

/** URL of one kind of records on this site. */
function sa_widgets_records_url( $kind ) {
	return rest_url( 'sa-widgets/v1/' . $kind );
}

function sa_widgets_register_records_routes() {
	foreach ( SA_WIDGETS_RECORD_KINDS as $kind ) {
		register_rest_route(
			'sa-widgets/v1',
			'/' . $kind,
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => function () use ( $kind ) {
					$response = new WP_REST_Response( sa_widgets_records( $kind ) );
					// Never kept in a browser's cache, where it could be found on a shared or watched device.
					$response->header( 'Cache-Control', 'no-store' );
					return $response;
				},
			)
		);
	}
}
add_action( 'rest_api_init', 'sa_widgets_register_records_routes' );

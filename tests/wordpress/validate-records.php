<?php
// Runs the plugin's record validator outside WordPress, for
// schema-validator.test.mjs: reads a JSON array of texts on stdin and prints
// each text's issues as JSON. Only the few WordPress functions it calls are
// stood in for.
define( 'ABSPATH', __DIR__ . '/' );
define( 'SA_WIDGETS_DIR', getenv( 'SA_WIDGETS_DIR' ) );
function wp_json_encode( $value, $options = 0 ) {
	return json_encode( $value, $options );
}
function wp_parse_url( $url ) {
	return parse_url( $url );
}
require SA_WIDGETS_DIR . '/includes/options.php';
require SA_WIDGETS_DIR . '/includes/schema-validator.php';
$results = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $text ) {
	$results[] = sa_widgets_validate_records_json( $text )['issues'];
}
echo json_encode( $results );

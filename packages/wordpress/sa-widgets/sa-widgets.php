<?php
/**
 * Plugin Name:       Stalking Awareness Widgets
 * Description:       Quick exit, safety alert, hotline banner, resource cards and lists, and a legal disclaimer for people who are being stalked. Self-hosted: no request to any third party, nothing stored about visitors.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sa-widgets
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SA_WIDGETS_FILE', __FILE__ );
define( 'SA_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/records.php';
require_once __DIR__ . '/includes/schema-validator.php';
require_once __DIR__ . '/includes/settings.php';

<?php
/**
 * Settings → Safety widgets. Only users who can manage options see or save
 * it, every save carries a nonce, and nothing is saved when any field is
 * invalid: the form comes back with the owner's input and each field's errors
 * (for records, each with its JSON path).
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

const SA_WIDGETS_PAGE         = 'sa-widgets';
const SA_WIDGETS_NONCE_ACTION = 'sa_widgets_save_settings';
const SA_WIDGETS_PLACEMENTS   = array( 'all', 'chosen', 'off' );

/** The form being shown again after a failed save: values and errors by field. */
function sa_widgets_form_state( $state = null ) {
	static $current = null;
	if ( null !== $state ) {
		$current = $state;
	}
	return $current;
}

function sa_widgets_admin_menu() {
	$hook = add_options_page(
		__( 'Stalking Awareness Widgets', 'sa-widgets' ),
		__( 'Safety widgets', 'sa-widgets' ),
		'manage_options',
		SA_WIDGETS_PAGE,
		'sa_widgets_settings_page'
	);
	if ( $hook ) {
		add_action( 'load-' . $hook, 'sa_widgets_handle_settings_post' );
	}
}
add_action( 'admin_menu', 'sa_widgets_admin_menu' );

function sa_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . SA_WIDGETS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'sa-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SA_WIDGETS_FILE ), 'sa_widgets_action_links' );

/** Published pages and posts the owner can choose for placements. */
function sa_widgets_choosable_posts() {
	return get_posts(
		array(
			'post_type'   => array( 'page', 'post' ),
			'post_status' => 'publish',
			'numberposts' => 500,
			'orderby'     => 'title',
			'order'       => 'ASC',
		)
	);
}

/** A posted text field, unslashed. */
function sa_widgets_posted( $name ) {
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in sa_widgets_handle_settings_post().
	return isset( $_POST[ $name ] ) && is_string( $_POST[ $name ] ) ? trim( wp_unslash( $_POST[ $name ] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated by the caller.
}

/** Posted ids of chosen pages. */
function sa_widgets_posted_ids( $name ) {
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in sa_widgets_handle_settings_post().
	$ids = isset( $_POST[ $name ] ) && is_array( $_POST[ $name ] ) ? wp_unslash( $_POST[ $name ] ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- integers below.
	return array_values( array_unique( array_filter( array_map( 'absint', $ids ) ) ) );
}

/**
 * Checks the posted form. Returns array( 'settings', 'records', 'values', 'errors' ):
 * settings and records are what would be saved, values what the owner typed,
 * errors field => list of messages.
 */
function sa_widgets_read_settings_form() {
	$errors  = array();
	$values  = array();
	$choices = wp_list_pluck( sa_widgets_choosable_posts(), 'ID' );

	$values['agency'] = sa_widgets_posted( 'agency' );
	if ( preg_match( '~' . SA_WIDGETS_MARKUP_PATTERN . '~', $values['agency'] ) ) {
		$errors['agency'][] = __( 'Write the name as plain text, without HTML.', 'sa-widgets' );
	} elseif ( strlen( $values['agency'] ) > 200 ) {
		$errors['agency'][] = __( 'Use at most 200 characters.', 'sa-widgets' );
	}

	$values['exit_url'] = sa_widgets_posted( 'exit_url' );
	if ( '' === sa_widgets_safe_url( $values['exit_url'] ) ) {
		$errors['exit_url'][] = __( 'Enter a full web address starting with https:// (or http://), without a user name or password, for example https://www.weather.gov/.', 'sa-widgets' );
	}

	$values['language'] = sa_widgets_posted( 'language' );
	if ( ! array_key_exists( $values['language'], sa_widgets_languages() ) ) {
		$errors['language'][] = __( 'Choose one of the languages listed.', 'sa-widgets' );
	}

	foreach ( array( 'quick_exit', 'safety_alert' ) as $feature ) {
		$values[ $feature ]            = sa_widgets_posted( $feature );
		$values[ $feature . '_pages' ] = sa_widgets_posted_ids( $feature . '_pages' );
		if ( ! in_array( $values[ $feature ], SA_WIDGETS_PLACEMENTS, true ) ) {
			$errors[ $feature ][] = __( 'Choose where it appears.', 'sa-widgets' );
		} elseif ( 'chosen' === $values[ $feature ] && ! $values[ $feature . '_pages' ] ) {
			$errors[ $feature ][] = __( 'Choose at least one page, or another placement.', 'sa-widgets' );
		}
		if ( array_diff( $values[ $feature . '_pages' ], array_map( 'intval', $choices ) ) ) {
			$errors[ $feature ][] = __( 'Only published pages and posts can be chosen.', 'sa-widgets' );
		}
	}

	$choices_of = array(
		'quick_exit_shortcut'  => array( 'sa-quick-exit', 'shortcut' ),
		'quick_exit_position'  => array( 'sa-quick-exit', 'position' ),
		'safety_alert_variant' => array( 'sa-safety-alert', 'variant' ),
	);
	foreach ( $choices_of as $field => list( $tag, $attribute ) ) {
		$values[ $field ] = sa_widgets_posted( $field );
		if ( '' !== $values[ $field ] && ! in_array( $values[ $field ], sa_widgets_attribute_options( $tag, $attribute ), true ) ) {
			$errors[ $field ][] = __( 'Choose one of the options listed.', 'sa-widgets' );
		}
	}

	$values['block_emoji'] = '' !== sa_widgets_posted( 'block_emoji' );

	$records = array();
	foreach ( SA_WIDGETS_RECORD_KINDS as $kind ) {
		$field            = $kind . '_json';
		$values[ $field ] = sa_widgets_posted( $field );
		$result           = sa_widgets_validate_records_json( $values[ $field ] );
		foreach ( $result['issues'] as $issue ) {
			$errors[ $field ][] = array( $issue['path'], $issue['message'] );
		}
		// Stored as the owner wrote it, once valid.
		$records[ $kind ] = $result['issues'] ? '' : $values[ $field ];
	}

	$settings = array_intersect_key( $values, sa_widgets_default_settings() );
	return compact( 'settings', 'records', 'values', 'errors' );
}

function sa_widgets_handle_settings_post() {
	if ( ! isset( $_SERVER['REQUEST_METHOD'] ) || 'POST' !== $_SERVER['REQUEST_METHOD'] ) {
		return;
	}
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change these settings.', 'sa-widgets' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( SA_WIDGETS_NONCE_ACTION, 'sa_widgets_nonce' );

	$form = sa_widgets_read_settings_form();
	if ( $form['errors'] ) {
		sa_widgets_form_state( $form );
		return;
	}
	update_option( SA_WIDGETS_SETTINGS, $form['settings'] );
	update_option( SA_WIDGETS_RECORDS, $form['records'] );
	wp_safe_redirect( add_query_arg( 'updated', '1', admin_url( 'options-general.php?page=' . SA_WIDGETS_PAGE ) ) );
	exit;
}

/** id="…" aria-describedby and aria-invalid for a field with errors. */
function sa_widgets_field_aria( $field, array $errors ) {
	if ( empty( $errors[ $field ] ) ) {
		return '';
	}
	return ' aria-invalid="true" aria-describedby="' . esc_attr( 'sa-widgets-' . $field . '-errors' ) . '"';
}

/** A field's errors, each record error with its JSON path. */
function sa_widgets_field_errors( $field, array $errors ) {
	if ( empty( $errors[ $field ] ) ) {
		return;
	}
	echo '<div class="notice notice-error inline sa-widgets-errors" id="' . esc_attr( 'sa-widgets-' . $field . '-errors' ) . '"><ul>';
	foreach ( $errors[ $field ] as $error ) {
		if ( is_array( $error ) ) {
			echo '<li data-path="' . esc_attr( $error[0] ) . '"><code>' . esc_html( $error[0] ) . '</code> ' . esc_html( $error[1] ) . '</li>';
		} else {
			echo '<li>' . esc_html( $error ) . '</li>';
		}
	}
	echo '</ul></div>';
}

function sa_widgets_select( $field, $value, array $options, array $errors ) {
	echo '<select name="' . esc_attr( $field ) . '" id="' . esc_attr( 'sa-widgets-' . $field ) . '"' . sa_widgets_field_aria( $field, $errors ) . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	foreach ( $options as $option => $label ) {
		echo '<option value="' . esc_attr( $option ) . '"' . selected( (string) $value, (string) $option, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select>';
	sa_widgets_field_errors( $field, $errors );
}

/** Element default plus the element's own allowed values. */
function sa_widgets_option_labels( $tag, $attribute ) {
	$options = array( '' => __( "The element's default", 'sa-widgets' ) );
	foreach ( sa_widgets_attribute_options( $tag, $attribute ) as $option ) {
		$options[ $option ] = $option;
	}
	return $options;
}

function sa_widgets_placement_fields( $feature, $legend, array $values, array $errors, array $posts ) {
	$labels = array(
		'all'    => __( 'On every page', 'sa-widgets' ),
		'chosen' => __( 'Only on the pages chosen below', 'sa-widgets' ),
		'off'    => __( 'Nowhere (only where a block or shortcode puts it)', 'sa-widgets' ),
	);
	echo '<fieldset id="' . esc_attr( 'sa-widgets-' . $feature ) . '"' . sa_widgets_field_aria( $feature, $errors ) . '><legend class="screen-reader-text">' . esc_html( $legend ) . '</legend>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	foreach ( $labels as $value => $label ) {
		echo '<label><input type="radio" name="' . esc_attr( $feature ) . '" value="' . esc_attr( $value ) . '"' . checked( $values[ $feature ], $value, false ) . '> ' . esc_html( $label ) . '</label><br>';
	}
	echo '<details' . ( 'chosen' === $values[ $feature ] ? ' open' : '' ) . '><summary>' . esc_html__( 'Chosen pages', 'sa-widgets' ) . '</summary>';
	foreach ( $posts as $post ) {
		$title = get_the_title( $post ) ? get_the_title( $post ) : __( '(no title)', 'sa-widgets' );
		echo '<label><input type="checkbox" name="' . esc_attr( $feature . '_pages[]' ) . '" value="' . esc_attr( $post->ID ) . '"' . checked( in_array( (int) $post->ID, array_map( 'intval', (array) $values[ $feature . '_pages' ] ), true ), true, false ) . '> ' . esc_html( $title ) . ' <span class="description">(' . esc_html( $post->post_type ) . ')</span></label><br>';
	}
	echo '</details></fieldset>';
	sa_widgets_field_errors( $feature, $errors );
}

function sa_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$state  = sa_widgets_form_state();
	$errors = $state ? $state['errors'] : array();
	$values = $state ? $state['values'] : array_merge(
		sa_widgets_settings(),
		array(
			'hotlines_json'  => sa_widgets_records_text( 'hotlines' ),
			'resources_json' => sa_widgets_records_text( 'resources' ),
		)
	);
	$posts = sa_widgets_choosable_posts();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Stalking Awareness Widgets', 'sa-widgets' ); ?></h1>
		<?php if ( $errors ) : ?>
			<div class="notice notice-error" id="sa-widgets-error-summary" role="alert">
				<p><strong><?php esc_html_e( 'Nothing was saved.', 'sa-widgets' ); ?></strong>
				<?php
				/* translators: %d: number of fields with problems. */
				echo esc_html( sprintf( _n( 'Correct the field marked below and save again.', 'Correct the %d fields marked below and save again.', count( $errors ), 'sa-widgets' ), count( $errors ) ) );
				?>
				</p>
			</div>
		<?php elseif ( isset( $_GET['updated'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only shows a notice. ?>
			<div class="notice notice-success" id="sa-widgets-saved"><p><?php esc_html_e( 'Settings saved.', 'sa-widgets' ); ?></p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'The widgets are served from this site: visitors make no request to any other site because of them, and nothing about visitors is stored.', 'sa-widgets' ); ?></p>
		<form method="post" action="<?php echo esc_url( admin_url( 'options-general.php?page=' . SA_WIDGETS_PAGE ) ); ?>" novalidate>
			<?php wp_nonce_field( SA_WIDGETS_NONCE_ACTION, 'sa_widgets_nonce' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="sa-widgets-agency"><?php esc_html_e( 'Agency name', 'sa-widgets' ); ?></label></th>
					<td>
						<input type="text" class="regular-text" name="agency" id="sa-widgets-agency" value="<?php echo esc_attr( $values['agency'] ); ?>"<?php echo sa_widgets_field_aria( 'agency', $errors ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>>
						<p class="description"><?php esc_html_e( 'Used by the legal disclaimer ("Child Support Services staff cannot give legal advice"). Empty: "Our staff".', 'sa-widgets' ); ?></p>
						<?php sa_widgets_field_errors( 'agency', $errors ); ?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="sa-widgets-exit_url"><?php esc_html_e( 'Exit destination', 'sa-widgets' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" name="exit_url" id="sa-widgets-exit_url" value="<?php echo esc_attr( $values['exit_url'] ); ?>"<?php echo sa_widgets_field_aria( 'exit_url', $errors ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>>
						<p class="description"><?php esc_html_e( 'Where the quick exit goes: an ordinary site that draws no attention, such as a weather or news page.', 'sa-widgets' ); ?></p>
						<?php sa_widgets_field_errors( 'exit_url', $errors ); ?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="sa-widgets-language"><?php esc_html_e( 'Language', 'sa-widgets' ); ?></label></th>
					<td>
						<?php sa_widgets_select( 'language', $values['language'], sa_widgets_languages(), $errors ); ?>
						<p class="description"><?php esc_html_e( 'The widgets speak English and US Spanish. A block can set its own language.', 'sa-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Quick exit', 'sa-widgets' ); ?></th>
					<td>
						<?php sa_widgets_placement_fields( 'quick_exit', __( 'Where the quick exit appears', 'sa-widgets' ), $values, $errors, $posts ); ?>
						<p><label for="sa-widgets-quick_exit_shortcut"><?php esc_html_e( 'Keyboard shortcut', 'sa-widgets' ); ?></label>
						<?php sa_widgets_select( 'quick_exit_shortcut', $values['quick_exit_shortcut'], sa_widgets_option_labels( 'sa-quick-exit', 'shortcut' ), $errors ); ?></p>
						<p><label for="sa-widgets-quick_exit_position"><?php esc_html_e( 'Position', 'sa-widgets' ); ?></label>
						<?php sa_widgets_select( 'quick_exit_position', $values['quick_exit_position'], sa_widgets_option_labels( 'sa-quick-exit', 'position' ), $errors ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Safety alert', 'sa-widgets' ); ?></th>
					<td>
						<?php sa_widgets_placement_fields( 'safety_alert', __( 'Where the safety alert appears', 'sa-widgets' ), $values, $errors, $posts ); ?>
						<p><label for="sa-widgets-safety_alert_variant"><?php esc_html_e( 'Variant', 'sa-widgets' ); ?></label>
						<?php sa_widgets_select( 'safety_alert_variant', $values['safety_alert_variant'], sa_widgets_option_labels( 'sa-safety-alert', 'variant' ), $errors ); ?></p>
					</td>
				</tr>
				<?php
				$record_fields = array(
					'hotlines_json'  => array( __( 'Hotline records (JSON)', 'sa-widgets' ), __( 'Your own hotlines, shown by every hotline banner (unless a block turns this off). An array of records in the format of @stalking-awareness/core/schema/resource.schema.json, the same check as sa-validate. Empty: the bundled national hotline.', 'sa-widgets' ) ),
					'resources_json' => array( __( 'Resource records (JSON)', 'sa-widgets' ), __( 'Your own resources, shown by every resource list, and by a resource card that names one of their ids. Same format. Empty: the bundled national resources.', 'sa-widgets' ) ),
				);
				foreach ( $record_fields as $field => list( $label, $help ) ) :
					?>
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( 'sa-widgets-' . $field ); ?>"><?php echo esc_html( $label ); ?></label></th>
					<td>
						<textarea class="large-text code" rows="10" name="<?php echo esc_attr( $field ); ?>" id="<?php echo esc_attr( 'sa-widgets-' . $field ); ?>"<?php echo sa_widgets_field_aria( $field, $errors ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>><?php echo esc_textarea( $values[ $field ] ); ?></textarea>
						<p class="description"><?php echo esc_html( $help ); ?></p>
						<?php sa_widgets_field_errors( $field, $errors ); ?>
					</td>
				</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Emoji images', 'sa-widgets' ); ?></th>
					<td>
						<label><input type="checkbox" name="block_emoji" value="1"<?php checked( ! empty( $values['block_emoji'] ) ); ?>> <?php esc_html_e( "Stop WordPress's emoji script, which loads images from s.w.org in browsers without emoji (a request to another site on every visit)", 'sa-widgets' ); ?></label>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

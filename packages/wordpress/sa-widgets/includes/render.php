<?php
/**
 * Markup of one element from a block's or a shortcode's attributes. Blocks are
 * dynamic (rendered here on every view), so saved post content holds only the
 * block comment and never stale markup. Every value is checked against the
 * element's spec and escaped.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Attributes that hold a URL: escaped with esc_url, and only http(s). */
const SA_WIDGETS_URL_ATTRIBUTES = array( 'href', 'quick-exit-href' );

/**
 * The fallback link's text, in the element's own words: the quick exit works
 * with it before its script runs, and with JavaScript off. Without a language
 * set, the site's language decides (a Spanish site gets Spanish).
 */
function sa_widgets_exit_label( $lang ) {
	if ( '' === $lang ) {
		$lang = sa_widgets_default_language();
	}
	return 'es' === $lang ? 'Salir de esta página' : 'Exit this page';
}

/** A block's or shortcode's yes: true, 1, "true", "yes", "on". */
function sa_widgets_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/** Remembers that this page shows an element, so its script is printed. */
function sa_widgets_mark_used( $used = null ) {
	static $is_used = false;
	if ( null !== $used ) {
		$is_used = (bool) $used;
	}
	return $is_used;
}

/** The agency's record with this id, from its resources or hotlines, or null. */
function sa_widgets_agency_record( $id ) {
	foreach ( array( 'resources', 'hotlines' ) as $kind ) {
		foreach ( sa_widgets_records( $kind ) as $record ) {
			if ( isset( $record['id'] ) && $record['id'] === $id ) {
				return $record;
			}
		}
	}
	return null;
}

/**
 * Checked attribute values of an element: name => string, or true for a
 * boolean attribute that is set. Values outside an attribute's allowed set
 * are dropped (the element then uses its default).
 *
 * @param string $tag    Element tag.
 * @param array  $values Attribute name => raw value.
 */
function sa_widgets_checked_attributes( $tag, array $values ) {
	$spec    = sa_widgets_element( $tag );
	$checked = array();
	foreach ( $spec ? $spec['attributes'] : array() as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $attribute['kind'] ) {
			if ( sa_widgets_truthy( $value ) ) {
				$checked[ $name ] = true;
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		if ( 'number' === $attribute['kind'] && ! ctype_digit( $value ) ) {
			continue;
		}
		if ( ! empty( $attribute['options'] ) && ! in_array( $value, $attribute['options'], true ) ) {
			continue;
		}
		if ( in_array( $name, SA_WIDGETS_URL_ATTRIBUTES, true ) ) {
			$value = sa_widgets_safe_url( $value );
			if ( '' === $value ) {
				continue;
			}
		}
		$checked[ $name ] = $value;
	}
	return $checked;
}

/**
 * The element's markup.
 *
 * @param string $tag    Element tag, e.g. sa-quick-exit.
 * @param array  $values Attribute name => raw value; also `lang` (en, es) and
 *                       `agency-records` (false: only the bundled records).
 */
function sa_widgets_render( $tag, array $values ) {
	if ( ! sa_widgets_element( $tag ) ) {
		return '';
	}
	$settings   = sa_widgets_settings();
	$attributes = sa_widgets_checked_attributes( $tag, $values );
	$lang       = isset( $values['lang'] ) && in_array( $values['lang'], array( 'en', 'es' ), true ) ? $values['lang'] : $settings['language'];
	$use_agency = ! array_key_exists( 'agency-records', $values ) || sa_widgets_truthy( $values['agency-records'] );
	$extra      = array();

	switch ( $tag ) {
		case 'sa-quick-exit':
			$attributes += array_filter(
				array(
					'href'     => sa_widgets_safe_url( $settings['exit_url'] ),
					'shortcut' => $settings['quick_exit_shortcut'],
					'position' => $settings['quick_exit_position'],
				)
			);
			break;
		case 'sa-safety-alert':
			$attributes += array_filter( array( 'quick-exit-href' => sa_widgets_safe_url( $settings['exit_url'] ) ) );
			break;
		case 'sa-legal-disclaimer':
			$attributes += array_filter( array( 'agency' => $settings['agency'] ) );
			break;
		case 'sa-hotline-banner':
			if ( $use_agency && sa_widgets_records( 'hotlines' ) ) {
				$extra['src'] = sa_widgets_records_url( 'hotlines' );
			}
			break;
		case 'sa-resource-list':
			if ( $use_agency && sa_widgets_records( 'resources' ) ) {
				$extra['src'] = sa_widgets_records_url( 'resources' );
			}
			break;
		case 'sa-resource-card':
			$record = $use_agency && isset( $attributes['resource-id'] ) ? sa_widgets_agency_record( $attributes['resource-id'] ) : null;
			if ( $record ) {
				// Set as the card's `resource` property by assets/agency-records.js before the card upgrades.
				unset( $attributes['resource-id'] );
				$extra['data-sa-record'] = wp_json_encode( $record );
			}
			break;
	}
	if ( '' !== $lang ) {
		$extra['lang'] = $lang;
	}

	$markup = '<' . $tag;
	foreach ( array_merge( $attributes, $extra ) as $name => $value ) {
		if ( true === $value ) {
			$markup .= ' ' . $name;
		} elseif ( in_array( $name, SA_WIDGETS_URL_ATTRIBUTES, true ) || 'src' === $name ) {
			$markup .= ' ' . $name . '="' . esc_url( $value ) . '"';
		} else {
			$markup .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$markup .= '>';
	if ( 'sa-quick-exit' === $tag ) {
		// A real link: the exit works before the script loads and with JavaScript off.
		$markup .= '<a href="' . esc_url( $attributes['href'] ?? SA_WIDGETS_DEFAULT_EXIT ) . '" rel="noreferrer nofollow">' . esc_html( sa_widgets_exit_label( $lang ) ) . '</a>';
	}
	$markup .= '</' . $tag . '>';

	sa_widgets_mark_used( true );
	return $markup;
}

/** Shortcodes: one per element, named after its tag, with the element's own attribute names. */
function sa_widgets_register_shortcodes() {
	foreach ( array_keys( sa_widgets_elements() ) as $tag ) {
		add_shortcode(
			$tag,
			function ( $atts ) use ( $tag ) {
				$values = array();
				foreach ( (array) $atts as $name => $value ) {
					if ( is_int( $name ) ) {
						// A bare flag: [sa-resource-list search].
						$values[ strtolower( (string) $value ) ] = true;
					} else {
						$values[ strtolower( $name ) ] = $value;
					}
				}
				return sa_widgets_render( $tag, $values );
			}
		);
	}
}
add_action( 'init', 'sa_widgets_register_shortcodes' );

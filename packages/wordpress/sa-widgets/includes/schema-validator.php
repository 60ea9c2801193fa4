<?php
/**
 * A small JSON Schema (2020-12) validator for the keywords the resource schema
 * uses, so the settings page checks an agency's records against the same
 * schema as `sa-validate` (packages/core/schema/resource.schema.json, copied
 * into generated/ at build time), plus the checks JSON Schema cannot express
 * that core's validator also makes: unique ids, real calendar dates, known
 * time zones, reviewBy not before verifiedOn.
 *
 * Supported: $ref (local), type, enum, const, pattern, minLength, maxLength,
 * minItems, items, required, properties, additionalProperties, propertyNames,
 * dependentRequired, allOf, anyOf, oneOf, not, if/then/else. An unknown
 * keyword is an error at build time (see tests), never silently ignored.
 *
 * @package SaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The keywords SA_Widgets_Schema_Validator understands (annotations included). */
const SA_WIDGETS_SCHEMA_KEYWORDS = array(
	'$schema', '$defs', '$ref', 'title', 'description', 'type', 'enum', 'const', 'pattern', 'minLength', 'maxLength',
	'minItems', 'items', 'required', 'properties', 'additionalProperties', 'propertyNames', 'dependentRequired',
	'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else',
);

/** Markup in plain text: `<` followed by a letter, `/`, `!` or `?` (the schema's plainText). */
const SA_WIDGETS_MARKUP_PATTERN = '<[A-Za-z/!?]';

class SA_Widgets_Schema_Validator {

	/** @var array Root schema, decoded as arrays. */
	private $root;

	public function __construct( array $schema ) {
		$this->root = $schema;
	}

	/** The resource schema shipped with the plugin. */
	public static function for_resources() {
		$path   = SA_WIDGETS_DIR . '/generated/resource.schema.json';
		$schema = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		return new self( is_array( $schema ) ? $schema : array() );
	}

	/**
	 * Problems of a value decoded with json_decode( $text, false ), each
	 * array( 'path' => '$[0].name', 'message' => 'is required' ).
	 */
	public function validate( $value ) {
		return array_map(
			function ( $issue ) {
				return array(
					'path'    => $issue['path'],
					'message' => $issue['message'],
				);
			},
			$this->check( $value, $this->root, '$' )
		);
	}

	/** `$.name`, `$[0]`, `$["odd key"]`, as core's validator writes paths. */
	public static function member( $path, $key ) {
		if ( is_int( $key ) ) {
			return $path . '[' . $key . ']';
		}
		return preg_match( '/^[A-Za-z_$][\w$]*$/', $key ) ? $path . '.' . $key : $path . '[' . wp_json_encode( $key ) . ']';
	}

	private static function describe( $value ) {
		if ( null === $value ) {
			return 'null';
		}
		if ( is_array( $value ) ) {
			return 'an array';
		}
		if ( is_object( $value ) ) {
			return 'an object';
		}
		$type = is_bool( $value ) ? 'boolean' : ( is_string( $value ) ? 'string' : 'number' );
		$json = (string) wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		return $type . ' ' . ( strlen( $json ) > 60 ? substr( $json, 0, 60 ) . '…' : $json );
	}

	private static function has_type( $value, $type ) {
		switch ( $type ) {
			case 'object':
				return $value instanceof stdClass;
			case 'array':
				return is_array( $value );
			case 'string':
				return is_string( $value );
			case 'boolean':
				return is_bool( $value );
			case 'number':
				return is_int( $value ) || is_float( $value );
			case 'integer':
				return is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value );
			case 'null':
				return null === $value;
		}
		return false;
	}

	private static function length( $text ) {
		return (int) preg_match_all( '/./us', $text );
	}

	private static function matches( $pattern, $text ) {
		return 1 === preg_match( '~' . str_replace( '~', '\~', $pattern ) . '~u', $text );
	}

	private function resolve( $ref ) {
		if ( 0 !== strpos( $ref, '#/' ) ) {
			return array();
		}
		$node = $this->root;
		foreach ( explode( '/', substr( $ref, 2 ) ) as $part ) {
			$part = str_replace( array( '~1', '~0' ), array( '/', '~' ), $part );
			if ( ! is_array( $node ) || ! isset( $node[ $part ] ) ) {
				return array();
			}
			$node = $node[ $part ];
		}
		return is_array( $node ) ? $node : array();
	}

	/** An issue; `weight` ranks the branches of a failed oneOf (a wrong discriminator weighs most). */
	private static function issue( $path, $message, $weight = 1 ) {
		return array(
			'path'    => $path,
			'message' => $message,
			'weight'  => $weight,
		);
	}

	private static function quote_all( array $values ) {
		return implode( ', ', array_map( 'wp_json_encode', $values ) );
	}

	/** What a `not` forbids, in words. */
	private function not_issues( $value, array $not, $path ) {
		if ( isset( $not['pattern'] ) ) {
			return array( self::issue( $path, SA_WIDGETS_MARKUP_PATTERN === $not['pattern'] ? 'must be plain text, not HTML markup' : 'must not match /' . $not['pattern'] . '/' ) );
		}
		$forbidden = array();
		foreach ( array_merge( array( $not ), isset( $not['anyOf'] ) ? $not['anyOf'] : array() ) as $branch ) {
			foreach ( isset( $branch['required'] ) ? $branch['required'] : array() as $name ) {
				if ( $value instanceof stdClass && property_exists( $value, $name ) ) {
					$forbidden[] = self::issue( self::member( $path, $name ), 'is not allowed here' );
				}
			}
		}
		return $forbidden ? $forbidden : array( self::issue( $path, 'is not allowed here' ) );
	}

	private function check( $value, array $schema, $path, $hint = '' ) {
		if ( isset( $schema['description'] ) ) {
			$hint = $schema['description'];
		}
		$issues = array();
		if ( isset( $schema['$ref'] ) ) {
			$target = $this->resolve( $schema['$ref'] );
			$issues = $this->check( $value, $target, $path, isset( $target['description'] ) ? $target['description'] : $hint );
			if ( $issues ) {
				return $issues;
			}
		}
		if ( isset( $schema['type'] ) ) {
			$types = (array) $schema['type'];
			$ok    = false;
			foreach ( $types as $type ) {
				$ok = $ok || self::has_type( $value, $type );
			}
			if ( ! $ok ) {
				return array( self::issue( $path, 'must be ' . implode( ' or ', array_map( array( __CLASS__, 'article' ), $types ) ) . ', not ' . self::describe( $value ) ) );
			}
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			return array( self::issue( $path, 'must be one of ' . self::quote_all( $schema['enum'] ) . ', not ' . self::describe( $value ), 10 ) );
		}
		if ( array_key_exists( 'const', $schema ) && $value !== $schema['const'] ) {
			return array( self::issue( $path, 'must be ' . wp_json_encode( $schema['const'] ) . ', not ' . self::describe( $value ), 10 ) );
		}
		if ( is_string( $value ) ) {
			$issues = array_merge( $issues, $this->check_string( $value, $schema, $path, $hint ) );
		}
		if ( is_array( $value ) ) {
			if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
				$issues[] = self::issue( $path, 'must have at least ' . $schema['minItems'] . ' item(s)' );
			}
			if ( isset( $schema['items'] ) ) {
				foreach ( $value as $index => $item ) {
					$issues = array_merge( $issues, $this->check( $item, $schema['items'], self::member( $path, $index ) ) );
				}
			}
		}
		if ( $value instanceof stdClass ) {
			$issues = array_merge( $issues, $this->check_object( $value, $schema, $path ) );
		}
		foreach ( isset( $schema['allOf'] ) ? $schema['allOf'] : array() as $branch ) {
			$issues = array_merge( $issues, $this->check( $value, $branch, $path, $hint ) );
		}
		if ( isset( $schema['anyOf'] ) ) {
			$issues = array_merge( $issues, $this->check_one_of( $value, $schema['anyOf'], $path, $hint, false ) );
		}
		if ( isset( $schema['oneOf'] ) ) {
			$issues = array_merge( $issues, $this->check_one_of( $value, $schema['oneOf'], $path, $hint, true ) );
		}
		if ( isset( $schema['not'] ) && ! $this->check( $value, $schema['not'], $path ) ) {
			$issues = array_merge( $issues, $this->not_issues( $value, $schema['not'], $path ) );
		}
		if ( isset( $schema['if'] ) ) {
			$branch = $this->check( $value, $schema['if'], $path ) ? 'else' : 'then';
			if ( isset( $schema[ $branch ] ) ) {
				$issues = array_merge( $issues, $this->check( $value, $schema[ $branch ], $path, $hint ) );
			}
		}
		return $issues;
	}

	private static function article( $type ) {
		return ( in_array( $type, array( 'object', 'array', 'integer' ), true ) ? 'an ' : 'a ' ) . $type;
	}

	private function check_string( $value, array $schema, $path, $hint ) {
		$issues = array();
		$length = self::length( $value );
		if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
			$issues[] = self::issue( $path, 1 === $schema['minLength'] ? 'must not be empty' : 'must be at least ' . $schema['minLength'] . ' characters' );
		}
		if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
			$issues[] = self::issue( $path, 'must be at most ' . $schema['maxLength'] . ' characters' );
		}
		if ( isset( $schema['pattern'] ) && ! self::matches( $schema['pattern'], $value ) ) {
			$issues[] = self::issue( $path, '' !== $hint ? 'must be: ' . rtrim( $hint, '.' ) . ' (not ' . self::describe( $value ) . ')' : 'must match /' . $schema['pattern'] . '/' );
		}
		return $issues;
	}

	private function check_object( stdClass $value, array $schema, $path ) {
		$issues     = array();
		$properties = isset( $schema['properties'] ) ? $schema['properties'] : array();
		foreach ( isset( $schema['required'] ) ? $schema['required'] : array() as $name ) {
			if ( ! property_exists( $value, $name ) ) {
				$issues[] = self::issue( self::member( $path, $name ), 'is required' );
			}
		}
		foreach ( get_object_vars( $value ) as $name => $item ) {
			$name = (string) $name;
			if ( isset( $properties[ $name ] ) ) {
				$issues = array_merge( $issues, $this->check( $item, $properties[ $name ], self::member( $path, $name ) ) );
			} elseif ( isset( $schema['additionalProperties'] ) && is_array( $schema['additionalProperties'] ) ) {
				$issues = array_merge( $issues, $this->check( $item, $schema['additionalProperties'], self::member( $path, $name ) ) );
			}
			if ( isset( $schema['propertyNames'] ) ) {
				foreach ( $this->check( $name, $schema['propertyNames'], self::member( $path, $name ) ) as $issue ) {
					$issue['message'] = 'is not an allowed name: ' . $issue['message'];
					$issues[]         = $issue;
				}
			}
		}
		foreach ( isset( $schema['dependentRequired'] ) ? $schema['dependentRequired'] : array() as $name => $needed ) {
			if ( ! property_exists( $value, $name ) ) {
				continue;
			}
			foreach ( $needed as $other ) {
				if ( ! property_exists( $value, $other ) ) {
					$issues[] = self::issue( self::member( $path, $other ), 'is required when "' . $name . '" is set' );
				}
			}
		}
		return $issues;
	}

	/** oneOf (exactly one branch) or anyOf (at least one); on failure, the closest branch's issues. */
	private function check_one_of( $value, array $branches, $path, $hint, $exactly_one ) {
		$best    = null;
		$passing = 0;
		foreach ( $branches as $branch ) {
			$issues = $this->check( $value, $branch, $path, $hint );
			if ( ! $issues ) {
				++$passing;
				continue;
			}
			$weight = array_sum( array_column( $issues, 'weight' ) );
			if ( null === $best || $weight < $best[0] ) {
				$best = array( $weight, $issues );
			}
		}
		if ( 0 === $passing ) {
			return $best ? $best[1] : array();
		}
		if ( $exactly_one && $passing > 1 ) {
			return array( self::issue( $path, 'matches more than one of the allowed shapes' ) );
		}
		return array();
	}
}

/**
 * Checks JSON text of records against the resource schema and core's extra
 * rules. Returns array( 'records' => decoded array|null, 'issues' => list ).
 * Empty text means no records, which is valid.
 */
function sa_widgets_validate_records_json( $text ) {
	$text = trim( (string) $text );
	if ( '' === $text ) {
		return array(
			'records' => array(),
			'issues'  => array(),
		);
	}
	$data = json_decode( $text, false, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array(
			'records' => null,
			'issues'  => array(
				array(
					'path'    => '$',
					'message' => 'is not valid JSON (' . json_last_error_msg() . ')',
				),
			),
		);
	}
	$issues = SA_Widgets_Schema_Validator::for_resources()->validate( $data );
	if ( ! $issues ) {
		$issues = sa_widgets_semantic_issues( json_decode( $text, true ) );
	}
	return array(
		'records' => $issues ? null : json_decode( $text, true ),
		'issues'  => $issues,
	);
}

/** What JSON Schema cannot say; run once the records match the schema. */
function sa_widgets_semantic_issues( array $records ) {
	$issues = array();
	$seen   = array();
	$add    = function ( $path, $message ) use ( &$issues ) {
		$issues[] = array(
			'path'    => $path,
			'message' => $message,
		);
	};
	$real_date = function ( $date ) {
		return is_string( $date ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	};
	foreach ( $records as $index => $record ) {
		$path = '$[' . $index . ']';
		if ( isset( $seen[ $record['id'] ] ) ) {
			$add( $path . '.id', 'repeats the id "' . $record['id'] . '" of $[' . $seen[ $record['id'] ] . ']' );
		} else {
			$seen[ $record['id'] ] = $index;
		}
		$provenance = $record['provenance'];
		// verifiedOn is a date, or a year alone when the source gave only that, or absent (never invented).
		$verified = isset( $provenance['verifiedOn'] ) ? $provenance['verifiedOn'] : null;
		$review   = isset( $provenance['reviewBy'] ) ? $provenance['reviewBy'] : null;
		if ( null !== $verified && ! $real_date( $verified ) && ! ( is_string( $verified ) && preg_match( '/^\d{4}$/', $verified ) ) ) {
			$add( $path . '.provenance.verifiedOn', 'is not a real calendar date' );
		}
		if ( null !== $review && ! $real_date( $review ) ) {
			$add( $path . '.provenance.reviewBy', 'is not a real calendar date' );
		}
		if ( null !== $verified && null !== $review && $review < $verified ) {
			$add( $path . '.provenance.reviewBy', 'must not be before verifiedOn' );
		}
		foreach ( array( 'url' => isset( $record['url'] ) ? $record['url'] : null, 'provenance.source' => $provenance['source'] ) as $field => $url ) {
			if ( null !== $url && '' === sa_widgets_safe_url( $url ) ) {
				$add( $path . '.' . $field, 'must be a safe absolute http(s) URL' );
			}
		}
		if ( isset( $record['hours']['timeZone'] ) && ! in_array( $record['hours']['timeZone'], timezone_identifiers_list( DateTimeZone::ALL_WITH_BC ), true ) ) {
			$add( $path . '.hours.timeZone', 'is not a known IANA time zone' );
		}
		foreach ( isset( $record['hours']['exceptions'] ) ? $record['hours']['exceptions'] : array() as $n => $exception ) {
			if ( ! $real_date( $exception['date'] ) ) {
				$add( $path . '.hours.exceptions[' . $n . '].date', 'is not a real calendar date' );
			}
		}
	}
	return $issues;
}

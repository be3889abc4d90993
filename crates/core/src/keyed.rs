//! Enums named by a stable key (in files, JSON and message ids), written once: the
//! variant list, `ALL`, `key` and `from_key` come from one table, so a new variant
//! cannot be missing from any of them.

/// `keyed_enum! { #[attrs] pub enum Name { Variant = "key", ... } }`, optionally followed
/// by `prefixed fn_name = "prefix-";` to name each variant's key with a prefix (a
/// message id, say).
#[macro_export]
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal ),+ $(,)?
        }
        prefixed $pfn:ident = $prefix:literal;
    ) => {
        $crate::keyed_enum! {
            $(#[$meta])*
            $vis enum $name {
                $( $(#[$vmeta])* $variant = $key ),+
            }
        }

        impl $name {
            /// The key with its prefix.
            pub fn $pfn(self) -> &'static str {
                match self {
                    $( $name::$variant => concat!($prefix, $key) ),+
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in the order written.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The variant's stable key.
            pub fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key ),+
                }
            }

            /// The variant named by `key`, if any.
            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $( $key => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let key = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::from_key(&key).ok_or_else(|| {
                    serde::de::Error::unknown_variant(&key, &[ $( $key ),+ ])
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    keyed_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Colour {
            Red = "red",
            DeepBlue = "deep-blue",
        }
        prefixed message = "colour-";
    }

    #[test]
    fn keys_round_trip_and_every_variant_is_listed() {
        assert_eq!(Colour::ALL, &[Colour::Red, Colour::DeepBlue]);
        for c in Colour::ALL {
            assert_eq!(Colour::from_key(c.key()), Some(*c));
        }
        assert_eq!(Colour::DeepBlue.message(), "colour-deep-blue");
        assert_eq!(Colour::from_key("green"), None);
        let parsed: Colour = serde_json::from_str("\"deep-blue\"").unwrap();
        assert_eq!(parsed, Colour::DeepBlue);
        assert!(serde_json::from_str::<Colour>("\"green\"").is_err());
        assert_eq!(serde_json::to_string(&Colour::Red).unwrap(), "\"red\"");
    }
}

//! Writes a serde value as a Rust constant expression, so `build.rs` can
//! turn the checked content files into statics (see `model.rs`).
//!
//! Compiled into `build.rs`, and into the crate only for its tests.
//!
//! The mapping is the obvious one for data made of structs, enums, slices,
//! options, strings, booleans and integers:
//! - a struct is written as a struct literal with every field;
//! - an enum value serialised as `"snake_case"` is written `Enum::SnakeCase`
//!   (the content enums rename their variants to snake or lower case);
//! - a sequence is written as `&[…]`, which is a constant slice in a static;
//! - a newtype struct `N(v)` is written `N(v)`. A type stored as text whose
//!   Rust value is built by a `const fn` can therefore serialise as the
//!   newtype `"Type::constructor"` (serde_json writes only the text).
//!
//! Maps and floats have no place in the content and are refused.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// The Rust expression for `value`.
pub fn to_rust<T: Serialize + ?Sized>(value: &T) -> Result<String, Unsupported> {
    let mut writer = RustWriter { out: String::new() };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

#[derive(Debug)]
pub struct Unsupported(String);

impl Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: Display>(message: T) -> Self {
        Unsupported(message.to_string())
    }
}

fn refuse<T>(what: &str) -> Result<T, Unsupported> {
    Err(Unsupported(format!("{what} cannot be written as content data")))
}

/// `snake_case` or `lowercase` → `CamelCase`, the inverse of serde's renames.
fn camel_case(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

struct RustWriter {
    out: String,
}

impl RustWriter {
    fn write(&mut self, text: impl Display) {
        // Writing to a `String` cannot fail.
        let _ = write!(self.out, "{text}");
    }
}

/// Writes the elements of a sequence, tuple or struct, then closes it.
struct Compound<'a> {
    writer: &'a mut RustWriter,
    close: &'static str,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(&mut *self.writer)?;
        self.writer.write(", ");
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Unsupported> {
        self.writer.write(format_args!("{name}: "));
        self.element(value)
    }

    fn finish(self) -> Result<(), Unsupported> {
        self.writer.write(self.close);
        Ok(())
    }
}

macro_rules! integers {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, value: $ty) -> Result<(), Unsupported> {
            self.write(value);
            Ok(())
        })*
    };
}

impl<'a> ser::Serializer for &'a mut RustWriter {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    integers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
              serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);

    fn serialize_bool(self, value: bool) -> Result<(), Unsupported> {
        self.write(value);
        Ok(())
    }

    fn serialize_f32(self, _: f32) -> Result<(), Unsupported> {
        refuse("a floating-point number")
    }

    fn serialize_f64(self, _: f64) -> Result<(), Unsupported> {
        refuse("a floating-point number")
    }

    fn serialize_char(self, value: char) -> Result<(), Unsupported> {
        self.write(format_args!("{value:?}"));
        Ok(())
    }

    /// `Debug` of a `str` is a valid Rust string literal: quotes,
    /// backslashes and control characters come out escaped.
    fn serialize_str(self, value: &str) -> Result<(), Unsupported> {
        self.write(format_args!("{value:?}"));
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        refuse("a byte string")
    }

    fn serialize_none(self) -> Result<(), Unsupported> {
        self.write("None");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        self.write("Some(");
        value.serialize(&mut *self)?;
        self.write(")");
        Ok(())
    }

    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.write("()");
        Ok(())
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Unsupported> {
        self.write(name);
        Ok(())
    }

    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> Result<(), Unsupported> {
        self.write(format_args!("{name}::{}", camel_case(variant)));
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<(), Unsupported> {
        self.write(format_args!("{name}("));
        value.serialize(&mut *self)?;
        self.write(")");
        Ok(())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.write(format_args!("{name}::{}(", camel_case(variant)));
        value.serialize(&mut *self)?;
        self.write(")");
        Ok(())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Unsupported> {
        self.write("&[");
        Ok(Compound { writer: self, close: "]" })
    }

    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Unsupported> {
        self.write("(");
        Ok(Compound { writer: self, close: ")" })
    }

    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, Unsupported> {
        self.write(format_args!("{name}("));
        Ok(Compound { writer: self, close: ")" })
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Unsupported> {
        self.write(format_args!("{name}::{}(", camel_case(variant)));
        Ok(Compound { writer: self, close: ")" })
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        refuse("a map")
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, Unsupported> {
        self.write(format_args!("{name} {{ "));
        Ok(Compound { writer: self, close: "}" })
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Unsupported> {
        self.write(format_args!("{name}::{} {{ ", camel_case(variant)));
        Ok(Compound { writer: self, close: "}" })
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Unsupported> {
        self.field(name, value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Unsupported> {
        self.field(name, value)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Colour {
        DeepBlue,
    }

    #[derive(Serialize)]
    struct Inner {
        name: &'static str,
        colour: Option<Colour>,
    }

    #[derive(Serialize)]
    struct Outer {
        id: u16,
        on: bool,
        items: Vec<Inner>,
        none: Option<&'static str>,
    }

    #[test]
    fn writes_struct_literals_with_slices_and_paths() {
        let value = Outer {
            id: 7,
            on: true,
            items: vec![Inner { name: "a \"quoted\" \\ name\n", colour: Some(Colour::DeepBlue) }],
            none: None,
        };
        assert_eq!(
            to_rust(&value).unwrap(),
            r#"Outer { id: 7, on: true, items: &[Inner { name: "a \"quoted\" \\ name\n", colour: Some(Colour::DeepBlue), }, ], none: None, }"#
        );
    }

    #[test]
    fn non_ascii_text_stays_readable() {
        assert_eq!(to_rust("Українська — Polski").unwrap(), "\"Українська — Polski\"");
    }

    #[test]
    fn renamed_variants_come_back_to_rust_names() {
        assert_eq!(camel_case("begging_crime"), "BeggingCrime");
        assert_eq!(camel_case("fil"), "Fil");
        assert_eq!(camel_case("Confirmed"), "Confirmed");
    }

    #[test]
    fn a_named_newtype_calls_its_constructor() {
        struct Date;
        impl Serialize for Date {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_newtype_struct("Date::from_text", "2024-05")
            }
        }
        assert_eq!(to_rust(&Date).unwrap(), r#"Date::from_text("2024-05")"#);
    }

    #[test]
    #[allow(clippy::disallowed_types)] // a map is what is refused here
    fn maps_and_floats_are_refused() {
        assert!(to_rust(&std::collections::BTreeMap::from([(1, 2)])).is_err());
        assert!(to_rust(&1.5_f64).is_err());
    }
}

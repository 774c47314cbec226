//! QR codes for deep links, rendered as SVG (no image library, no network).

use qrcode::{render::svg, EcLevel, QrCode};

/// An SVG QR code of `text`, at least `size` pixels square with its quiet
/// zone. Error correction M survives a worn or creased printed card.
/// `None` only if the text is too long for any QR version.
pub fn svg(text: &str, size: u32) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(size, size)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_link_renders_as_a_square_svg() {
        // Never fetched: only the text that the code encodes.
        let svg = svg("https://example.org/some/path/?lang=uk&card=volunteer", 256).unwrap();
        assert!(svg.contains("<svg") && svg.ends_with("</svg>"), "{}", &svg[..40]);
        let attribute = |name: &str| -> u32 {
            let start = svg.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            svg[start..start + svg[start..].find('"').unwrap()].parse().unwrap()
        };
        assert_eq!(attribute("width"), attribute("height"), "square");
        assert!(attribute("width") >= 256, "at least the size asked for");
    }

    #[test]
    fn the_same_text_gives_the_same_code() {
        assert_eq!(svg("?lang=pl", 128), svg("?lang=pl", 128));
        assert_ne!(svg("?lang=pl", 128), svg("?lang=en", 128));
    }

    #[test]
    fn text_beyond_qr_capacity_is_refused() {
        assert!(svg(&"x".repeat(5000), 128).is_none());
    }
}

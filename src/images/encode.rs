//! A copy of an image: resized from its upright pixels and encoded. The
//! encoders write the pixels and what decoding needs, nothing else: no
//! EXIF, XMP, IPTC, comment, text chunk or colour profile.

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ExtendedColorType, ImageEncoder};

use super::{Format, Recipe};

/// JPEG and WebP qualities: a photo's detail at a fraction of its weight
/// (Hugo's default is 75 for both).
const JPEG_QUALITY: u8 = 78;
const WEBP_QUALITY: f32 = 75.0;

/// Why a copy could not be made.
#[derive(Debug)]
pub(super) enum EncodeError {
    /// Wider or taller than a JPEG can be.
    TooLargeForJpeg,
    /// The resizer's or the encoder's own words.
    Library(String),
}

fn library(error: impl std::fmt::Display) -> EncodeError {
    EncodeError::Library(error.to_string())
}

/// `image` (8-bit RGB or RGBA) at the recipe's width, in its format.
pub(super) fn encode(
    image: &DynamicImage,
    recipe: Recipe,
    resizer: &mut Resizer,
) -> Result<Vec<u8>, EncodeError> {
    let resized;
    let image = if recipe.width < image.width() {
        let height = ((u64::from(image.height()) * u64::from(recipe.width) + u64::from(image.width()) / 2)
            / u64::from(image.width()))
        .max(1) as u32;
        let mut target = DynamicImage::new(recipe.width, height, image.color());
        let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
        resizer.resize(image, &mut target, &options).map_err(library)?;
        resized = target;
        &resized
    } else {
        image
    };
    let (width, height) = (image.width(), image.height());
    let mut out = Vec::new();
    match recipe.format {
        Format::Jpeg => {
            // JPEG has no transparency: what was transparent becomes white.
            let rgb = match image {
                DynamicImage::ImageRgba8(rgba) => on_white(rgba),
                other => other.to_rgb8(),
            };
            // Quality under 90 gives 4:2:0 subsampling, as cameras write.
            let (w, h) = (u16::try_from(width), u16::try_from(height));
            let (Ok(w), Ok(h)) = (w, h) else { return Err(EncodeError::TooLargeForJpeg) };
            jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY)
                .encode(rgb.as_raw(), w, h, jpeg_encoder::ColorType::Rgb)
                .map_err(library)?;
        }
        Format::Png => {
            let color =
                if image.color().has_alpha() { ExtendedColorType::Rgba8 } else { ExtendedColorType::Rgb8 };
            image::codecs::png::PngEncoder::new_with_quality(
                &mut out,
                image::codecs::png::CompressionType::Best,
                image::codecs::png::FilterType::Adaptive,
            )
            .write_image(image.as_bytes(), width, height, color)
            .map_err(library)?;
        }
        Format::Webp => {
            let encoder = if image.color().has_alpha() {
                webp::Encoder::from_rgba(image.as_bytes(), width, height)
            } else {
                webp::Encoder::from_rgb(image.as_bytes(), width, height)
            };
            let encoded = encoder
                .encode_simple(false, WEBP_QUALITY)
                .map_err(|e| EncodeError::Library(format!("{e:?}")))?;
            out.extend_from_slice(&encoded);
        }
    }
    Ok(out)
}

fn on_white(rgba: &image::RgbaImage) -> image::RgbImage {
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a)) + 127) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

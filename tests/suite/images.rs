//! Photos on the site, read back as someone hunting for the shelter would
//! read them: a phone photo's GPS position, capture time, phone, serial,
//! embedded thumbnail, XMP, IPTC and comments, and PNG and WebP text and
//! metadata chunks, must be in no published file, whatever folder the photo
//! came from; the photo stays upright; a phone downloads a copy its size.
//!
//! The test photos are made here, with the metadata a phone writes. Each
//! published file is read back by ExifTool (Debian's; `.ci/run` installs
//! it, and with CI=true a missing ExifTool fails the test), by a second
//! EXIF reader, and byte by byte for the secrets.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use exif::{Field, In, Rational, Tag, Value};

use crate::common::TestSite;

/// What the test photos carry besides the picture; none may be published.
const SECRETS: &[&str] = &[
    "LeakPhone",
    "LP-7 Pro",
    "SN-4417-SHELTER",
    "2024:07:03 10:12:00",
    "SECRET-XMP-AIT-OURIBEL",
    "SECRET-IPTC-CAPTION",
    "SECRET-COMMENT",
    "SECRET-ZTXT",
];

const RED: [u8; 3] = [200, 30, 30];
const BLUE: [u8; 3] = [30, 30, 200];

/// A landscape picture, red above and blue below.
fn red_over_blue(width: u32, height: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |_, y| image::Rgb(if y < height / 2 { RED } else { BLUE }))
}

fn jpeg(picture: &image::RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(picture).unwrap();
    out
}

/// EXIF as a phone writes it: stored sideways with Orientation 6 (turn
/// 90° clockwise to view), where, when, which phone, and a thumbnail of a
/// green picture (the uncropped photo, in real life).
fn phone_exif(orientation: u16) -> Vec<u8> {
    let rational = |n: u32, d: u32| Rational { num: n, denom: d };
    let ascii = |s: &str| Value::Ascii(vec![s.as_bytes().to_vec()]);
    let fields = [
        Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![orientation]) },
        Field { tag: Tag::Make, ifd_num: In::PRIMARY, value: ascii("LeakPhone") },
        Field { tag: Tag::Model, ifd_num: In::PRIMARY, value: ascii("LP-7 Pro") },
        Field { tag: Tag::DateTimeOriginal, ifd_num: In::PRIMARY, value: ascii("2024:07:03 10:12:00") },
        Field { tag: Tag::BodySerialNumber, ifd_num: In::PRIMARY, value: ascii("SN-4417-SHELTER") },
        Field { tag: Tag::GPSLatitudeRef, ifd_num: In::PRIMARY, value: ascii("N") },
        Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![rational(33, 1), rational(48, 1), rational(1234, 100)]),
        },
        Field { tag: Tag::GPSLongitudeRef, ifd_num: In::PRIMARY, value: ascii("W") },
        Field {
            tag: Tag::GPSLongitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![rational(6, 1), rational(4, 1), rational(4321, 100)]),
        },
    ];
    let thumbnail = jpeg(&image::RgbImage::from_pixel(160, 120, image::Rgb([20, 180, 20])));
    let mut writer = exif::experimental::Writer::new();
    for field in &fields {
        writer.push_field(field);
    }
    writer.set_jpeg(&thumbnail, In::THUMBNAIL);
    let mut tiff = Cursor::new(Vec::new());
    writer.write(&mut tiff, false).unwrap();
    tiff.into_inner()
}

fn xmp() -> String {
    r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>SECRET-XMP-AIT-OURIBEL</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"#.to_string()
}

/// A JPEG as a phone writes it: `picture` stored as it is, with EXIF
/// (orientation, GPS, time, phone, serial, thumbnail), XMP, IPTC and a
/// comment in front of it.
fn phone_photo(picture: &image::RgbImage, orientation: u16) -> Vec<u8> {
    let segment = |out: &mut Vec<u8>, marker: u8, data: &[u8]| {
        out.extend_from_slice(&[0xFF, marker]);
        out.extend_from_slice(&u16::try_from(data.len() + 2).unwrap().to_be_bytes());
        out.extend_from_slice(data);
    };
    let caption = b"SECRET-IPTC-CAPTION";
    let mut iptc = vec![0x1C, 0x02, 0x78];
    iptc.extend_from_slice(&(caption.len() as u16).to_be_bytes());
    iptc.extend_from_slice(caption);
    let mut photoshop = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00".to_vec();
    photoshop.extend_from_slice(&(iptc.len() as u32).to_be_bytes());
    photoshop.extend_from_slice(&iptc);
    let mut out = vec![0xFF, 0xD8];
    segment(&mut out, 0xE1, &[&b"Exif\0\0"[..], &phone_exif(orientation)].concat());
    segment(&mut out, 0xE1, &[&b"http://ns.adobe.com/xap/1.0/\0"[..], xmp().as_bytes()].concat());
    segment(&mut out, 0xED, &photoshop);
    segment(&mut out, 0xFE, b"SECRET-COMMENT");
    out.extend_from_slice(&jpeg(picture)[2..]);
    out
}

/// A PNG with text chunks (tEXt, zTXt, iTXt with XMP) and an eXIf chunk.
fn png_with_text(picture: &image::RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, picture.width(), picture.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.add_text_chunk("Comment".into(), "SECRET-COMMENT".into()).unwrap();
    encoder.add_ztxt_chunk("Location".into(), "SECRET-ZTXT".into()).unwrap();
    encoder.add_itxt_chunk("XML:com.adobe.xmp".into(), xmp()).unwrap();
    let mut writer = encoder.write_header().unwrap();
    writer.write_chunk(png::chunk::ChunkType(*b"eXIf"), &phone_exif(1)).unwrap();
    writer.write_image_data(picture.as_raw()).unwrap();
    writer.finish().unwrap();
    out
}

/// A WebP in the extended format, with EXIF and XMP chunks.
fn webp_with_metadata(picture: &image::RgbImage) -> Vec<u8> {
    let mut simple = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut simple)
        .encode(picture.as_raw(), picture.width(), picture.height(), image::ExtendedColorType::Rgb8)
        .unwrap();
    let chunk = |out: &mut Vec<u8>, name: &[u8; 4], data: &[u8]| {
        out.extend_from_slice(name);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(0);
        }
    };
    let mut vp8x = vec![0x08 | 0x04, 0, 0, 0];
    vp8x.extend_from_slice(&(picture.width() - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(picture.height() - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    chunk(&mut body, b"VP8X", &vp8x);
    body.extend_from_slice(&simple[12..]);
    chunk(&mut body, b"EXIF", &phone_exif(1));
    chunk(&mut body, b"XMP ", xmp().as_bytes());
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

fn write_bytes(site: &TestSite, relative: &str, bytes: &[u8]) {
    let path = site.path().join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn exiftool() -> bool {
    let present = Command::new("exiftool").arg("-ver").output().is_ok_and(|o| o.status.success());
    if !present {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "missing exiftool (run .ci/run's install steps)"
        );
        eprintln!("skipped the ExifTool reading: exiftool is missing");
    }
    present
}

/// Everything any reader finds in `file` besides the picture.
fn metadata_left(file: &Path, with_exiftool: bool) -> Vec<String> {
    let bytes = std::fs::read(file).unwrap();
    let mut found = Vec::new();
    let text = String::from_utf8_lossy(&bytes);
    for secret in SECRETS {
        if text.contains(secret) {
            found.push(format!("the bytes hold {secret}"));
        }
    }
    if let Ok(exif) = exif::Reader::new().read_from_container(&mut Cursor::new(&bytes)) {
        found.push(format!("EXIF with {} fields", exif.fields().count()));
    }
    if with_exiftool {
        let output = Command::new("exiftool").args(["-j", "-a", "-u", "-G1"]).arg(file).output().unwrap();
        let json = String::from_utf8_lossy(&output.stdout);
        for secret in SECRETS {
            if json.contains(secret) {
                found.push(format!("ExifTool reads {secret}"));
            }
        }
        let tags: Vec<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(&json).unwrap();
        for key in tags[0].keys() {
            let group = key.split(':').next().unwrap_or("");
            let metadata =
                ["IFD0", "IFD1", "ExifIFD", "GPS", "InteropIFD", "IPTC", "Photoshop", "MakerNotes"]
                    .contains(&group)
                    || group.starts_with("XMP")
                    || group.starts_with("ICC")
                    || key.ends_with(":Comment")
                    || key.contains("Thumbnail");
            if metadata {
                found.push(format!("ExifTool reads {key}"));
            }
        }
    }
    found
}

/// The files published for `own` (`fr/news/photo.jpg`): itself and its copies.
fn published_from(site: &TestSite, own: &str) -> Vec<PathBuf> {
    let own = site.public().join(own);
    let stem = own.file_stem().unwrap().to_string_lossy().to_string();
    let mut files: Vec<PathBuf> = std::fs::read_dir(own.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("{stem}.")))
        .collect();
    files.sort();
    files
}

fn open_day(site: &TestSite, body: &str) {
    site.write(
        "content/fr/news/open-day.md",
        &format!("---\ntitle: Portes ouvertes\ndate: 2024-07-03\n---\n\n{body}\n"),
    );
}

#[test]
fn a_phone_photo_is_published_upright_and_says_nothing_of_where_or_when_it_was_taken() {
    let with_exiftool = exiftool();
    let site = TestSite::new("basic");
    // Stored landscape, 1600 × 1200, red above blue; the phone was held
    // upright, so Orientation 6 turns it into a 1200 × 1600 portrait.
    let source = phone_photo(&red_over_blue(1600, 1200), 6);
    write_bytes(&site, "content/fr/news/photo.jpg", &source);
    open_day(&site, "![Deux femmes devant le centre, de dos](photo.jpg)");
    // The test photo does carry all of it, as the readers see it.
    assert!(metadata_left(&site.path().join("content/fr/news/photo.jpg"), with_exiftool).len() >= 6);

    site.build().ok();

    let files = published_from(&site, "fr/news/photo.jpg");
    let names: Vec<String> = files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into()).collect();
    assert_eq!(
        names,
        [
            "photo.1080.jpg",
            "photo.1080.webp",
            "photo.360.jpg",
            "photo.360.webp",
            "photo.720.jpg",
            "photo.720.webp",
            "photo.jpg"
        ]
    );
    for file in &files {
        let left = metadata_left(file, with_exiftool);
        assert!(left.is_empty(), "{}: {left:?}", file.display());
        // Upright: a portrait, blue on the left and red on the right.
        let picture = image::open(file).unwrap().to_rgb8();
        assert!(
            picture.height() > picture.width(),
            "{}: {}×{}",
            file.display(),
            picture.width(),
            picture.height()
        );
        let (w, h) = (picture.width(), picture.height());
        let near = |p: &image::Rgb<u8>, c: [u8; 3]| p.0.iter().zip(c).all(|(a, b)| a.abs_diff(b) < 40);
        assert!(near(picture.get_pixel(w / 4, h / 2), BLUE), "{}: left is not blue", file.display());
        assert!(near(picture.get_pixel(3 * w / 4, h / 2), RED), "{}: right is not red", file.display());
    }
    let own = image::open(site.public().join("fr/news/photo.jpg")).unwrap();
    assert_eq!((own.width(), own.height()), (1200, 1600), "its own file keeps its size under 2048 pixels");
}

#[test]
fn png_and_webp_lose_their_text_and_metadata_chunks_wherever_they_come_from() {
    let with_exiftool = exiftool();
    let site = TestSite::new("basic");
    let picture = red_over_blue(400, 300);
    write_bytes(&site, "content/fr/news/plan.png", &png_with_text(&picture));
    write_bytes(&site, "content/fr/news/hall.webp", &webp_with_metadata(&picture));
    // Images of static/ (a logo a template shows) are cleaned the same way.
    write_bytes(&site, "static/logo.png", &png_with_text(&picture));
    open_day(&site, "![Plan de l’accueil](plan.png)\n\n![La salle d’accueil](hall.webp)");
    for source in ["content/fr/news/plan.png", "content/fr/news/hall.webp", "static/logo.png"] {
        assert!(
            !metadata_left(&site.path().join(source), with_exiftool).is_empty(),
            "{source} carries nothing"
        );
    }

    site.build().ok();

    let mut files = published_from(&site, "fr/news/plan.png");
    files.extend(published_from(&site, "fr/news/hall.webp"));
    files.push(site.public().join("logo.png"));
    assert!(files.len() >= 7, "{files:?}");
    for file in &files {
        let left = metadata_left(file, with_exiftool);
        assert!(left.is_empty(), "{}: {left:?}", file.display());
        assert_eq!(
            image::open(file).unwrap().width(),
            if file.ends_with("logo.png") { 400 } else { file_width(file) }
        );
    }
    // A PNG's copies stay PNG (a plan or a screenshot keeps its sharp text).
    assert!(site.public().join("fr/news/plan.360.png").is_file());
    assert!(site.public().join("fr/news/hall.360.jpg").is_file());
}

/// The width a copy's name gives (`photo.360.webp` → 360), or the photo's own.
fn file_width(file: &Path) -> u32 {
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    name.split('.').nth(1).and_then(|w| w.parse().ok()).unwrap_or(400)
}

#[test]
fn a_phone_downloads_a_copy_its_size_and_nothing_moves_while_it_loads() {
    let site = TestSite::new("basic");
    write_bytes(&site, "content/fr/news/photo.jpg", &phone_photo(&red_over_blue(1600, 1200), 6));
    write_bytes(&site, "content/fr/news/small.jpg", &jpeg(&red_over_blue(300, 200)));
    open_day(
        &site,
        "![Deux femmes devant le centre](photo.jpg)\n\n<p dir=\"ltr\">Texte.</p>\n\n![Le logo, petit](small.jpg \"Logo\")",
    );

    site.build().ok();

    let page = site.page("fr/news/open-day/index.html");
    let srcsets = page.attrs("picture source", "srcset");
    // Written from the page to the photo's folder, like every link of the site.
    let at = "../../../fr/news/";
    assert_eq!(
        srcsets[0],
        format!("{at}photo.360.webp 360w, {at}photo.720.webp 720w, {at}photo.1080.webp 1080w")
    );
    assert_eq!(page.attrs("picture source", "type"), ["image/webp", "image/webp"]);
    assert_eq!(
        page.attrs("picture img", "srcset")[0],
        format!("{at}photo.360.jpg 360w, {at}photo.720.jpg 720w, {at}photo.1080.jpg 1080w")
    );
    assert_eq!(
        page.attrs("picture img", "src"),
        [format!("{at}photo.720.jpg"), format!("{at}small.300.jpg")]
    );
    // Its proportions are known before it loads: the text does not jump.
    assert_eq!(page.attrs("picture img", "width"), ["1080", "300"]);
    assert_eq!(page.attrs("picture img", "height"), ["1440", "200"]);
    assert_eq!(page.attrs("picture img", "alt"), ["Deux femmes devant le centre", "Le logo, petit"]);
    assert_eq!(page.attrs("picture img", "title"), ["Logo"]);
    // The first photo may be on the first screen; the next waits for her to scroll.
    assert_eq!(page.attrs("picture img", "loading"), ["lazy"]);
    assert_eq!(page.attrs("picture img", "decoding"), ["async", "async"]);
    // A small image is never enlarged: one copy at its own width.
    assert_eq!(srcsets[1], format!("{at}small.300.webp 300w"));
    let copy = image::open(site.public().join("fr/news/photo.720.webp")).unwrap();
    assert_eq!((copy.width(), copy.height()), (720, 960));
    // The copy a 360 px phone downloads is light.
    let bytes = std::fs::metadata(site.public().join("fr/news/photo.720.webp")).unwrap().len();
    assert!(bytes < 60 * 1024, "{bytes} bytes");
}

#[test]
fn an_image_without_words_for_those_who_cannot_see_it_is_an_error_at_its_line() {
    let site = TestSite::new("basic");
    write_bytes(&site, "content/fr/news/photo.jpg", &jpeg(&red_over_blue(400, 300)));
    open_day(
        &site,
        "Premier paragraphe.\n\n![](photo.jpg)\n\n![decorative](photo.jpg)\n\n![Le centre](missing.jpg)",
    );
    let run = site.build().failed();
    let stderr = run.stderr();
    assert!(
        stderr.contains(
            "content/fr/news/open-day.md:8:1: error: the image `photo.jpg` has no text saying what it shows"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("![decorative](photo.jpg)"), "the hint says how to mark decoration: {stderr}");
    assert!(
        stderr.contains("content/fr/news/open-day.md:12:1: error: there is no image `missing.jpg` beside the page: content/fr/news/missing.jpg does not exist"),
        "{stderr}"
    );
    assert!(!stderr.contains(":10:"), "decoration is not an error: {stderr}");

    open_day(&site, "![decorative](photo.jpg)");
    site.build().ok();
    let page = site.page("fr/news/open-day/index.html");
    assert_eq!(page.attrs("picture img", "alt"), [""], "decoration is passed over by screen readers");
}

fn cache_files(site: &TestSite) -> Vec<(String, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(site.path().join(".public.amal-images"))
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().to_string(), e.metadata().unwrap().modified().unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn a_rebuild_encodes_nothing_again_and_the_cache_keeps_only_what_is_used() {
    let site = TestSite::new("basic");
    write_bytes(&site, "content/fr/news/photo.jpg", &phone_photo(&red_over_blue(1600, 1200), 6));
    write_bytes(&site, "content/fr/news/other.jpg", &jpeg(&red_over_blue(800, 600)));
    open_day(&site, "![Deux femmes](photo.jpg)\n\n![Une salle](other.jpg)");
    site.build().ok();
    let mut first = cache_files(&site);
    assert!(first.iter().any(|(name, _)| name == "CACHEDIR.TAG"), "{first:?}");
    // The tag, the index of sources, the photo's 7 files, and the other's 6
    // (an 800-pixel photo's own file is its widest copy: one file serves both).
    assert_eq!(first.len(), 2 + 7 + 6, "{first:?}");
    // Someone's own file in the cache folder.
    write_bytes(&site, ".public.amal-images/notes.txt", b"mine");

    std::thread::sleep(std::time::Duration::from_millis(20));
    site.build().ok();
    let mut second = cache_files(&site);
    second.retain(|(name, _)| name != "notes.txt" && name != "sources.tsv");
    first.retain(|(name, _)| name != "sources.tsv");
    assert_eq!(first, second, "nothing was encoded or written again");

    site.remove("content/fr/news/other.jpg");
    open_day(&site, "![Deux femmes](photo.jpg)");
    site.build().ok();
    let third = cache_files(&site);
    assert_eq!(third.len(), 2 + 7 + 1, "the other photo's copies are gone, notes.txt stays: {third:?}");
    assert!(third.iter().any(|(name, _)| name == "notes.txt"));
    assert!(!site.public().join("fr/news/other.360.webp").exists());

    // A folder by that name that amal did not mark as its own is not tidied.
    site.remove(".public.amal-images/CACHEDIR.TAG");
    site.remove("content/fr/news/photo.jpg");
    open_day(&site, "Sans photo.");
    let run = site.build().ok();
    assert!(
        run.stderr()
            .contains("holds no CACHEDIR.TAG, so it is not amal's: nothing in it was used or removed"),
        "{}",
        run.stderr()
    );
    assert_eq!(cache_files(&site).len(), 1 + 7 + 1, "nothing removed");
}

/// A photo can hide inside another file: an SVG poster that embeds it, a
/// PDF flyer made from it, an office document, a phone video, an editor's
/// sidecar file. None may reach the site; each is named with what to do.
#[test]
fn a_photo_hidden_in_another_file_does_not_reach_the_site() {
    use base64::Engine as _;
    let site = TestSite::new("basic");
    let photo = phone_photo(&red_over_blue(64, 48), 1);
    let encoded = base64::engine::general_purpose::STANDARD.encode(&photo);
    write_bytes(
        &site,
        "content/fr/news/affiche.svg",
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image width="64" height="48" xlink:href="data:image/jpeg;base64,{encoded}"/></svg>"#).as_bytes(),
    );
    // A PDF as scanners and img2pdf write it: the JPEG kept whole, EXIF and all.
    let mut pdf =
        b"%PDF-1.4\n1 0 obj << /Type /XObject /Subtype /Image /Filter /DCTDecode >>\nstream\n".to_vec();
    pdf.extend_from_slice(&photo);
    pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    write_bytes(&site, "content/fr/news/flyer.pdf", &pdf);
    let mut video = b"\0\0\0\x14ftypqt  \0\0\0\0qt  ".to_vec();
    video.extend_from_slice(b"\0\0\0\x1c\xa9xyz\0\x12\0\0+33.8034-006.0787/");
    write_bytes(&site, "content/fr/news/IMG_0042.MOV", &video);
    write_bytes(&site, "content/fr/news/rapport.docx", b"PK\x03\x04 a zip with word/media/image1.jpeg");
    write_bytes(&site, "content/fr/news/IMG_0042.xmp", xmp().as_bytes());
    write_bytes(&site, "static/photo.jp2", b"\0\0\0\x0cjP  \r\n\x87\n rest");
    write_bytes(&site, "static/notes.txt", &[&b"\0\0\0\x0cjP  \r\n\x87\n"[..], b"rest"].concat());
    let run = site.build().failed();
    let stderr = run.stderr();
    for (file, said) in [
        ("content/fr/news/affiche.svg", "embeds an image"),
        ("content/fr/news/flyer.pdf", "holds a photo with its metadata"),
        ("content/fr/news/IMG_0042.MOV", "amal does not publish .mov files"),
        ("content/fr/news/rapport.docx", "amal does not publish .docx files"),
        ("content/fr/news/IMG_0042.xmp", "amal does not publish .xmp files"),
        ("static/photo.jp2", "amal does not publish .jp2 files"),
        ("static/notes.txt", "holds a JPEG 2000 image"),
    ] {
        assert!(
            stderr.contains(&format!("{file}: error: ")) && stderr.contains(said),
            "{file} ({said}): {stderr}"
        );
    }
    assert!(!site.public().exists(), "nothing was written");
}

/// A folder beside the output that happens to bear the cache's name, but
/// that amal did not make, is not taken over: nothing in it is read as a
/// copy, overwritten or removed.
#[test]
fn the_cache_never_takes_over_a_folder_it_did_not_make() {
    let site = TestSite::new("basic");
    write_bytes(&site, "content/fr/news/photo.jpg", &jpeg(&red_over_blue(400, 300)));
    open_day(&site, "![Deux femmes](photo.jpg)");
    write_bytes(&site, ".public.amal-images/sources.tsv", b"Fatima\t0612345678\n");
    write_bytes(&site, ".public.amal-images/0123456789abcdef0123456789abcdef.1.jpg", b"mine");
    let run = site.build().failed();
    assert!(
        run.stderr().contains(
            ".public.amal-images: error: this folder is not amal's image cache (it has no CACHEDIR.TAG)"
        ),
        "{}",
        run.stderr()
    );
    assert_eq!(site.read(".public.amal-images/sources.tsv"), "Fatima\t0612345678\n");
    assert_eq!(site.read(".public.amal-images/0123456789abcdef0123456789abcdef.1.jpg"), "mine");
    assert!(!site.path().join(".public.amal-images/CACHEDIR.TAG").exists());
}

/// A photo replaced by another of the same size and date (`cp -p`,
/// `touch -r`) is not published with the old one's pixels.
#[test]
fn a_photo_replaced_keeping_its_size_and_date_is_encoded_again() {
    let site = TestSite::new("basic");
    let red = png_with_text(&image::RgbImage::from_pixel(64, 48, image::Rgb(RED)));
    let blue = png_with_text(&image::RgbImage::from_pixel(64, 48, image::Rgb(BLUE)));
    assert_eq!(red.len(), blue.len());
    write_bytes(&site, "content/fr/news/photo.png", &red);
    open_day(&site, "![Un carré](photo.png)");
    site.build().ok();
    let path = site.path().join("content/fr/news/photo.png");
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, &blue).unwrap();
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
    site.build().ok();
    let published = image::open(site.public().join("fr/news/photo.png")).unwrap().to_rgb8();
    assert_eq!(published.get_pixel(10, 10).0, BLUE);
}

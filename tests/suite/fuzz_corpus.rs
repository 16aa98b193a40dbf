//! Replays every input the fuzzers kept (`fuzz/corpus/<target>/`) and every
//! crash they found (`fuzz/artifacts/<target>/`) through the same entry
//! points, so a fixed crash stays fixed without needing `cargo fuzz`.

use std::path::Path;

const REPO: &str = env!("CARGO_MANIFEST_DIR");

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let mut count = 0;
    for folder in ["corpus", "artifacts"] {
        let dir = Path::new(REPO).join("fuzz").join(folder).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.filter_map(Result::ok) {
            // A running fuzzer may replace files meanwhile.
            let Ok(bytes) = std::fs::read(entry.path()) else { continue };
            run(&bytes);
            count += 1;
        }
    }
    count
}

#[test]
fn front_matter_inputs_never_panic() {
    assert!(replay("front_matter", amal::fuzzing::front_matter) > 0, "no corpus for front_matter");
}

#[test]
fn data_loader_inputs_never_panic() {
    assert!(replay("data_loader", amal::fuzzing::data_loader) > 0, "no corpus for data_loader");
}

#[test]
fn shortcode_inputs_never_panic() {
    assert!(replay("shortcodes", amal::fuzzing::shortcodes) > 0, "no corpus for shortcodes");
}

#[test]
fn workbook_inputs_never_panic() {
    assert!(replay("workbook", amal::fuzzing::workbook) > 0, "no corpus for workbook");
}

#[test]
fn image_inputs_never_panic() {
    assert!(replay("image", amal::fuzzing::image) > 0, "no corpus for image");
}

#[test]
fn request_head_inputs_never_panic() {
    assert!(replay("request_head", amal::fuzzing::request_head) > 0, "no corpus for request_head");
}

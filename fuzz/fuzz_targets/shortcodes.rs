//! The shortcode parser, and Markdown rendering around it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::shortcodes(data);
});

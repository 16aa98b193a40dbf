//! The preview server's request-head parser and the SVG check on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::request_head(data);
});

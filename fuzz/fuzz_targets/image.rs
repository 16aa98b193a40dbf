//! Image decoding and encoding on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::image(data);
});

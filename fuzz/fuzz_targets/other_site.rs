//! The differential target: the other-site scanner against html5ever on
//! any text (it panics when the scanner misses what the parser would load).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::other_site(data);
});

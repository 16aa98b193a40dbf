//! The front-matter splitter and parser, on any bytes a file can hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::front_matter(data);
});

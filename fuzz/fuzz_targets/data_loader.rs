//! The CSV loader (validation, identifier detection, counting) against the
//! centre's schema, on any bytes an export can hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::data_loader(data);
});

//! The `.xlsx` loader and its limits (unpacked size, declared strings,
//! streamed cells) on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    amal::fuzzing::workbook(data);
});

//! The integration tests, one module per feature, linked into one binary
//! so that the suite links once on two cores. Each drives the real `amal`
//! binary on tiny fixture sites under `tests/fixtures/`, as a user would.

mod common;

mod bad_input;
mod bad_input_corpus;
mod build;
mod charts;
mod check;
mod example_site;
mod fuzz_corpus;
mod help;
mod hostile_workbooks;
mod images;
mod languages;
mod new;
mod out_folder;
mod privacy_attack;
mod quality_gates;
mod safety;
mod scale;
mod serve;
mod small_centre;
mod statistics;
mod templates;
mod translations;

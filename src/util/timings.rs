//! `amal build --timings`: the wall time of each phase of a build, printed
//! as it ends, so that whoever runs a large site can see where its build
//! time goes (the figures in benches/README.md come from it).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turns the report on for the rest of the process.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

/// A phase being timed; its time is printed when it is dropped.
#[must_use = "a phase is timed until it is dropped"]
pub struct Phase {
    name: &'static str,
    started: Option<Instant>,
}

/// Starts timing `name` (free when timings are off).
pub fn phase(name: &'static str) -> Phase {
    Phase { name, started: ENABLED.load(Ordering::Relaxed).then(Instant::now) }
}

impl Drop for Phase {
    fn drop(&mut self) {
        if let Some(started) = self.started {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            eprintln!("  {:<28} {ms:8.1} ms", self.name);
        }
    }
}

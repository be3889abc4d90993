//! Whole-catalog search time per query, against a simple reference measured in the
//! same run: a plain case-insensitive substring scan over every name.
//!
//! cargo bench --bench catalog_search            (optimised)
//! cargo bench --profile dev --bench catalog_search   (quick, unoptimised crate)

use std::hint::black_box;
use std::time::{Duration, Instant};

use wps_pin_core::catalog::catalog;

const QUERIES: &[&str] = &[
    "9015e",
    "OfficeJet Pro 9015",
    "HP OJ Pro 9015e",
    "M428fdw",
    "ENVY 5540 series",
    "LaserJet Pro MFP M428-M429",
    "deskjet 2755e",
    "smart tank 7301",
    "envy",
    "offic",
    "xyzzy",
    "Canon PIXMA 1234",
];
const ROUNDS: usize = 300;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time_per_call(mut f: impl FnMut(&str) -> usize) -> Duration {
    let mut samples = Vec::with_capacity(ROUNDS * QUERIES.len());
    for _ in 0..ROUNDS {
        for q in QUERIES {
            let start = Instant::now();
            black_box(f(black_box(q)));
            samples.push(start.elapsed());
        }
    }
    median(samples)
}

fn main() {
    let start = Instant::now();
    let c = catalog();
    let first_use = start.elapsed();
    let names: Vec<String> = c
        .families()
        .iter()
        .flat_map(|f| f.names.iter().map(|n| n.to_lowercase()))
        .collect();
    // Warm up (and parse the embedded catalog once).
    for q in QUERIES {
        black_box(c.search(q, 10));
    }
    let reference = time_per_call(|q| {
        let q = q.to_lowercase();
        names.iter().filter(|n| n.contains(&q)).count()
    });
    let search = time_per_call(|q| c.search(q, 10).len());
    println!(
        "catalog: {} families, {} names; {} queries x {ROUNDS} rounds",
        c.families().len(),
        names.len(),
        QUERIES.len()
    );
    println!("first use (parse the embedded JSON, build the index): {first_use:?}");
    println!("median per query, ranked search:  {search:?}");
    println!("median per query, substring scan: {reference:?}");
    println!(
        "ratio search / substring scan: {:.1}",
        search.as_secs_f64() / reference.as_secs_f64().max(1e-12)
    );
}

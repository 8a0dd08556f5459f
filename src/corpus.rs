//! A generator of realistic synthetic articles, for benchmarks at archive scale.
//!
//! Articles vary the force, years, measure, phrasing, quotes and page noise, and are
//! deterministic for a given seed: the same seed always writes the same corpus.

use std::fmt::Write;
use std::path::Path;

use crate::extract::places::{is_uk_force, PLACES};

const MEASURES: &[(&str, &str)] = &[
    ("online child sex offences", "offences flagged as having an online element"),
    ("sexual offences against children", "sexual crimes against under-18s"),
    ("online grooming crimes", "Sexual Communication with a Child offences"),
    ("child abuse image offences", "offences of sharing indecent images of children"),
];

const OPENERS: &[&str] = &[
    "The number of {m} recorded by {f} has risen sharply, new figures reveal.",
    "{F} saw a rise in {m} last year, according to data obtained by the NSPCC.",
    "New figures show {m} are increasing across {f}.",
    "Police in {f} are dealing with more {m} than ever before.",
];

const BODIES: &[&str] = &[
    "Data released by the charity shows {a} {m2} were logged in {y2}, against {b} twelve months earlier, an increase of {p}%.",
    "{F} recorded {a} {m2} in {y2} compared with {b} in {y1}.",
    "In {y1}, {b} {m2} were logged by {f}; a year later the figure was {a}.",
    "The force dealt with {a} cases in {y2} - an increase of {p} per cent on the {b} recorded in {y1}.",
];

const SPEAKERS: &[(&str, &str)] = &[
    ("Detective Superintendent", "Jane Holloway"),
    ("Detective Chief Inspector", "Mark Ellison"),
    ("Chief Constable", "Sarah Whitfield"),
    ("head of policy at the children's charity", "Andrew Barnes"),
    ("Police and Crime Commissioner", "Helen Mortimer"),
];

const QUOTES: &[&str] = &[
    "We take every report of abuse extremely seriously and will always act to protect children.",
    "These figures are a stark reminder that offenders are using the internet to target young people.",
    "We would urge any parent with concerns to talk to their children about who they speak to online.",
    "The rise reflects better recording and more victims having the confidence to come forward.",
];

const NOISE: &[&str] = &[
    "editorial image",
    "A child using a laptop (stock image) Picture: PA",
    "Read more: Council sets out budget plans for next year",
    "Adults concerned about a child can contact the NSPCC Helpline on 0808 800 5000.",
    "Most Read",
];

fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

/// One synthetic article's text.
pub fn article(rng: &mut fastrand::Rng) -> String {
    let forces: Vec<_> = PLACES.iter().filter(|p| is_uk_force(p)).collect();
    let force = pick(rng, &forces);
    let short = force.aliases.last().copied().unwrap_or(force.name);
    let (m, m2) = *pick(rng, MEASURES);
    let start = rng.u16(2012..2023);
    let b = rng.u32(20..3000);
    let a = b + rng.u32(1..2000);
    let p = ((f64::from(a) - f64::from(b)) / f64::from(b) * 100.0).round();
    let vars = [
        ("f", force.name.to_string()),
        ("F", force.name.to_string()),
        ("m", m.to_string()),
        ("m2", m2.to_string()),
        ("a", a.to_string()),
        ("b", b.to_string()),
        ("p", p.to_string()),
        ("y1", format!("{}/{:02}", start, (start + 1) % 100)),
        ("y2", format!("{}/{:02}", start + 1, (start + 2) % 100)),
    ];
    let mut text = String::new();
    let _ = writeln!(text, "Rise in {m} in {short}\n");
    if rng.bool() {
        let _ = writeln!(text, "{}\n", pick(rng, NOISE));
    }
    let _ = writeln!(text, "{}\n", fill(pick::<&str>(rng, OPENERS), &vars));
    let _ = writeln!(text, "{}\n", fill(pick::<&str>(rng, BODIES), &vars));
    let (role, name) = *pick(rng, SPEAKERS);
    let _ = writeln!(text, "{role} {name} said: \u{201c}{}\n", pick(rng, QUOTES));
    let _ = writeln!(text, "\u{201c}{}\u{201d}\n", pick(rng, QUOTES));
    let _ = writeln!(text, "A spokesperson for {} said: \"{}\"\n", force.name, pick(rng, QUOTES));
    let national = rng.u32(5_000..60_000);
    let _ = writeln!(
        text,
        "Across England and Wales, {} {m2} were recorded in {}/{:02}.\n",
        national,
        start + 1,
        (start + 2) % 100
    );
    if rng.bool() {
        let _ = writeln!(text, "{}\n", pick(rng, NOISE));
    }
    text
}

/// Writes `n` articles into `out` (in subfolders of 1,000), deterministic for `seed`.
/// Returns the number of bytes written.
pub fn write(out: &Path, n: usize, seed: u64) -> std::io::Result<u64> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut bytes = 0;
    for i in 0..n {
        let dir = out.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&dir)?;
        }
        let text = article(&mut rng);
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("gen-{i:07}.txt")), text)?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_writes_the_same_corpus() {
        let a = article(&mut fastrand::Rng::with_seed(7));
        let b = article(&mut fastrand::Rng::with_seed(7));
        let c = article(&mut fastrand::Rng::with_seed(8));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn generated_articles_carry_figures_and_quotes() {
        let mut rng = fastrand::Rng::with_seed(1);
        let mut figures = 0;
        let mut quotes = 0;
        for i in 0..50 {
            let text = article(&mut rng);
            let parsed = crate::ingest::parse_article(&format!("{i}"), Path::new("x.txt"), &text, &Default::default());
            let found = crate::extract::extract(&parsed);
            figures += found.figures.len();
            quotes += found.quotes.len();
        }
        assert!(figures >= 100, "{figures} figures in 50 articles");
        assert!(quotes >= 50, "{quotes} quotes in 50 articles");
    }
}

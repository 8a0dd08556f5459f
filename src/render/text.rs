//! Plain text for the terminal.

use std::fmt::Write;

use crate::answer::{Answer, ForceAnswer, QuoteHit, Snippet};
use crate::render::{check_note, kind_label, source_line, speaker_line, value};

/// An answer as readable text; matched words are marked `**like this**`.
pub fn render(answer: &Answer) -> String {
    let mut out = String::new();
    match answer {
        Answer::Force(force) => render_force(&mut out, force),
        Answer::NoSuchPlace { query, suggestions } => {
            let _ = write!(out, "No force matches '{query}'.");
            if !suggestions.is_empty() {
                let _ = write!(out, " Closest names: {}.", suggestions.join(", "));
            }
            out.push('\n');
        }
        Answer::Search(search) => {
            let _ = writeln!(out, "{} passages match \"{}\"", search.hits.len(), search.query);
            if search.relaxed {
                out.push_str("(read as plain words: the query was not valid search syntax)\n");
            }
            for hit in &search.hits {
                render_snippet(&mut out, hit);
            }
        }
        Answer::Quotes(q) => {
            let _ = writeln!(out, "{} quotes for \"{}\"", q.quotes.len(), q.query);
            for hit in &q.quotes {
                render_quote(&mut out, hit);
            }
        }
        Answer::Help { commands } => {
            out.push_str("factdesk answers:\n");
            for c in commands {
                let _ = writeln!(out, "  {:<42} {}", c.usage, c.summary);
            }
        }
        Answer::Invalid { message } => {
            let _ = writeln!(out, "{message}");
        }
    }
    out
}

fn render_force(out: &mut String, force: &ForceAnswer) {
    let mut heading = force.place.clone();
    if let Some(year) = force.year {
        let _ = write!(heading, ", {year}");
    }
    if let Some(measure) = force.measure {
        let _ = write!(heading, ", {}", measure.as_str());
    }
    let _ = writeln!(out, "{heading}\n{}", "=".repeat(heading.chars().count()));
    if force.groups.is_empty() {
        out.push_str("No figures found.\n");
    }
    let mut measure = None;
    for group in &force.groups {
        if measure != Some(group.measure) {
            measure = Some(group.measure);
            let _ = writeln!(out, "\n{}", group.measure.label());
        }
        let period = group.period.map_or_else(|| "period not stated".to_string(), |p| p.to_string());
        let _ = writeln!(out, "  {period}");
        for hit in &group.figures {
            let f = &hit.figure;
            let _ = writeln!(out, "    {} ({})  \"{}\"", value(f), kind_label(f.kind), f.sentence);
            if let Some(note) = check_note(f) {
                let _ = writeln!(out, "      {note}");
            }
            let _ = writeln!(out, "      source: {} [{}]", source_line(&hit.source), hit.source.id);
        }
    }
    if !force.quotes.is_empty() {
        out.push_str("\nQuotes\n");
        for hit in &force.quotes {
            render_quote(out, hit);
        }
    }
    if !force.snippets.is_empty() {
        out.push_str("\nFrom the articles\n");
        for s in &force.snippets {
            render_snippet(out, s);
        }
    }
}

fn render_quote(out: &mut String, hit: &QuoteHit) {
    let q = &hit.quote;
    let _ = writeln!(
        out,
        "  “{}”\n    — {}\n      source: {} [{}]",
        q.text,
        speaker_line(q),
        source_line(&hit.source),
        hit.source.id
    );
}

/// Marks the highlighted ranges of a snippet with `before` and `after`.
pub fn highlight(snippet: &Snippet, before: &str, after: &str) -> String {
    let mut marked = String::new();
    let mut at = 0;
    for range in &snippet.highlights {
        let (Some(plain), Some(hit)) = (snippet.text.get(at..range.start), snippet.text.get(range.clone())) else {
            continue;
        };
        marked.push_str(plain);
        marked.push_str(before);
        marked.push_str(hit);
        marked.push_str(after);
        at = range.end;
    }
    marked.push_str(snippet.text.get(at..).unwrap_or_default());
    marked
}

fn render_snippet(out: &mut String, s: &Snippet) {
    let _ = writeln!(
        out,
        "  {}\n    — {} [{}, paragraph {}]",
        highlight(s, "**", "**"),
        source_line(&s.source),
        s.source.id,
        s.paragraph + 1
    );
}

//! Plain text for the terminal.

use std::fmt::Write;

use crate::answer::{
    Answer, ArticleAnswer, CompareAnswer, Conflict, FigureGroup, ForceAnswer, NationalAnswer, QuoteHit, Ranking,
    Snippet, SourcesAnswer, TrendAnswer,
};
use crate::render::{
    check_note, counted, kind_label, number, source_line, speaker_line, value, when_label, year_asked,
};

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
            let _ = writeln!(out, "{} match \"{}\"", counted(search.hits.len(), "passage"), search.query);
            if search.relaxed {
                out.push_str("(read as plain words: the query was not valid search syntax)\n");
            }
            for hit in &search.hits {
                render_snippet(&mut out, hit);
            }
        }
        Answer::Quotes(q) => {
            let _ = writeln!(out, "{} for \"{}\"", counted(q.quotes.len(), "quote"), q.query);
            for hit in &q.quotes {
                render_quote(&mut out, hit);
            }
        }
        Answer::Sources(sources) => render_sources(&mut out, sources),
        Answer::Article(article) => render_article(&mut out, article),
        Answer::NoSuchArticle { query, suggestions } => {
            let _ = write!(out, "No single article matches '{query}'.");
            if !suggestions.is_empty() {
                let _ = write!(out, " It could be: {}.", suggestions.join(", "));
            }
            out.push_str(" /sources lists every article.\n");
        }
        Answer::National(national) => render_national(&mut out, national),
        Answer::Trend(trend) => render_trend(&mut out, trend),
        Answer::Compare(compare) => render_compare(&mut out, compare),
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
    if let Some(year) = year_asked(force.year, force.calendar_year) {
        let _ = write!(heading, ", {year}");
    }
    if let Some(measure) = force.measure {
        let _ = write!(heading, ", {}", measure.as_str());
    }
    let _ = writeln!(out, "{heading}\n{}", "=".repeat(heading.chars().count()));
    if force.groups.is_empty() && force.forces.is_empty() {
        out.push_str("No figures found.\n");
    }
    render_groups(out, &force.groups);
    render_rankings(out, &force.forces);
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

/// Figure groups under measure headings, each period with its figures and any conflict.
fn render_groups(out: &mut String, groups: &[FigureGroup]) {
    let mut measure = None;
    for group in groups {
        if measure != Some(group.measure) {
            measure = Some(group.measure);
            let _ = writeln!(out, "\n{}", group.measure.label());
        }
        let _ = writeln!(out, "  {}", when_label(group.period, group.calendar_year));
        for conflict in &group.conflicts {
            let _ = writeln!(out, "    ⚠ {}", conflict_line(conflict));
        }
        for hit in &group.figures {
            let f = &hit.figure;
            let _ = writeln!(out, "    {} ({})  \"{}\"", value(f), kind_label(f), f.sentence);
            if let Some(note) = check_note(f) {
                let _ = writeln!(out, "      {note}");
            }
            let _ = writeln!(out, "      source: {} [{}]", source_line(&hit.source), hit.source.id);
        }
    }
}

/// A conflict in one line, naming the articles.
pub fn conflict_line(conflict: &Conflict) -> String {
    match conflict {
        Conflict::Counts { values } => {
            let each: Vec<String> =
                values.iter().map(|s| format!("{} in {} [{}]", number(s.value), s.source.title, s.source.id)).collect();
            format!("CONFLICT: articles give different counts: {}", each.join("; "))
        }
        Conflict::Change { stated, from, to, computed, source } => format!(
            "CONFLICT: a change of {}% is stated, but {} → {} is {}% ({})",
            number(*stated),
            number(*from),
            number(*to),
            number(*computed),
            source.id
        ),
    }
}

fn render_sources(out: &mut String, sources: &SourcesAnswer) {
    let _ = writeln!(out, "{}", counted(sources.articles.len(), "article"));
    for a in &sources.articles {
        let _ = writeln!(
            out,
            "  {}\n    {} · {}, {}",
            a.source.id,
            source_line(&a.source),
            counted(a.figures, "figure"),
            counted(a.quotes, "quote")
        );
    }
}

fn render_article(out: &mut String, article: &ArticleAnswer) {
    let s = &article.source;
    let _ = writeln!(out, "{}\n{}", s.title, "=".repeat(s.title.chars().count()));
    let mut about = vec![s.id.clone()];
    about.extend([&s.outlet, &s.date, &s.url].into_iter().flatten().cloned());
    let _ = writeln!(out, "{}", about.join(" · "));
    let _ = writeln!(out, "\nFigures ({})", article.figures.len());
    for f in &article.figures {
        let place = f.place.as_deref().unwrap_or("place not stated");
        let period = when_label(f.period, f.calendar_year);
        let _ = writeln!(
            out,
            "  {} ({}, {}, {place}, {period})  \"{}\"",
            value(f),
            kind_label(f),
            f.measure.as_str(),
            f.sentence
        );
        if let Some(note) = check_note(f) {
            let _ = writeln!(out, "    {note}");
        }
    }
    let _ = writeln!(out, "\nQuotes ({})", article.quotes.len());
    for q in &article.quotes {
        let _ = writeln!(out, "  “{}”\n    — {}", q.text, speaker_line(q));
    }
    out.push_str("\nText\n");
    for p in &article.paragraphs {
        let _ = writeln!(out, "  {p}");
    }
}

fn render_national(out: &mut String, national: &NationalAnswer) {
    let mut heading = "National figures".to_string();
    if let Some(year) = year_asked(national.year, national.calendar_year) {
        let _ = write!(heading, ", {year}");
    }
    if let Some(measure) = national.measure {
        let _ = write!(heading, ", {}", measure.as_str());
    }
    let _ = writeln!(out, "{heading}\n{}", "=".repeat(heading.chars().count()));
    if national.totals.is_empty() {
        out.push_str("No national figures found.\n");
    }
    render_groups(out, &national.totals);
    render_rankings(out, &national.rankings);
    if national.rankings.is_empty() {
        out.push_str("\nNo force counts to rank.\n");
    }
}

/// Forces ranked by their count, per measure and period.
fn render_rankings(out: &mut String, rankings: &[Ranking]) {
    for ranking in rankings {
        let _ = writeln!(out, "\nForces ranked: {}, {}", ranking.measure.label(), ranking.period);
        for (i, r) in ranking.forces.iter().enumerate() {
            let _ = writeln!(
                out,
                "  {:>2}. {:<32} {:>8}  source: {} [{}]",
                i + 1,
                r.place,
                number(r.value),
                source_line(&r.source),
                r.source.id
            );
            if !r.also.is_empty() {
                let also: Vec<String> =
                    r.also.iter().map(|s| format!("{} [{}]", number(s.value), s.source.id)).collect();
                let _ = writeln!(out, "      also stated: {}{}", also.join(", "), more_values(r.more));
            }
        }
    }
}

fn render_compare(out: &mut String, compare: &CompareAnswer) {
    let heading = compare.places.join(" vs ");
    let _ = writeln!(out, "{heading}\n{}", "=".repeat(heading.chars().count()));
    if compare.rows.is_empty() {
        out.push_str("No counts found for these forces.\n");
    }
    let width = compare.places.iter().map(|p| p.chars().count()).max().unwrap_or(0);
    for row in &compare.rows {
        let _ = writeln!(out, "\n{}, {}", row.measure.label(), row.period);
        for (place, cell) in compare.places.iter().zip(&row.cells) {
            match cell {
                Some(c) => {
                    let rate = c.rate_per_100k.map(|r| format!(" ({} per 100,000)", number(r))).unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "  {place:<width$}  {:>8}{rate}  source: {} [{}]",
                        number(c.value),
                        source_line(&c.source),
                        c.source.id
                    );
                    if !c.also.is_empty() {
                        let also: Vec<String> =
                            c.also.iter().map(|s| format!("{} [{}]", number(s.value), s.source.id)).collect();
                        let _ = writeln!(out, "  {:width$}  also stated: {}", "", also.join(", "));
                    }
                }
                None => {
                    let _ = writeln!(out, "  {place:<width$}  {:>8}", "—");
                }
            }
        }
    }
    out.push('\n');
    out.push_str(&crate::render::population_note(compare.population.as_ref()));
    out.push('\n');
}

fn render_trend(out: &mut String, trend: &TrendAnswer) {
    let heading = format!("{}: {}", trend.place, trend.measure.label().to_lowercase());
    let _ = writeln!(out, "{heading}\n{}", "=".repeat(heading.chars().count()));
    if trend.points.is_empty() {
        out.push_str("No counts over time found.\n");
    }
    for p in &trend.points {
        let _ = writeln!(
            out,
            "  {}  {:>8}  source: {} [{}]",
            p.period,
            number(p.value),
            source_line(&p.source),
            p.source.id
        );
        if !p.also.is_empty() {
            let also: Vec<String> = p.also.iter().map(|s| format!("{} [{}]", number(s.value), s.source.id)).collect();
            let _ = writeln!(out, "      also stated: {}", also.join(", "));
        }
    }
    let others: Vec<&str> = trend.measures.iter().filter(|m| **m != trend.measure).map(|m| m.as_str()).collect();
    if !others.is_empty() {
        let _ = writeln!(out, "(also counted: {}; add it to the question to see it)", others.join(", "));
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

/// " and 12 more values" when a ranking left values out; nothing when it did not.
pub(super) fn more_values(more: usize) -> String {
    match more {
        0 => String::new(),
        1 => " and 1 more value".to_string(),
        n => format!(" and {n} more values"),
    }
}

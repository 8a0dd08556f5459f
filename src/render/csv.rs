//! CSV for spreadsheets: one table per answer, a header row first, one row per figure,
//! quote, passage, article or cell. Numbers are written plainly (10391, not 10,391).

use crate::answer::{Answer, FigureGroup, Ranking, Source};
use crate::model::Figure;
use crate::render::{check_note, kind_label, speaker_line, when_stated};

/// An answer as CSV text.
pub fn answer(answer: &Answer) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |cells: &[&str]| rows.push(cells.iter().map(|c| c.to_string()).collect());
    match answer {
        Answer::Force(force) => {
            row(&FIGURE_HEADER);
            figure_rows(&force.groups, &mut rows);
            ranking_rows(&force.forces, &mut rows);
        }
        Answer::National(national) => {
            row(&FIGURE_HEADER);
            figure_rows(&national.totals, &mut rows);
            ranking_rows(&national.rankings, &mut rows);
        }
        Answer::Search(search) => {
            row(&["source_id", "source_title", "paragraph", "text"]);
            for hit in &search.hits {
                rows.push(vec![
                    hit.source.id.clone(),
                    hit.source.title.clone(),
                    (hit.paragraph + 1).to_string(),
                    hit.text.clone(),
                ]);
            }
        }
        Answer::Quotes(quotes) => {
            row(&["speaker", "role", "organisation", "text", "source_id", "source_title"]);
            for hit in &quotes.quotes {
                let q = &hit.quote;
                rows.push(vec![
                    q.speaker.clone(),
                    q.role.clone().unwrap_or_default(),
                    q.organisation.clone().unwrap_or_default(),
                    q.text.clone(),
                    hit.source.id.clone(),
                    hit.source.title.clone(),
                ]);
            }
        }
        Answer::Sources(sources) => {
            row(&["id", "title", "outlet", "date", "url", "figures", "quotes"]);
            for a in &sources.articles {
                let s = &a.source;
                rows.push(vec![
                    s.id.clone(),
                    s.title.clone(),
                    s.outlet.clone().unwrap_or_default(),
                    s.date.clone().unwrap_or_default(),
                    s.url.clone().unwrap_or_default(),
                    a.figures.to_string(),
                    a.quotes.to_string(),
                ]);
            }
        }
        Answer::Article(article) => {
            row(&["part", "place", "measure", "period", "value", "kind", "who", "text"]);
            for f in &article.figures {
                rows.push(figure_cells(f));
            }
            for q in &article.quotes {
                let mut cells = vec!["quote".to_string(); 1];
                cells.extend(std::iter::repeat_n(String::new(), 5));
                cells.extend([speaker_line(q), q.text.clone()]);
                rows.push(cells);
            }
            for p in &article.paragraphs {
                let mut cells = vec!["paragraph".to_string()];
                cells.extend(std::iter::repeat_n(String::new(), 6));
                cells.push(p.clone());
                rows.push(cells);
            }
        }
        Answer::Trend(trend) => {
            row(&["place", "measure", "period", "value", "also_stated", "source_id", "source_title"]);
            for p in &trend.points {
                rows.push(vec![
                    trend.place.clone(),
                    trend.measure.as_str().into(),
                    p.period.to_string(),
                    plain(p.value),
                    also(p.also.iter().map(|s| s.value)),
                    p.source.id.clone(),
                    p.source.title.clone(),
                ]);
            }
        }
        Answer::Compare(compare) => {
            row(&["measure", "period", "place", "value", "rate_per_100k", "also_stated", "source_id", "source_title"]);
            for r in &compare.rows {
                for (place, cell) in compare.places.iter().zip(&r.cells) {
                    let Some(c) = cell else { continue };
                    rows.push(vec![
                        r.measure.as_str().into(),
                        r.period.to_string(),
                        place.clone(),
                        plain(c.value),
                        c.rate_per_100k.map(plain).unwrap_or_default(),
                        also(c.also.iter().map(|s| s.value)),
                        c.source.id.clone(),
                        c.source.title.clone(),
                    ]);
                }
            }
        }
        Answer::Help { commands } => {
            row(&["usage", "summary"]);
            for c in commands {
                row(&[c.usage, c.summary]);
            }
        }
        Answer::NoSuchPlace { .. } | Answer::NoSuchArticle { .. } | Answer::Invalid { .. } => {
            row(&["message"]);
            let text = crate::render::text::render(answer);
            row(&[text.trim()]);
        }
    }
    write(&rows)
}

/// Extractions as CSV: one row per figure and per quote of every article.
pub fn extraction_report(items: &[(crate::model::Article, crate::model::Extraction)]) -> String {
    let mut rows: Vec<Vec<String>> =
        vec![["article", "part", "place", "measure", "period", "value", "kind", "who", "text"]
            .iter()
            .map(|c| c.to_string())
            .collect()];
    for (article, x) in items {
        for f in &x.figures {
            let mut cells = vec![article.id.clone()];
            cells.extend(figure_cells(f));
            rows.push(cells);
        }
        for q in &x.quotes {
            let mut cells = vec![article.id.clone(), "quote".into()];
            cells.extend(std::iter::repeat_n(String::new(), 5));
            cells.extend([speaker_line(q), q.text.clone()]);
            rows.push(cells);
        }
    }
    write(&rows)
}

const FIGURE_HEADER: [&str; 12] = [
    "place",
    "measure",
    "period",
    "value",
    "kind",
    "note",
    "conflict",
    "sentence",
    "source_id",
    "source_title",
    "source_outlet",
    "source_date",
];

/// One row per force ranked, with its rank in the note.
fn ranking_rows(rankings: &[Ranking], rows: &mut Vec<Vec<String>>) {
    for ranking in rankings {
        for (i, r) in ranking.forces.iter().enumerate() {
            let also = also(r.also.iter().map(|s| s.value));
            let note = format!(
                "rank {}{}",
                i + 1,
                if also.is_empty() {
                    String::new()
                } else {
                    format!("; also stated {also}{}", super::text::more_values(r.more))
                }
            );
            let mut cells = vec![
                r.place.clone(),
                ranking.measure.as_str().to_string(),
                ranking.period.to_string(),
                plain(r.value),
                "count".to_string(),
                note,
                String::new(),
                String::new(),
            ];
            cells.extend(source_cells(&r.source));
            rows.push(cells);
        }
    }
}

fn figure_rows(groups: &[FigureGroup], rows: &mut Vec<Vec<String>>) {
    for group in groups {
        let conflict = group.conflicts.iter().map(crate::render::text::conflict_line).collect::<Vec<_>>().join("; ");
        for hit in &group.figures {
            let f = &hit.figure;
            let mut cells = vec![
                f.place.clone().unwrap_or_default(),
                group.measure.as_str().into(),
                when_stated(group.period, group.calendar_year).unwrap_or_default(),
                plain(f.value),
                kind_label(f).into(),
                [f.qualifier.clone(), check_note(f)].into_iter().flatten().collect::<Vec<_>>().join("; "),
                conflict.clone(),
                f.sentence.clone(),
            ];
            cells.extend(source_cells(&hit.source));
            rows.push(cells);
        }
    }
}

fn source_cells(source: &Source) -> [String; 4] {
    [
        source.id.clone(),
        source.title.clone(),
        source.outlet.clone().unwrap_or_default(),
        source.date.clone().unwrap_or_default(),
    ]
}

/// A number as a spreadsheet reads it: 10391, 229.5.
fn plain(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

fn also(values: impl Iterator<Item = f64>) -> String {
    values.map(plain).collect::<Vec<_>>().join(" ")
}

fn write(rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail for want of space; a failed row is left out.
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A figure as the cells `part, place, measure, period, value, kind, who, text`.
fn figure_cells(f: &Figure) -> Vec<String> {
    vec![
        "figure".into(),
        f.place.clone().unwrap_or_default(),
        f.measure.as_str().into(),
        when_stated(f.period, f.calendar_year).unwrap_or_default(),
        plain(f.value),
        kind_label(f).into(),
        String::new(),
        f.sentence.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_numbers_are_plain_and_text_is_quoted() {
        assert_eq!(plain(10391.0), "10391");
        assert_eq!(plain(229.46), "229.5");
        let out = write(&[vec!["a".into(), "said, \"hi\"".into()]]);
        assert_eq!(out, "a,\"said, \"\"hi\"\"\"\n");
    }
}

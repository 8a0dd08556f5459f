//! Answers as Discord embeds: plain page structs that respect every Discord limit.
//!
//! Nothing here knows serenity; the adapter in `src/discord/` turns a [`Page`] into an embed.
//! A long answer becomes several pages (one embed each) that the adapter pages through with
//! buttons. Text taken from articles or typed by users is escaped for Discord markdown, so
//! that it shows as written and can never break the layout.

use std::fmt::Write;

use crate::answer::{
    Answer, ArticleAnswer, CompareAnswer, Conflict, FigureGroup, FigureHit, ForceAnswer, NationalAnswer, QuoteHit,
    Ranking, Snippet, Source, SourcesAnswer, TrendAnswer,
};
use crate::render::{check_note, counted, kind_label, number, speaker_line, value, when_label, year_asked};

/// Discord's limits, in characters.
pub const TITLE_MAX: usize = 256;
pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELDS_MAX: usize = 25;
pub const FIELD_NAME_MAX: usize = 256;
pub const FIELD_VALUE_MAX: usize = 1024;
pub const FOOTER_MAX: usize = 2048;
/// All of an embed's title, description, field names and values, footer and author together.
pub const EMBED_TOTAL_MAX: usize = 6000;
pub const EMBEDS_PER_MESSAGE_MAX: usize = 10;
pub const CONTENT_MAX: usize = 2000;

/// Fields on one page at most: Discord allows 25, fewer read better on a phone.
const FIELDS_PER_PAGE: usize = 10;
/// Characters kept back on every page for the footer ("Page 12/34 · factdesk").
const FOOTER_RESERVE: usize = 64;
/// Longest description a page carries (well under Discord's 4,096, so fields still fit).
const DESCRIPTION_BUDGET: usize = 1500;
/// Longest article title shown in a source line.
const SOURCE_TITLE_MAX: usize = 120;

/// One field of an embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

/// One page of an answer: what one embed shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    /// Where the title links to, when the whole page is about one article.
    pub url: Option<String>,
    pub description: String,
    pub fields: Vec<Field>,
    pub footer: String,
    /// The file name of an image attached to the message, shown in the embed.
    pub image: Option<String>,
}

/// The file name a trend chart is attached under.
pub const TREND_IMAGE: &str = "trend.png";

impl Page {
    /// The characters Discord counts towards an embed's 6,000.
    pub fn chars(&self) -> usize {
        count(&self.title)
            + count(&self.description)
            + count(&self.footer)
            + self.fields.iter().map(|f| count(&f.name) + count(&f.value)).sum::<usize>()
    }

    /// Whether the page is within every limit Discord sets on an embed.
    pub fn within_limits(&self) -> bool {
        count(&self.title) <= TITLE_MAX
            && count(&self.description) <= DESCRIPTION_MAX
            && self.fields.len() <= FIELDS_MAX
            && self.fields.iter().all(|f| {
                count(&f.name) <= FIELD_NAME_MAX
                    && count(&f.value) <= FIELD_VALUE_MAX
                    && !f.name.trim().is_empty()
                    && !f.value.trim().is_empty()
            })
            && count(&self.footer) <= FOOTER_MAX
            && self.chars() <= EMBED_TOTAL_MAX
    }
}

/// What to send for an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A short message for the asker only: the question could not be answered as asked.
    Notice(String),
    /// The answer, one embed per page.
    Pages(Vec<Page>),
}

/// An answer as a reply: a polite notice, or pages of embeds.
pub fn reply(answer: &Answer) -> Reply {
    match notice_for(answer) {
        Some(text) => Reply::Notice(notice(&text)),
        None => Reply::Pages(pages(answer)),
    }
}

/// A message for the asker, cut to Discord's 2,000 characters.
pub fn notice(text: &str) -> String {
    truncate(text, CONTENT_MAX)
}

/// The text of a notice, for answers that say the question could not be answered.
fn notice_for(answer: &Answer) -> Option<String> {
    match answer {
        Answer::NoSuchPlace { query, suggestions } => {
            let mut text = format!("No police force or area matches “{}”.", escape(&truncate(query, 100)));
            if !suggestions.is_empty() {
                let names: Vec<String> = suggestions.iter().take(5).map(|s| escape(s)).collect();
                let _ = write!(text, " Closest names: {}.", names.join(", "));
            }
            text.push_str(" Try `/force Cleveland`.");
            Some(text)
        }
        Answer::Invalid { message } => Some(escape(message)),
        Answer::NoSuchArticle { query, suggestions } => {
            let mut text = format!("No single article matches “{}”.", escape(&truncate(query, 100)));
            if !suggestions.is_empty() {
                let ids: Vec<String> = suggestions.iter().take(5).map(|s| format!("`{}`", code(s))).collect();
                let _ = write!(text, " It could be: {}.", ids.join(", "));
            }
            text.push_str(" `/sources` lists every article.");
            Some(text)
        }
        Answer::Sources(s) if s.articles.is_empty() => Some("No articles have been read yet.".to_string()),
        Answer::Compare(c) if c.rows.is_empty() => Some(format!(
            "The articles hold no counts for {} to compare.",
            escape(&truncate(&c.places.join(", "), 500))
        )),
        Answer::Trend(t) if t.points.is_empty() => Some(format!(
            "The articles hold no counts over time for {} ({}). Try `/force {}`.",
            escape(&t.place),
            t.measure.label().to_lowercase(),
            escape(&t.place)
        )),
        Answer::National(n) if n.totals.is_empty() && n.rankings.is_empty() => {
            Some("The articles hold no national figures or force counts for that year and measure.".to_string())
        }
        Answer::Search(s) if s.hits.is_empty() => {
            Some(format!("No passage matches “{}”. Try fewer or other words.", escape(&truncate(&s.query, 200))))
        }
        Answer::Quotes(q) if q.quotes.is_empty() => Some(format!(
            "No quotes found for “{}”. Try a speaker's surname or an organisation.",
            escape(&truncate(&q.query, 200))
        )),
        Answer::Force(f)
            if f.groups.is_empty() && f.forces.is_empty() && f.quotes.is_empty() && f.snippets.is_empty() =>
        {
            Some(format!("The articles hold no figures or quotes for {}.", escape(&f.place)))
        }
        _ => None,
    }
}

/// Every page of an answer; never empty, every page within Discord's limits.
pub fn pages(answer: &Answer) -> Vec<Page> {
    match answer {
        Answer::Force(force) => force_pages(force),
        Answer::Search(search) => {
            let title = format!("Search: “{}”", escape(&search.query));
            let mut description = format!("{} match.", counted(search.hits.len(), "passage"));
            if search.relaxed {
                description.push_str(" The query was not valid search syntax, so it was read as plain words.");
            }
            let fields = search.hits.iter().map(snippet_field).collect();
            paginate(&title, None, &description, fields)
        }
        Answer::Quotes(q) => {
            let title = format!("Quotes: “{}”", escape(&q.query));
            let description = format!("{} quotes.", q.quotes.len());
            let fields = q.quotes.iter().map(quote_field).collect();
            paginate(&title, None, &description, fields)
        }
        Answer::Sources(sources) => sources_pages(sources),
        Answer::Article(article) => article_pages(article),
        Answer::National(national) => national_pages(national),
        Answer::Trend(trend) => trend_pages(trend),
        Answer::Compare(compare) => compare_pages(compare),
        Answer::Help { commands } => {
            let fields = commands.iter().map(|c| field(&escape(c.usage), &escape(c.summary))).collect::<Vec<_>>();
            paginate(
                "factdesk",
                None,
                "Statistics and quotes from the news articles I have read, each with its source.",
                fields,
            )
        }
        Answer::NoSuchPlace { .. } | Answer::Invalid { .. } | Answer::NoSuchArticle { .. } => {
            let text = notice_for(answer).unwrap_or_default();
            paginate("factdesk", None, &text, Vec::new())
        }
    }
}

fn force_pages(force: &ForceAnswer) -> Vec<Page> {
    let mut title = escape(&force.place);
    if let Some(year) = year_asked(force.year, force.calendar_year) {
        let _ = write!(title, ", {year}");
    }
    if let Some(measure) = force.measure {
        let _ = write!(title, ", {}", measure.label().to_lowercase());
    }
    let mut articles: Vec<&str> = force
        .groups
        .iter()
        .flat_map(|g| g.figures.iter().map(|f| f.source.id.as_str()))
        .chain(force.quotes.iter().map(|q| q.source.id.as_str()))
        .collect();
    articles.sort_unstable();
    articles.dedup();
    let mut description = format!(
        "{}, {} and {} from {}.",
        counted(force.figure_count(), "figure"),
        counted(force.quotes.len(), "quote"),
        counted(force.snippets.len(), "passage"),
        counted(articles.len(), "article")
    );
    if !force.forces.is_empty() {
        let _ = write!(description, " Its forces ranked by count: {}.", force.forces.len());
    }
    let mut fields: Vec<Field> = force.groups.iter().flat_map(group_fields).collect();
    fields.extend(ranking_fields(&force.forces));
    fields.extend(force.quotes.iter().map(quote_field));
    fields.extend(force.snippets.iter().map(snippet_field));
    paginate(&title, None, &description, fields)
}

/// A group of figures (one measure, one period) as one or more fields: figures stated in the
/// same sentence of the same article share one entry.
fn group_fields(group: &FigureGroup) -> Vec<Field> {
    let name = format!("{} · {}", group.measure.label(), when_label(group.period, group.calendar_year));
    let mut entries: Vec<(&str, &Source, Vec<&FigureHit>)> = Vec::new();
    for hit in &group.figures {
        match entries.iter_mut().find(|(s, src, _)| *s == hit.figure.sentence && src.id == hit.source.id) {
            Some(entry) => entry.2.push(hit),
            None => entries.push((&hit.figure.sentence, &hit.source, vec![hit])),
        }
    }
    let mut texts: Vec<String> = group.conflicts.iter().map(conflict_entry).collect();
    texts.extend(entries.iter().map(|(sentence, source, hits)| figure_entry(sentence, source, hits)));
    let name = if group.conflicts.is_empty() { name } else { format!("⚠ {name} · figures disagree") };
    packed(&name, texts, "\n\n")
}

/// A conflict as a warning naming each article.
fn conflict_entry(conflict: &Conflict) -> String {
    match conflict {
        Conflict::Counts { values } => {
            let each: Vec<String> =
                values.iter().map(|s| format!("**{}** in {}", number(s.value), source_link(&s.source))).collect();
            truncate_markdown(&format!("⚠ **Conflict:** articles give different counts: {}", each.join("; ")), 900)
        }
        Conflict::Change { stated, from, to, computed, source } => truncate_markdown(
            &format!(
                "⚠ **Conflict:** a change of {}% is stated, but {} → {} is {}% — {}",
                number(*stated),
                number(*from),
                number(*to),
                number(*computed),
                source_link(source)
            ),
            900,
        ),
    }
}

/// Entries packed into as few fields as fit, in order; later fields are named "(continued)".
fn packed(name: &str, entries: Vec<String>, separator: &str) -> Vec<Field> {
    let mut values = Vec::new();
    let mut value = String::new();
    for text in entries {
        let text = truncate_markdown(&text, FIELD_VALUE_MAX);
        if !value.is_empty() && count(&value) + count(separator) + count(&text) > FIELD_VALUE_MAX {
            values.push(std::mem::take(&mut value));
        }
        if !value.is_empty() {
            value.push_str(separator);
        }
        value.push_str(&text);
    }
    if !value.is_empty() {
        values.push(value);
    }
    let many = values.len() > 1;
    values
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let name = if many && i > 0 { format!("{name} (continued)") } else { name.to_string() };
            field(&name, &value)
        })
        .collect()
}

/// Text safe inside a `code span`: no backticks, short.
fn code(text: &str) -> String {
    truncate(&text.replace('`', "'"), 120)
}

fn sources_pages(sources: &SourcesAnswer) -> Vec<Page> {
    let fields = sources
        .articles
        .iter()
        .map(|a| {
            let value = format!(
                "{}\n`{}` · {}, {}",
                source_link(&a.source),
                code(&a.source.id),
                counted(a.figures, "figure"),
                counted(a.quotes, "quote")
            );
            field(&escape(&truncate(&a.source.title, 200)), &value)
        })
        .collect();
    let description = format!("{}. `/article <id>` shows one.", counted(sources.articles.len(), "article"));
    paginate("Sources", None, &description, fields)
}

fn article_pages(article: &ArticleAnswer) -> Vec<Page> {
    let s = &article.source;
    let mut about = vec![format!("`{}`", code(&s.id))];
    about.extend([&s.outlet, &s.date].into_iter().flatten().map(|x| escape(&truncate(x, 60))));
    let description = format!(
        "{}\n{}, {}, {}.",
        about.join(" · "),
        counted(article.figures.len(), "figure"),
        counted(article.quotes.len(), "quote"),
        counted(article.paragraphs.len(), "paragraph")
    );
    let figures = article
        .figures
        .iter()
        .map(|f| {
            let place = f.place.as_deref().unwrap_or("place not stated");
            let period = when_label(f.period, f.calendar_year);
            let mut head = format!(
                "**{}** ({}, {}) · {} · {period}",
                escape(&value(f)),
                kind_label(f),
                f.measure.as_str(),
                escape(place)
            );
            if let Some(note) = check_note(f) {
                let _ = write!(head, " · {note}");
            }
            format!("{}\n> {}", truncate(&head, 300), truncate_markdown(&escape(&f.sentence), 600))
        })
        .collect();
    let quotes = article
        .quotes
        .iter()
        .map(|q| {
            format!("“{}”\n— {}", truncate_markdown(&escape(&q.text), 800), escape(&truncate(&speaker_line(q), 200)))
        })
        .collect();
    let text = article.paragraphs.iter().map(|p| truncate_markdown(&escape(p), FIELD_VALUE_MAX)).collect();
    let mut fields = packed("Figures", figures, "\n\n");
    fields.extend(packed("Quotes", quotes, "\n\n"));
    fields.extend(packed("Text", text, "\n\n"));
    let url = s.url.as_deref().and_then(link_target);
    paginate(&escape(&s.title), url, &description, fields)
}

/// A trend: its counts as text beside the chart (which the adapter attaches as [`TREND_IMAGE`]).
fn trend_pages(trend: &TrendAnswer) -> Vec<Page> {
    let title = format!("{}: {}", escape(&trend.place), trend.measure.label().to_lowercase());
    let rows = trend
        .points
        .iter()
        .map(|p| {
            let mut row = format!("**{}**: {} — {}", p.period, number(p.value), source_link(&p.source));
            if !p.also.is_empty() {
                let also: Vec<String> = p.also.iter().map(|s| number(s.value)).collect();
                let _ = write!(row, " (also stated: {})", also.join(", "));
            }
            row
        })
        .collect();
    let others: Vec<&str> = trend.measures.iter().filter(|m| **m != trend.measure).map(|m| m.as_str()).collect();
    let mut description = format!("{} years of counts.", trend.points.len());
    if !others.is_empty() {
        let _ = write!(description, " Also counted: {} (choose it as the measure).", others.join(", "));
    }
    let mut pages = paginate(&title, None, &description, packed("Counts", rows, "\n"));
    if let Some(first) = pages.first_mut() {
        first.image = Some(TREND_IMAGE.to_string());
    }
    pages
}

fn compare_pages(compare: &CompareAnswer) -> Vec<Page> {
    let title = escape(&compare.places.join(" vs "));
    let description = crate::render::population_note(compare.population.as_ref());
    let mut fields = Vec::new();
    for row in &compare.rows {
        let lines = compare
            .places
            .iter()
            .zip(&row.cells)
            .map(|(place, cell)| match cell {
                Some(c) => {
                    let mut line = format!("**{}**: {}", escape(place), number(c.value));
                    if let Some(rate) = c.rate_per_100k {
                        let _ = write!(line, " ({} per 100,000)", number(rate));
                    }
                    if !c.also.is_empty() {
                        let also: Vec<String> = c.also.iter().map(|s| number(s.value)).collect();
                        let _ = write!(line, " (also stated: {})", also.join(", "));
                    }
                    let _ = write!(line, " — {}", source_link(&c.source));
                    line
                }
                None => format!("**{}**: no figure", escape(place)),
            })
            .collect();
        fields.extend(packed(&format!("{} · {}", row.measure.label(), row.period), lines, "\n"));
    }
    paginate(&title, None, &description, fields)
}

fn national_pages(national: &NationalAnswer) -> Vec<Page> {
    let mut title = "National figures".to_string();
    if let Some(year) = year_asked(national.year, national.calendar_year) {
        let _ = write!(title, ", {year}");
    }
    if let Some(measure) = national.measure {
        let _ = write!(title, ", {}", measure.label().to_lowercase());
    }
    let description = format!(
        "{} national figures; {} rankings of forces by their count.",
        national.totals.iter().map(|g| g.figures.len()).sum::<usize>(),
        national.rankings.len()
    );
    let mut fields: Vec<Field> = national.totals.iter().flat_map(group_fields).collect();
    fields.extend(ranking_fields(&national.rankings));
    paginate(&title, None, &description, fields)
}

/// Forces ranked by their count, a field (or several) per measure and period.
fn ranking_fields(rankings: &[Ranking]) -> Vec<Field> {
    let mut fields = Vec::new();
    for ranking in rankings {
        let rows = ranking
            .forces
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut row =
                    format!("{}. **{}** {} — {}", i + 1, escape(&r.place), number(r.value), source_link(&r.source));
                if !r.also.is_empty() {
                    let also: Vec<String> = r.also.iter().map(|s| number(s.value)).collect();
                    let _ = write!(row, " (also stated: {}{})", also.join(", "), super::text::more_values(r.more));
                }
                row
            })
            .collect();
        fields.extend(packed(&format!("Forces ranked · {} · {}", ranking.measure.label(), ranking.period), rows, "\n"));
    }
    fields
}

/// "**145** (count) · **+163%** (change; checks out: …)", the sentence, and its source.
fn figure_entry(sentence: &str, source: &Source, hits: &[&FigureHit]) -> String {
    let values: Vec<String> = hits
        .iter()
        .map(|h| {
            let f = &h.figure;
            let mut v = format!("**{}** ({}", escape(&value(f)), kind_label(f));
            if let Some(note) = check_note(f) {
                let _ = write!(v, "; {note}");
            }
            v.push(')');
            v
        })
        .collect();
    let head = truncate(&values.join(" · "), 300);
    let source = format!("— {}", source_link(source));
    let room = FIELD_VALUE_MAX.saturating_sub(count(&head) + count(&source) + 8);
    let text = truncate_markdown(&escape(sentence), room.min(600));
    format!("{head}\n> {text}\n{source}")
}

fn quote_field(hit: &QuoteHit) -> Field {
    let q = &hit.quote;
    let who: Vec<&str> =
        [Some(q.speaker.as_str()), q.role.as_deref(), q.organisation.as_deref()].into_iter().flatten().collect();
    let source = format!("— {}", source_link(&hit.source));
    let room = FIELD_VALUE_MAX.saturating_sub(count(&source) + 4);
    let text = truncate_markdown(&format!("“{}”", escape(&q.text)), room);
    field(&format!("Quote: {}", escape(&who.join(", "))), &format!("{text}\n{source}"))
}

fn snippet_field(s: &Snippet) -> Field {
    let source = format!("— {}, paragraph {}", source_link(&s.source), s.paragraph + 1);
    let room = FIELD_VALUE_MAX.saturating_sub(count(&source) + 2);
    let text = truncate_markdown(&highlight(s), room);
    field("From the articles", &format!("{text}\n{source}"))
}

/// A snippet with its matched words in bold, everything else escaped.
pub fn highlight(snippet: &Snippet) -> String {
    let mut marked = String::new();
    let mut at = 0;
    for range in &snippet.highlights {
        let (Some(plain), Some(hit)) = (snippet.text.get(at..range.start), snippet.text.get(range.clone())) else {
            continue;
        };
        marked.push_str(&escape(plain));
        if !hit.trim().is_empty() {
            let _ = write!(marked, "**{}**", escape(hit));
        }
        at = range.end;
    }
    marked.push_str(&escape(snippet.text.get(at..).unwrap_or_default()));
    marked
}

/// An article named for a reader, linked where its URL is known: title (outlet, date).
pub fn source_link(source: &Source) -> String {
    let title = escape(&truncate(&source.title, SOURCE_TITLE_MAX));
    let mut line = match source.url.as_deref().and_then(link_target) {
        Some(url) => format!("[{title}]({url})"),
        None => title,
    };
    let extra: Vec<String> = [source.outlet.as_deref(), source.date.as_deref()]
        .into_iter()
        .flatten()
        .map(|s| escape(&truncate(s, 60)))
        .collect();
    if !extra.is_empty() {
        let _ = write!(line, " ({})", extra.join(", "));
    }
    if source.url.is_none() && source.title != source.id {
        let _ = write!(line, " · {}", escape(&truncate(&source.id, 100)));
    }
    line
}

/// A URL that can sit inside a markdown link: http(s) only, no spaces, parentheses encoded.
fn link_target(url: &str) -> Option<String> {
    let url = url.trim();
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && count(url) <= 500
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
    ok.then(|| url.replace('(', "%28").replace(')', "%29"))
}

/// Packs fields into pages within every limit, then numbers the pages in their footers.
fn paginate(title: &str, url: Option<String>, description: &str, fields: Vec<Field>) -> Vec<Page> {
    let title = truncate(title, TITLE_MAX);
    let description = truncate_markdown(description, DESCRIPTION_BUDGET.min(DESCRIPTION_MAX));
    let budget = EMBED_TOTAL_MAX - count(&title) - count(&description) - FOOTER_RESERVE;
    let mut pages: Vec<Vec<Field>> = Vec::new();
    let mut current: Vec<Field> = Vec::new();
    let mut used = 0;
    for field in fields {
        let size = count(&field.name) + count(&field.value);
        if !current.is_empty() && (current.len() >= FIELDS_PER_PAGE || used + size > budget) {
            pages.push(std::mem::take(&mut current));
            used = 0;
        }
        used += size;
        current.push(field);
    }
    if !current.is_empty() || pages.is_empty() {
        pages.push(current);
    }
    let total = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(i, fields)| Page {
            title: title.clone(),
            url: url.clone(),
            description: description.clone(),
            fields,
            footer: if total > 1 { format!("Page {}/{total} · factdesk", i + 1) } else { "factdesk".to_string() },
            image: None,
        })
        .collect()
}

/// A field with its name and value cut to Discord's limits (and never empty).
fn field(name: &str, value: &str) -> Field {
    let name = truncate(name, FIELD_NAME_MAX);
    let value = truncate_markdown(value, FIELD_VALUE_MAX);
    Field {
        name: if name.trim().is_empty() { "\u{200b}".to_string() } else { name },
        value: if value.trim().is_empty() { "\u{200b}".to_string() } else { value },
        inline: false,
    }
}

/// Escapes Discord markdown so that text shows as written.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '<' | '#' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Characters as Discord may count them: UTF-16 units, so that an emoji counts as two. (Never
/// fewer than Unicode characters, so a text within this count is within either.)
fn count(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The longest start of `text` that counts at most `max`.
fn prefix(text: &str, max: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.len_utf16();
        if used > max {
            return &text[..at];
        }
    }
    text
}

/// `text` cut to count at most `max`, with an ellipsis where it was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if count(text) <= max {
        return text.to_string();
    }
    let mut out = prefix(text, max.saturating_sub(1)).to_string();
    out.push('…');
    out
}

/// Like [`truncate`], but never leaves a `**` open or an escape dangling.
fn truncate_markdown(text: &str, max: usize) -> String {
    if count(text) <= max {
        return text.to_string();
    }
    let mut out = prefix(text, max.saturating_sub(3)).to_string();
    let (open, dangling) = markdown_state(&out);
    if dangling {
        // A lone `\` or a lone `*` of a cut `**`.
        out.pop();
    }
    out.push('…');
    if open {
        out.push_str("**");
    }
    out
}

/// Whether `text` leaves bold open, and whether it ends in half of a `\x` escape or a `**`.
fn markdown_state(text: &str) -> (bool, bool) {
    let chars: Vec<char> = text.chars().collect();
    let (mut open, mut i) = (false, 0);
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 == chars.len() => return (open, true),
            '\\' => i += 2,
            '*' if chars.get(i + 1) == Some(&'*') => {
                open = !open;
                i += 2;
            }
            '*' if i + 1 == chars.len() => return (open, true),
            _ => i += 1,
        }
    }
    (open, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{CommandHelp, QuoteAnswer, SearchAnswer, COMMANDS};
    use crate::model::{Figure, Kind, Measure, Period, Quote};

    fn source(n: usize) -> Source {
        Source {
            id: format!("articles/{n:03}.txt"),
            title: format!("Article {n}"),
            outlet: Some("The Echo".into()),
            date: None,
            url: n.is_multiple_of(2).then(|| format!("https://example.com/news/{n}_(a)")),
        }
    }

    fn figure(value: f64, sentence: &str) -> Figure {
        Figure {
            place: Some("Cleveland Police".into()),
            period: Some(Period::starting(2016)),
            calendar_year: None,
            value,
            kind: Kind::Count,
            measure: Measure::Online,
            difference: false,
            qualifier: None,
            sentence: sentence.into(),
            span: 0..1,
            paragraph: 0,
            check: None,
        }
    }

    fn quote(text: &str) -> Quote {
        Quote {
            speaker: "Peter Wanless".into(),
            role: Some("chief executive".into()),
            organisation: Some("NSPCC".into()),
            text: text.into(),
            paragraphs: vec![1],
        }
    }

    fn huge_force(figures: usize, text_len: usize) -> Answer {
        let long = "word *bold* _x_ ".repeat(text_len / 16 + 1);
        let groups = (0..figures / 10 + 1)
            .map(|g| FigureGroup {
                measure: Measure::ALL[g % 3],
                period: Some(Period::starting(2000 + g as u16)),
                calendar_year: None,
                figures: (0..10)
                    .map(|i| FigureHit { figure: figure((g * 10 + i) as f64, &long), source: source(i) })
                    .collect(),
                conflicts: vec![],
            })
            .collect();
        Answer::Force(ForceAnswer {
            place: "Cleveland Police".repeat(40),
            year: None,
            calendar_year: None,
            measure: None,
            groups,
            forces: vec![],
            quotes: (0..30).map(|i| QuoteHit { quote: quote(&long), source: source(i) }).collect(),
            snippets: (0..30)
                .map(|i| Snippet {
                    source: source(i),
                    paragraph: i,
                    text: long.clone(),
                    highlights: vec![0..4, 17..21, 5000..5004],
                })
                .collect(),
        })
    }

    fn assert_all_within_limits(pages: &[Page]) {
        assert!(!pages.is_empty());
        for (i, page) in pages.iter().enumerate() {
            assert!(
                page.within_limits(),
                "page {i} breaks a limit: {} chars, {} fields",
                page.chars(),
                page.fields.len()
            );
        }
    }

    #[test]
    fn a_huge_force_answer_is_paged_and_every_page_is_within_discord_limits() {
        let pages = pages(&huge_force(1000, 10_000));
        assert!(pages.len() > 10, "{} pages", pages.len());
        assert_all_within_limits(&pages);
        assert!(pages[0].footer.starts_with("Page 1/"));
    }

    #[test]
    fn ten_thousand_character_quotes_are_cut_with_their_source_kept() {
        let answer = Answer::Quotes(QuoteAnswer {
            query: "x".repeat(10_000),
            quotes: (0..40).map(|i| QuoteHit { quote: quote(&"ab ".repeat(3400)), source: source(i) }).collect(),
        });
        let pages = pages(&answer);
        assert_all_within_limits(&pages);
        let first = &pages[0].fields[0];
        assert!(first.value.contains('…'), "{}", first.value);
        assert!(first.value.contains("— [Article 0](https://example.com/news/0_%28a%29)"), "{}", first.value);
        assert!(first.name.contains("Peter Wanless, chief executive, NSPCC"));
    }

    #[test]
    fn figures_are_grouped_by_measure_and_period_with_values_in_bold() {
        let sentence = "There were 145 incidents in 2016-17, up from 55.";
        let answer = Answer::Force(ForceAnswer {
            place: "Cleveland Police".into(),
            year: None,
            calendar_year: None,
            measure: None,
            groups: vec![FigureGroup {
                measure: Measure::Online,
                period: Some(Period::starting(2016)),
                calendar_year: None,
                figures: vec![
                    FigureHit { figure: figure(145.0, sentence), source: source(2) },
                    FigureHit { figure: figure(55.0, sentence), source: source(2) },
                ],
                conflicts: vec![],
            }],
            forces: vec![],
            quotes: vec![QuoteHit { quote: quote("Figures confirm our fears."), source: source(1) }],
            snippets: vec![],
        });
        let pages = pages(&answer);
        assert_eq!(pages.len(), 1);
        let field = &pages[0].fields[0];
        assert_eq!(field.name, "Offences flagged online · 2016/17");
        assert_eq!(field.value.matches(sentence).count(), 1, "one sentence for both values: {}", field.value);
        assert!(field.value.contains("**145** (count) · **55** (count)"), "{}", field.value);
        assert!(pages[0].fields[1].value.contains("“Figures confirm our fears.”"));
        assert!(pages[0].fields[1].value.contains("— Article 1 (The Echo) · articles/001.txt"));
    }

    #[test]
    fn snippets_show_matches_in_bold_and_article_markdown_escaped() {
        let s = Snippet {
            source: source(2),
            paragraph: 3,
            text: "a *star* grooming case".into(),
            highlights: std::iter::once(9..17).collect(),
        };
        assert_eq!(highlight(&s), "a \\*star\\* **grooming** case");
        let f = snippet_field(&s);
        assert!(f.value.ends_with(", paragraph 4"), "{}", f.value);
    }

    #[test]
    fn cutting_never_leaves_bold_open_or_an_escape_dangling() {
        let cut = truncate_markdown("**abcdefgh** and more", 6);
        assert_eq!(cut.matches("**").count() % 2, 0, "{cut}");
        assert_eq!(truncate_markdown("abc\\*def", 7), "abc…");
        assert_eq!(truncate_markdown("ab **cd** ef", 7), "ab …");
        assert_eq!(count(&truncate("é".repeat(300).as_str(), 256)), 256);
        assert!(count(&truncate("🚓".repeat(300).as_str(), 256)) <= 256);
        assert!(count(&truncate_markdown("**🚓**".repeat(300).as_str(), 1024)) <= 1024);
    }

    #[test]
    fn unanswerable_questions_become_short_notices() {
        let r = reply(&Answer::NoSuchPlace { query: "@everyone *x*".into(), suggestions: vec!["Kent Police".into()] });
        let Reply::Notice(text) = r else { panic!("a notice") };
        assert!(text.contains("\\*x\\*") && text.contains("Kent Police"), "{text}");
        let empty = Answer::Search(SearchAnswer { query: "q".repeat(5000), relaxed: false, hits: vec![] });
        let Reply::Notice(text) = reply(&empty) else { panic!("a notice") };
        assert!(count(&text) <= CONTENT_MAX);
    }

    #[test]
    fn help_lists_every_command() {
        let pages = pages(&Answer::Help { commands: COMMANDS.to_vec() });
        assert_all_within_limits(&pages);
        assert_eq!(pages[0].fields.len(), COMMANDS.len());
        let huge = vec![CommandHelp { usage: "/x", summary: "" }; 100];
        assert_all_within_limits(&super::pages(&Answer::Help { commands: huge }));
    }

    #[test]
    fn enormous_names_titles_and_sources_still_fit() {
        let big = "🚓*_`|".repeat(3000);
        let source = Source {
            id: big.clone(),
            title: big.clone(),
            outlet: Some(big.clone()),
            date: Some(big.clone()),
            url: Some(format!("https://example.com/{big}")),
        };
        let mut q = quote(&big);
        q.speaker = big.clone();
        q.role = Some(big.clone());
        let hit = QuoteHit { quote: q, source: source.clone() };
        let snippet = Snippet {
            source: source.clone(),
            paragraph: usize::MAX - 1,
            text: big.clone(),
            highlights: vec![0..4, std::ops::Range { start: 7, end: 3 }, std::ops::Range { start: 9000, end: 1 }],
        };
        let figures =
            (0..50).map(|i| FigureHit { figure: figure(f64::from(i) * 1e300, &big), source: source.clone() }).collect();
        let force = Answer::Force(ForceAnswer {
            place: big.clone(),
            year: Some(Period::starting(2016)),
            calendar_year: None,
            measure: Some(Measure::Online),
            groups: vec![FigureGroup {
                measure: Measure::Other,
                period: None,
                calendar_year: None,
                figures,
                conflicts: vec![],
            }],
            forces: vec![],
            quotes: vec![hit.clone(); 30],
            snippets: vec![snippet.clone(); 30],
        });
        assert_all_within_limits(&pages(&force));
        let search = Answer::Search(SearchAnswer { query: big.clone(), relaxed: true, hits: vec![snippet; 40] });
        assert_all_within_limits(&pages(&search));
        assert_all_within_limits(&pages(&Answer::Quotes(QuoteAnswer { query: big.clone(), quotes: vec![hit; 40] })));
        let Reply::Notice(text) = reply(&Answer::Invalid { message: big }) else { panic!("a notice") };
        assert!(count(&text) <= CONTENT_MAX);
    }

    #[test]
    fn discord_huge_sources_article_and_national_answers_stay_within_limits() {
        use crate::answer::{ArticleAnswer, ArticleSummary, NationalAnswer, Ranked, Ranking, SourcesAnswer, Stated};
        let big = "🚓*_`|@everyone ".repeat(400);
        let mut src = source(3);
        src.title = big.clone();
        src.id = big.clone();
        let sources = Answer::Sources(SourcesAnswer {
            articles: (0..200).map(|_| ArticleSummary { source: src.clone(), figures: 9, quotes: 9 }).collect(),
        });
        assert_all_within_limits(&pages(&sources));
        let article = Answer::Article(ArticleAnswer {
            source: src.clone(),
            figures: (0..100).map(|i| figure(f64::from(i), &big)).collect(),
            quotes: (0..50).map(|_| quote(&big)).collect(),
            paragraphs: vec![big.clone(); 80],
        });
        assert_all_within_limits(&pages(&article));
        let ranked = Ranked {
            place: big.clone(),
            value: 1e12,
            source: src.clone(),
            also: vec![Stated { value: 1.0, source: src.clone() }; 30],
            more: 1_000_000,
        };
        let national = Answer::National(NationalAnswer {
            year: None,
            calendar_year: None,
            measure: None,
            totals: vec![],
            rankings: vec![Ranking {
                measure: Measure::Online,
                period: Period::starting(2016),
                forces: vec![ranked; 60],
            }],
        });
        assert_all_within_limits(&pages(&national));
        let Answer::National(NationalAnswer { rankings, .. }) = national else { return };
        let region = Answer::Force(ForceAnswer {
            place: big.clone(),
            year: None,
            calendar_year: None,
            measure: None,
            groups: vec![],
            forces: rankings,
            quotes: vec![],
            snippets: vec![],
        });
        assert_all_within_limits(&pages(&region));
    }

    #[test]
    fn discord_conflicting_figures_are_flagged_in_the_group_field() {
        use crate::answer::{Conflict, Stated};
        let group = FigureGroup {
            measure: Measure::Online,
            period: Some(Period::starting(2019)),
            calendar_year: None,
            figures: vec![
                FigureHit { figure: figure(321.0, "Kent recorded 321."), source: source(1) },
                FigureHit { figure: figure(340.0, "Kent recorded 340."), source: source(3) },
            ],
            conflicts: vec![Conflict::Counts {
                values: vec![Stated { value: 321.0, source: source(1) }, Stated { value: 340.0, source: source(3) }],
            }],
        };
        let fields = group_fields(&group);
        assert!(fields[0].name.starts_with("⚠ ") && fields[0].name.contains("figures disagree"), "{}", fields[0].name);
        assert!(fields[0].value.contains("**321** in Article 1") && fields[0].value.contains("**340** in Article 3"));
    }

    #[test]
    fn discord_a_calendar_year_names_its_group_and_its_figure() {
        let mut dated = figure(31.0, "Thirty-one died on the roads in 2024.");
        (dated.period, dated.calendar_year) = (None, Some(2024));
        let group = FigureGroup {
            measure: Measure::Other,
            period: None,
            calendar_year: Some(2024),
            figures: vec![FigureHit { figure: dated.clone(), source: source(1) }],
            conflicts: vec![],
        };
        assert_eq!(group_fields(&group)[0].name, "Other measures · 2024");
        let article = Answer::Article(crate::answer::ArticleAnswer {
            source: source(1),
            figures: vec![dated],
            quotes: vec![],
            paragraphs: vec![],
        });
        let page = &pages(&article)[0];
        assert!(page.fields[0].value.contains("Cleveland Police · 2024"), "{}", page.fields[0].value);
        assert!(!page.fields[0].value.contains("period not stated"), "{}", page.fields[0].value);
    }

    #[test]
    fn suspicious_urls_are_not_linked() {
        assert_eq!(link_target("javascript:alert(1)"), None);
        assert_eq!(link_target("https://a.b/c d"), None);
        assert_eq!(link_target("https://a.b/(x)").as_deref(), Some("https://a.b/%28x%29"));
    }
}

//! Reading a Markdown article as its reader reads it: the rendered words, not the marks.
//!
//! pulldown-cmark parses the file (tables included). Each block a reader sees as one piece
//! (a heading, a paragraph, a list item, a table row, a quoted paragraph) becomes a line of
//! its own with a blank line after it, as in a text file; emphasis marks, link targets,
//! images and raw HTML are dropped; table rows come out as "| a | b | c |" rows, one
//! line each whatever their alignment marks and padding, and a rule as the "* * *"
//! separator. A blockquote that a line ending in a colon introduces ("A spokesperson sent
//! me this:") holds someone's words, set apart instead of put in quote marks: it is
//! printed in the marks a text would put them in.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::clean::is_drop_cap;

/// The text a reader reads in a Markdown file (see the module doc).
pub fn markdown_text(markdown: &str) -> String {
    let mut out = Text::default();
    // Inside an image, the words are its alt text, which a reader never sees as the story.
    let mut in_image = 0usize;
    // Blockquotes open, and where the outermost one's text starts, if a colon introduced it.
    let mut in_quote = 0usize;
    let mut introduced_from: Option<usize> = None;
    // Whether the line so far is a lone capital letter that a line break followed.
    let mut after_drop_cap = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::BlockQuote(_)) => {
                out.end_block();
                if in_quote == 0 && out.text.trim_end().ends_with(':') {
                    introduced_from = Some(out.text.len());
                }
                in_quote += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                out.end_block();
                in_quote = in_quote.saturating_sub(1);
                if in_quote == 0 {
                    if let Some(from) = introduced_from.take() {
                        out.quote_from(from);
                    }
                }
            }
            // A table, a list or a heading set in a blockquote is a document's, not
            // someone's words: the colon before it introduced no quote.
            Event::Start(Tag::Table(_) | Tag::List(_) | Tag::Heading { .. }) if in_quote > 0 => {
                out.end_block();
                introduced_from = None;
            }
            Event::Text(words) | Event::Code(words) if in_image == 0 => {
                // A drop cap on a line of its own joins a next line that goes on in lower
                // case without a space, as in a text file (see [`is_drop_cap`]).
                if std::mem::take(&mut after_drop_cap) && !words.starts_with(char::is_lowercase) {
                    out.line.push(' ');
                }
                out.line.push_str(&words);
            }
            Event::SoftBreak | Event::HardBreak if is_drop_cap(&out.line) => after_drop_cap = true,
            Event::SoftBreak | Event::HardBreak => out.line.push(' '),
            // A list item's own words end where a list inside it starts.
            Event::Start(Tag::Item | Tag::List(_)) => out.end_block(),
            Event::Start(Tag::TableCell) => out.line.clear(),
            Event::End(TagEnd::TableCell) => {
                let cell = std::mem::take(&mut out.line);
                out.cells.push(cell.trim().to_string());
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.end_row(),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock) => out.end_block(),
            Event::Rule => {
                out.end_block();
                out.push_block("* * *");
            }
            _ => {}
        }
    }
    out.end_block();
    out.text
}

/// Marks that open or close quoted words (an apostrophe is no quote mark).
const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»'];

/// Dashes a sign-off line under a quote opens with.
const SIGN_OFF_DASHES: &[char] = &['—', '–', '-', '―'];

/// The text being written: finished blocks, and the block and table row being read.
#[derive(Default)]
struct Text {
    text: String,
    line: String,
    cells: Vec<String>,
}

impl Text {
    /// Ends the block being read, if it holds any words.
    fn end_block(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.push_block(&line);
    }

    /// Ends the table row being read, as one "| a | b | c |" line.
    fn end_row(&mut self) {
        let cells = std::mem::take(&mut self.cells);
        if cells.iter().any(|c| !c.is_empty()) {
            self.push_block(&format!("| {} |", cells.join(" | ")));
        }
    }

    /// Puts the blocks written since byte `from` (a blockquote's) in quote marks, as the
    /// paragraphs of one quote: each opens on a mark and the last closes. A sign-off line
    /// under them ("— Jo Bloggs") stays outside; words already in quote marks stay as they are.
    fn quote_from(&mut self, from: usize) {
        let Some(quoted) = self.text.get(from..) else { return };
        let mut blocks: Vec<&str> = quoted.split("\n\n").filter(|b| !b.is_empty()).collect();
        if blocks.iter().any(|b| b.contains(QUOTE_MARKS)) {
            return;
        }
        let sign_off = blocks.last().filter(|b| b.starts_with(SIGN_OFF_DASHES)).map(|b| b.to_string());
        if sign_off.is_some() {
            blocks.pop();
        }
        if blocks.is_empty() {
            return;
        }
        let last = blocks.len() - 1;
        let mut marked = String::with_capacity(quoted.len() + 8 * blocks.len());
        for (i, block) in blocks.iter().enumerate() {
            marked.push('“');
            marked.push_str(block);
            if i == last {
                marked.push('”');
            }
            marked.push_str("\n\n");
        }
        if let Some(line) = sign_off {
            marked.push_str(&line);
            marked.push_str("\n\n");
        }
        self.text.truncate(from);
        self.text.push_str(&marked);
    }

    fn push_block(&mut self, block: &str) {
        let block = block.trim();
        if !block.is_empty() {
            self.text.push_str(block);
            self.text.push_str("\n\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(markdown: &str) -> Vec<String> {
        markdown_text(markdown).split("\n\n").filter(|b| !b.is_empty()).map(str::to_string).collect()
    }

    #[test]
    fn headings_paragraphs_and_list_items_are_blocks_without_their_marks() {
        let md = "# Knife crime falls\n\n## The figures\n\nThe force recorded **1,204** offences,\nup from \
                  _980_.\n\n- **62** schools visited\n- [Read the report](https://x.test/r)\n\n1. First\n2. Second\n";
        assert_eq!(
            blocks(md),
            [
                "Knife crime falls",
                "The figures",
                "The force recorded 1,204 offences, up from 980.",
                "62 schools visited",
                "Read the report",
                "First",
                "Second"
            ]
        );
    }

    #[test]
    fn table_rows_are_cells_joined_whatever_their_alignment_or_padding() {
        let md = "| Year    | Dorset | Wiltshire |\n|:--------|-------:|:---------:|\n| 2022/23 | 301    |   \
                  288     |\n| 2023/24 |        | 310       |\n";
        assert_eq!(blocks(md), ["| Year | Dorset | Wiltshire |", "| 2022/23 | 301 | 288 |", "| 2023/24 |  | 310 |"]);
    }

    #[test]
    fn quotes_rules_images_and_html_read_as_a_reader_sees_them() {
        let md = "> “It was terrifying.”\n>\n> – a mother from Leeds\n\n---\n\n![Police car](car.jpg)\n\n\
                  <div class=\"ad\">Advert</div>\n\nThe end.\n";
        assert_eq!(blocks(md), ["“It was terrifying.”", "– a mother from Leeds", "* * *", "The end."]);
    }

    #[test]
    fn a_blockquote_a_colon_introduces_is_printed_as_quoted_words() {
        let md = "The council sent us this:\n\n> We will reopen the library. Staff are ready.\n\nThe end.\n";
        assert_eq!(
            blocks(md),
            ["The council sent us this:", "“We will reopen the library. Staff are ready.”", "The end."]
        );
        // Paragraphs of one quote open on a mark each and close on the last; a sign-off
        // under them is no part of the words.
        let md = "Her reply came by email:\n\n> I never saw the letter.\n>\n> Nobody told me.\n>\n> — Ann Lowe\n";
        assert_eq!(
            blocks(md),
            ["Her reply came by email:", "“I never saw the letter.", "“Nobody told me.”", "— Ann Lowe"]
        );
    }

    #[test]
    fn a_blockquoted_table_list_or_heading_after_a_colon_is_no_ones_words() {
        let md = "The figures were:\n\n> | Force | 2030/31 |\n> |---|---|\n> | Kent | 40 |\n";
        assert_eq!(blocks(md), ["The figures were:", "| Force | 2030/31 |", "| Kent | 40 |"]);
        let md = "Notes:\n\n> - Data are provisional.\n> - Rates are per 1,000.\n";
        assert_eq!(blocks(md), ["Notes:", "Data are provisional.", "Rates are per 1,000."]);
        let md = "Background:\n\n> ## Method\n>\n> We asked every force.\n";
        assert_eq!(blocks(md), ["Background:", "Method", "We asked every force."]);
    }

    #[test]
    fn a_blockquote_nothing_introduces_or_with_its_own_marks_is_left_as_printed() {
        let md = "The report is out.\n\n> Figures are provisional.\n\nShe said:\n\n> “We knew.”\n";
        assert_eq!(blocks(md), ["The report is out.", "Figures are provisional.", "She said:", "“We knew.”"]);
    }
}

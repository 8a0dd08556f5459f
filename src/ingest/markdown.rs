//! Reading a Markdown article as its reader reads it: the rendered words, not the marks.
//!
//! pulldown-cmark parses the file (tables included). Each block a reader sees as one piece
//! (a heading, a paragraph, a list item, a table row, a quoted paragraph) becomes a line of
//! its own with a blank line after it, as in a text file; emphasis marks, link targets,
//! images and raw HTML are dropped; table rows come out as "| a | b | c |" rows, one
//! line each whatever their alignment marks and padding, and a rule as the "* * *"
//! separator.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The text a reader reads in a Markdown file (see the module doc).
pub fn markdown_text(markdown: &str) -> String {
    let mut out = Text::default();
    // Inside an image, the words are its alt text, which a reader never sees as the story.
    let mut in_image = 0usize;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(words) | Event::Code(words) if in_image == 0 => out.line.push_str(&words),
            Event::SoftBreak | Event::HardBreak => out.line.push(' '),
            // A list item's own words end where a list inside it starts.
            Event::Start(Tag::Item | Tag::List(_)) => out.end_block(),
            Event::Start(Tag::TableCell) => out.line.clear(),
            Event::End(TagEnd::TableCell) => {
                let cell = std::mem::take(&mut out.line);
                out.cells.push(cell.trim().to_string());
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.end_row(),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) => out.end_block(),
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
}

//! Charts as PNG images: a force's counts over the years, drawn with plotters on an in-memory
//! bitmap in an embedded font (DejaVu Sans, see `assets/fonts/`), so that no system font
//! library is needed at run time.

use std::sync::OnceLock;

use plotters::prelude::*;
use plotters::style::FontStyle;

use crate::answer::TrendAnswer;
use crate::render::number;

/// Size of a chart: readable at Discord's preview size.
pub const WIDTH: u32 = 1000;
pub const HEIGHT: u32 = 600;

/// The font family the charts are drawn in.
const FAMILY: &str = "factdesk-sans";
static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("the embedded chart font cannot be read")]
    Font,
    #[error("drawing the chart failed: {0}")]
    Draw(String),
    #[error("encoding the chart as PNG failed: {0}")]
    Encode(#[from] png::EncodingError),
    #[error("there is nothing to draw")]
    Empty,
}

/// Registers the embedded font once; every chart after that uses it.
fn font() -> Result<(), ChartError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_ok());
    if ok {
        Ok(())
    } else {
        Err(ChartError::Font)
    }
}

/// A trend as a PNG line chart of [`WIDTH`] × [`HEIGHT`]: title, axes with labels, each
/// period's count marked and labelled, and the source articles along the bottom.
pub fn trend_png(trend: &TrendAnswer) -> Result<Vec<u8>, ChartError> {
    if trend.points.is_empty() {
        return Err(ChartError::Empty);
    }
    font()?;
    let mut pixels = vec![255u8; (WIDTH * HEIGHT * 3) as usize];
    draw_trend(trend, &mut pixels).map_err(|e| ChartError::Draw(e.to_string()))?;
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(out)
}

/// The line every chart ends with: which articles its numbers come from.
pub fn source_line(trend: &TrendAnswer) -> String {
    let mut titles: Vec<&str> = Vec::new();
    for point in &trend.points {
        if !titles.contains(&point.source.title.as_str()) {
            titles.push(&point.source.title);
        }
    }
    let mut line = format!("Source: {}", titles.join("; "));
    if line.chars().count() > 150 {
        line = line.chars().take(149).collect::<String>() + "…";
    }
    line
}

fn draw_trend(trend: &TrendAnswer, pixels: &mut [u8]) -> Result<(), Box<dyn std::error::Error>> {
    let root = BitMapBackend::with_buffer(pixels, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (plot, footer) = root.split_vertically(HEIGHT - 44);

    let n = trend.points.len() as i32;
    let top = trend.points.iter().map(|p| p.value).fold(0.0, f64::max);
    let y_max = if top <= 0.0 { 1.0 } else { top * 1.2 };
    let title = format!("{}: {}", trend.place, trend.measure.label().to_lowercase());
    let periods: Vec<String> = trend.points.iter().map(|p| p.period.to_string()).collect();

    let mut chart = ChartBuilder::on(&plot)
        .caption(title, (FAMILY, 30).into_font())
        .margin(20)
        .x_label_area_size(60)
        .y_label_area_size(90)
        .build_cartesian_2d(-1..n, 0.0..y_max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .x_labels((n + 2) as usize)
        .x_label_formatter(&|x| usize::try_from(*x).ok().and_then(|i| periods.get(i)).cloned().unwrap_or_default())
        .y_label_formatter(&|y| number(*y))
        .x_desc("Financial year")
        .y_desc("Offences recorded")
        .axis_desc_style((FAMILY, 22).into_font())
        .label_style((FAMILY, 20).into_font())
        .draw()?;

    let line = RGBColor(0x2b, 0x6c, 0xb0);
    let points: Vec<(i32, f64)> = trend.points.iter().enumerate().map(|(i, p)| (i as i32, p.value)).collect();
    chart.draw_series(LineSeries::new(points.iter().copied(), line.stroke_width(4)))?;
    chart.draw_series(points.iter().map(|&(x, y)| Circle::new((x, y), 7, line.filled())))?;
    let label = (FAMILY, 22).into_font().color(&BLACK);
    chart.draw_series(
        points.iter().map(|&(x, y)| Text::new(number(y), (x, y + y_max * 0.04), label.clone().pos(centred()))),
    )?;

    footer.draw(&Text::new(source_line(trend), (20, 10), (FAMILY, 18).into_font().color(&RGBColor(60, 60, 60))))?;
    root.present()?;
    Ok(())
}

fn centred() -> plotters::style::text_anchor::Pos {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    Pos::new(HPos::Center, VPos::Bottom)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{Source, TrendPoint};
    use crate::model::{Measure, Period};

    fn trend(values: &[f64]) -> TrendAnswer {
        let source = Source { id: "a.txt".into(), title: "T".repeat(400), outlet: None, date: None, url: None };
        TrendAnswer {
            place: "Cleveland Police".into(),
            measure: Measure::Online,
            points: values
                .iter()
                .enumerate()
                .map(|(i, &value)| TrendPoint {
                    period: Period::starting(2000 + i as u16),
                    value,
                    source: source.clone(),
                    also: vec![],
                })
                .collect(),
            measures: vec![Measure::Online],
        }
    }

    #[test]
    fn one_point_zero_values_many_years_and_long_titles_still_draw() {
        for values in [vec![0.0], vec![145.0], vec![0.0, 0.0], (0..25).map(f64::from).collect(), vec![1e12, 3.0]] {
            let png = trend_png(&trend(&values)).expect("draws");
            assert!(png.starts_with(b"\x89PNG"), "{values:?}");
        }
        assert!(matches!(trend_png(&trend(&[])), Err(ChartError::Empty)));
        assert!(source_line(&trend(&[1.0])).chars().count() <= 150);
    }
}

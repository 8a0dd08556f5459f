//! Resident populations of police force areas, for rates per 100,000, read from
//! `populations.toml` at the top of the data folder.
//!
//! ```toml
//! source = "ONS mid-year population estimates, police force areas"
//! year = "mid-2019"
//! [populations]
//! "Cleveland Police" = 123456   # canonical force names, as answers show them
//! ```
//! No number is ever invented: a force without a value gets no rate.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::extract::places;

/// The file's name, looked for at the top of the data folder.
pub const FILE_NAME: &str = "populations.toml";

/// Where the figures come from, and the figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Populations {
    pub source: String,
    pub year: String,
    /// Canonical force name → resident population.
    #[serde(default)]
    pub populations: BTreeMap<String, u64>,
}

/// Where the populations behind a rate come from, as an answer cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PopulationSource {
    pub source: String,
    pub year: String,
}

impl Populations {
    /// Reads `populations.toml` from `data_dir`; none there is an empty table.
    pub fn load(data_dir: &Path) -> Result<Populations, Error> {
        let path = data_dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Populations::default()),
            Err(source) => return Err(Error::Io { path, source }),
        };
        Populations::parse(&text).map_err(|message| Error::Catalogue { path, message })
    }

    /// Parses the file's text; every name must be a force in the gazetteer and every value above zero.
    pub fn parse(text: &str) -> Result<Populations, String> {
        let parsed: Populations = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut populations = BTreeMap::new();
        for (name, value) in parsed.populations {
            let Some(place) = places::by_name(&name).or_else(|| places::by_alias(&name)) else {
                return Err(format!("“{name}” is not a police force the gazetteer knows"));
            };
            if value == 0 {
                return Err(format!("the population of {name} is zero"));
            }
            populations.insert(place.name.to_string(), value);
        }
        Ok(Populations { populations, ..parsed })
    }

    pub fn is_empty(&self) -> bool {
        self.populations.is_empty()
    }

    /// A count per 100,000 residents, where the force's population is known.
    pub fn rate(&self, place: &str, count: f64) -> Option<f64> {
        let people = *self.populations.get(place)? as f64;
        Some(count / people * 100_000.0)
    }

    pub fn cited(&self) -> Option<PopulationSource> {
        (!self.is_empty()).then(|| PopulationSource { source: self.source.clone(), year: self.year.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_has_a_header_and_no_invented_values() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/populations.toml")).unwrap_or_default();
        let table = Populations::parse(&text).expect("the shipped file parses");
        assert!(table.is_empty(), "values must come from the ONS, not be made up");
        assert!(table.cited().is_none());
        assert!(text.contains("ONS") && text.contains("mid-year"), "the comment says where values come from");
    }

    #[test]
    fn rates_are_per_100000_only_where_a_population_is_given() {
        let table = Populations::parse("source = \"test\"\nyear = \"2019\"\n[populations]\n\"Cleveland\" = 200000\n")
            .expect("parses");
        assert_eq!(table.rate("Cleveland Police", 145.0), Some(72.5));
        assert_eq!(table.rate("Durham Constabulary", 190.0), None);
        assert!(Populations::parse("source = \"x\"\nyear = \"y\"\n[populations]\n\"Atlantis\" = 5\n").is_err());
        assert!(Populations::parse("year = \"y\"\n").is_err(), "the source is required");
    }
}

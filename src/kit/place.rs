//! Where the visitor lives, and what follows from it: which services can help them, which law
//! and police apply, and which places a visitor is offered to choose from.
//!
//! The UK has three legal systems (England and Wales, Scotland, Northern Ireland), each with its
//! own stalking law, its own orders and its own way of reporting online, and each nation has
//! services of its own. One place, chosen by the host (`data-region`) or by the visitor, shapes
//! the finder, the self-check and the guidance alike. Pure: no browser, no Yew.

use crate::data::{area, area_covers, Service, AREAS};

crate::kit::listed! {
    /// One of the UK's three legal systems.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Jurisdiction {
        /// England and Wales share one criminal law and one set of police powers.
        EnglandWales,
        /// Scotland.
        Scotland,
        /// Northern Ireland.
        NorthernIreland,
    }
}

impl Jurisdiction {
    /// The dataset's area for the whole jurisdiction.
    pub fn area(self) -> &'static str {
        match self {
            Jurisdiction::EnglandWales => area::ENGLAND_WALES,
            Jurisdiction::Scotland => area::SCOTLAND,
            Jurisdiction::NorthernIreland => area::NORTHERN_IRELAND,
        }
    }

    /// The jurisdiction a place lies in; `None` for a place wider than one (the UK, Great
    /// Britain), where the law cannot be known.
    pub fn of(place: &str) -> Option<Jurisdiction> {
        Jurisdiction::ALL.iter().copied().find(|j| area_covers(j.area(), place))
    }
}

/// The four nations, in the order a visitor is offered them.
pub const NATIONS: [&str; 4] = [area::ENGLAND, area::WALES, area::SCOTLAND, area::NORTHERN_IRELAND];

/// The places a visitor may choose from: the four nations, with the host's own region first when
/// it is narrower or wider than a nation (a police force's area, or "England and Wales"), so a
/// visitor is never made to give up the host's more exact choice. "Not saying" is always offered
/// as well, by the caller.
pub fn choices(host_region: Option<&'static str>) -> Vec<&'static str> {
    let mut out = Vec::with_capacity(5);
    if let Some(region) = host_region.filter(|r| *r != area::UK && !NATIONS.contains(r)) {
        out.push(region);
    }
    out.extend(NATIONS);
    out
}

/// How far an area sits inside the UK: 0 for the UK itself, one more for each step in.
pub fn depth(area_id: &str) -> usize {
    let mut current = area_id;
    let mut depth = 0;
    // The tree is checked for loops at build time; the bound is a second guard.
    while depth <= AREAS.len() {
        match AREAS.iter().find(|a| a.id == current) {
            Some(a) if !a.within.is_empty() => {
                current = a.within;
                depth += 1;
            }
            _ => break,
        }
    }
    depth
}

/// Whether a service can help someone in `place`. With no place known, only services for the
/// whole UK: a visitor who has not said where they live is never sent to a service for one
/// nation without being told (the cards name their area; the self-check asks instead).
pub fn serves(service: &Service, place: Option<&str>) -> bool {
    match place {
        Some(place) => area_covers(service.area, place),
        None => service.area == area::UK,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_place_lies_in_one_jurisdiction_or_none() {
        assert_eq!(Jurisdiction::of(area::WALES), Some(Jurisdiction::EnglandWales));
        assert_eq!(Jurisdiction::of(area::ENGLAND), Some(Jurisdiction::EnglandWales));
        assert_eq!(Jurisdiction::of(area::DEVON_CORNWALL), Some(Jurisdiction::EnglandWales));
        assert_eq!(Jurisdiction::of(area::ENGLAND_WALES), Some(Jurisdiction::EnglandWales));
        assert_eq!(Jurisdiction::of(area::SCOTLAND), Some(Jurisdiction::Scotland));
        assert_eq!(Jurisdiction::of(area::NORTHERN_IRELAND), Some(Jurisdiction::NorthernIreland));
        assert_eq!(Jurisdiction::of(area::GREAT_BRITAIN), None, "England, Scotland and Wales have different laws");
        assert_eq!(Jurisdiction::of(area::UK), None);
    }

    #[test]
    fn the_hosts_own_region_is_offered_first_when_it_is_not_a_nation() {
        assert_eq!(choices(None), NATIONS);
        assert_eq!(choices(Some(area::UK)), NATIONS);
        assert_eq!(choices(Some(area::SCOTLAND)), NATIONS);
        assert_eq!(choices(Some(area::DEVON_CORNWALL))[0], area::DEVON_CORNWALL);
        assert_eq!(choices(Some(area::ENGLAND_WALES)).len(), 5);
    }

    #[test]
    fn depth_counts_the_steps_inside_the_uk() {
        assert_eq!(depth(area::UK), 0);
        assert_eq!(depth(area::NORTHERN_IRELAND), 1);
        assert_eq!(depth(area::SCOTLAND), 2);
        assert_eq!(depth(area::WALES), 3);
        assert_eq!(depth(area::DEVON_CORNWALL), 4);
    }
}

//! The dataset's words in the catalogue's walk: service names, summaries, descriptions and the
//! notes and costs of their contacts, guidance topics, and the labels of needs, audiences and
//! areas, each under a key made from its id (`data.service.ID.summary`).
//!
//! One walk serves two jobs. Natively it names each entry by a stable key (the template
//! translators work from, and the checks of every catalogue). In the widget it fills a catalogue
//! from a list of texts in this same order, which the loader makes from a language's file, so
//! the `.wasm` carries no key names: a visitor's key closure is only called by the visitor that
//! wants it, and the widget's never does.

use super::declare::leaked;
use super::{DataWords, Visit};
use crate::data::{Block, Channel, Service, Tag, Topic};

fn tags<V: Visit>(v: &mut V, prefix: &'static str, list: &mut &'static [Tag]) {
    let copy = leaked(list);
    for t in copy.iter_mut() {
        let id = t.id;
        v.text(|| format!("data.{prefix}.{id}"), &mut t.label);
    }
    *list = copy;
}

fn service<V: Visit>(v: &mut V, s: &mut Service) {
    let id = s.id;
    v.text(|| format!("data.service.{id}.name"), &mut s.name);
    v.text(|| format!("data.service.{id}.summary"), &mut s.summary);
    v.text(|| format!("data.service.{id}.description"), &mut s.description);
    let channels: &'static mut [Channel] = leaked(s.channels);
    for (i, c) in channels.iter_mut().enumerate() {
        if let Some(cost) = c.cost.as_mut() {
            v.text(|| format!("data.service.{id}.channel.{}.cost", i + 1), cost);
        }
        if let Some(note) = c.note.as_mut() {
            v.text(|| format!("data.service.{id}.channel.{}.note", i + 1), note);
        }
    }
    s.channels = channels;
}

fn topic<V: Visit>(v: &mut V, t: &mut Topic) {
    let id = t.id;
    v.text(|| format!("data.topic.{id}.title"), &mut t.title);
    let body = leaked(t.body);
    for (i, block) in body.iter_mut().enumerate() {
        match block {
            Block::Para(text) | Block::Local { text, .. } => v.text(|| format!("data.topic.{id}.{}", i + 1), text),
            Block::List(items) => {
                let copy = leaked(items);
                for (j, item) in copy.iter_mut().enumerate() {
                    v.text(|| format!("data.topic.{id}.{}.{}", i + 1, j + 1), item);
                }
                *items = copy;
            }
        }
    }
    t.body = body;
}

/// Every entry of the dataset's words, after the sections' walks's.
pub fn walk_data<V: Visit>(d: &mut DataWords, v: &mut V) {
    tags(v, "need", &mut d.needs);
    tags(v, "audience", &mut d.audiences);
    tags(v, "area", &mut d.areas);
    let services = leaked(d.services);
    for s in services.iter_mut() {
        service(v, s);
    }
    d.services = services;
    let topics = leaked(d.topics);
    for t in topics.iter_mut() {
        topic(v, t);
    }
    d.topics = topics;
}

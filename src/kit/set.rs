//! A small ordered set kept in a sorted `Vec` (pure).
//!
//! The answers and filters hold a handful of items each, so a sorted list is as quick as a
//! B-tree. It is also far smaller in the download: each B-tree type adds kilobytes of generated
//! code to the `.wasm`, and a visitor pays for every one.

use std::fmt;

/// An ordered set of a few items, each at most once.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Set<T>(Vec<T>);

impl<T> Default for Set<T> {
    fn default() -> Self {
        Set(Vec::new())
    }
}

impl<T: Ord> Set<T> {
    /// Adds `item`; `false` if it was already there.
    pub fn insert(&mut self, item: T) -> bool {
        match self.0.binary_search(&item) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, item);
                true
            }
        }
    }

    /// Removes `item`; `false` if it was not there.
    pub fn remove(&mut self, item: &T) -> bool {
        match self.0.binary_search(item) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Adds `item` if it is missing, removes it if it is there (a tick box).
    pub fn toggle(&mut self, item: T) {
        match self.0.binary_search(&item) {
            Ok(at) => {
                self.0.remove(at);
            }
            Err(at) => self.0.insert(at, item),
        }
    }

    /// Whether `item` is in the set.
    pub fn contains(&self, item: &T) -> bool {
        self.0.binary_search(item).is_ok()
    }
}

impl<T> Set<T> {
    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Ord> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut list: Vec<T> = items.into_iter().collect();
        list.sort_unstable();
        list.dedup();
        Set(list)
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for Set<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a Set<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_each_item_once_and_in_order() {
        let mut s: Set<u8> = [3, 1, 2, 3, 1].into();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 2, 3]);
        assert!(!s.insert(2), "already there");
        assert!(s.insert(0));
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [0, 1, 2, 3]);
        assert!(s.remove(&1));
        assert!(!s.remove(&1), "already gone");
        assert!(s.contains(&3) && !s.contains(&1));
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn toggling_adds_then_removes() {
        let mut s = Set::default();
        s.toggle("stalking");
        assert!(s.contains(&"stalking"));
        s.toggle("stalking");
        assert!(s.is_empty());
    }

    #[test]
    fn sets_with_the_same_items_are_equal_whatever_the_order_they_came_in() {
        let a: Set<u8> = [1, 2].into();
        let mut b = Set::default();
        b.insert(2);
        b.insert(1);
        assert_eq!(a, b);
        assert_eq!(format!("{a:?}"), "{1, 2}");
    }
}

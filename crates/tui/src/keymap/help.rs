//! What the help shows of a key table: each action once, with every key bound to it.

use super::{Action, Context, Key, bindings};

/// The help's rows for `ctx`: each action once with all its keys ("q/Esc/Ctrl+C"), in the
/// table's order.
pub fn help_rows(ctx: Context) -> Vec<(String, Action)> {
    let mut rows: Vec<(Vec<String>, Action)> = Vec::new();
    for b in bindings(ctx) {
        let keys = std::iter::once(b.key).chain(b.alt).map(Key::label);
        match rows.iter_mut().find(|(_, a)| *a == b.action) {
            Some((labels, _)) => labels.extend(keys),
            None => rows.push((keys.collect(), b.action)),
        }
    }
    rows.into_iter()
        .map(|(labels, a)| (labels.join("/"), a))
        .collect()
}

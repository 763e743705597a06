//! The key tables' own rules: no key twice in a place, review hides what edits.

use super::*;

#[test]
fn no_key_is_bound_twice_in_a_context() {
    for ctx in Context::all() {
        let keys: Vec<Key> = bindings(ctx)
            .iter()
            .flat_map(|b| std::iter::once(b.key).chain(b.alt))
            .collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{k:?} twice in {ctx:?}");
        }
    }
}

#[test]
fn review_hides_editing_keys() {
    let ctx = Context::Meeting {
        step: StepKeys::Member,
        read_only: true,
    };
    assert_eq!(lookup(ctx, Key::Char('b')), None);
    assert_eq!(lookup(ctx, Key::PageDown), Some(Action::NextStep));
    assert_eq!(lookup(ctx, Key::Char('o')), Some(Action::Reopen));
    let roster = Context::Roster { read_only: true };
    assert_eq!(lookup(roster, Key::Char('a')), None);
    assert_eq!(lookup(roster, Key::Char('x')), None);
    assert_eq!(lookup(roster, Key::Char('h')), Some(Action::History));
}

#[test]
fn ctrl_c_quits_everywhere_and_help_lists_it_once_with_the_other_keys() {
    for ctx in Context::all() {
        assert_eq!(lookup(ctx, Key::Ctrl('c')), Some(Action::Quit), "{ctx:?}");
        let quit: Vec<String> = help_rows(ctx)
            .into_iter()
            .filter(|(_, a)| *a == Action::Quit)
            .map(|(keys, _)| keys)
            .collect();
        assert_eq!(quit.len(), 1, "{ctx:?}: {quit:?}");
    }
    assert_eq!(
        help_rows(Context::Home).last(),
        Some(&("q/Esc/Ctrl+C".to_owned(), Action::Quit))
    );
    let mut hints = bindings(Context::Form).into_iter().filter(|b| b.hint);
    assert!(
        hints.all(|b| b.action != Action::Quit),
        "not in the hint line"
    );
}

#[test]
fn the_agendas_ends_bind_no_key_that_cannot_act_there() {
    let at = |step| Context::Meeting {
        step,
        read_only: false,
    };
    assert_eq!(lookup(at(StepKeys::Opening), Key::PageUp), None);
    assert_eq!(
        lookup(at(StepKeys::Opening), Key::PageDown),
        Some(Action::NextStep)
    );
    assert_eq!(lookup(at(StepKeys::Close), Key::PageDown), None);
    assert_eq!(lookup(at(StepKeys::Close), Key::Down), None);
    assert_eq!(
        lookup(at(StepKeys::Close), Key::PageUp),
        Some(Action::PrevStep)
    );
}

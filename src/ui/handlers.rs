//! Event handlers as one type per event.
//!
//! Leptos erases every attribute of a view to `AnyAttribute`, and each
//! distinct handler closure type gets its own copy of that erased code.
//! Boxed, all click handlers are one type and all change handlers another,
//! and that code exists once for each (tests/bench/SIZE-POLICY.md).

use leptos::ev::{Event, MouseEvent};

/// `on:click=click(move |_| …)`.
pub fn click(handler: impl FnMut(MouseEvent) + 'static) -> Box<dyn FnMut(MouseEvent)> {
    Box::new(handler)
}

/// `on:change=change(move |event| …)`.
pub fn change(handler: impl FnMut(Event) + 'static) -> Box<dyn FnMut(Event)> {
    Box::new(handler)
}

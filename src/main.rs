//! Browser entry point. The native build of this binary does nothing: the
//! native side of the crate exists for `cargo test`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pocket_card::ui::start();
}

//! Which screen the address shows. Screens live in the query string
//! (`?view=contacts`), not the path, so links work on plain static hosting
//! from any sub-path with no server rewrites.

/// A screen of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Home,
    Contacts,
    Check,
}

impl View {
    pub const ALL: [View; 3] = [View::Home, View::Contacts, View::Check];

    /// The value of the `view` parameter, `None` for the home screen.
    pub fn param(self) -> Option<&'static str> {
        match self {
            View::Home => None,
            View::Contacts => Some("contacts"),
            View::Check => Some("check"),
        }
    }

    /// Reads the `view` parameter. Unknown values are reported so the app can
    /// say the link was not understood, then show the home screen.
    pub fn from_param(value: Option<&str>) -> Result<View, UnknownView> {
        match value.map(str::trim) {
            None | Some("") => Ok(View::Home),
            Some(value) => View::ALL
                .into_iter()
                .find(|view| view.param() == Some(value))
                .ok_or(UnknownView),
        }
    }

    /// The relative address of this screen: a query string, or `.` for home,
    /// so it resolves against wherever the app is hosted.
    pub fn href(self) -> String {
        match self.param() {
            Some(param) => format!("?view={param}"),
            None => ".".to_owned(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownView;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_round_trips_through_its_param() {
        for view in View::ALL {
            assert_eq!(View::from_param(view.param()), Ok(view));
        }
    }

    #[test]
    fn missing_or_empty_param_is_home() {
        assert_eq!(View::from_param(None), Ok(View::Home));
        assert_eq!(View::from_param(Some("  ")), Ok(View::Home));
    }

    #[test]
    fn unknown_param_is_reported() {
        for value in ["settings", "CONTACTS", "contacts/../x", "<b>"] {
            assert_eq!(View::from_param(Some(value)), Err(UnknownView), "{value}");
        }
    }

    #[test]
    fn hrefs_are_relative() {
        assert_eq!(View::Home.href(), ".");
        assert_eq!(View::Contacts.href(), "?view=contacts");
    }
}

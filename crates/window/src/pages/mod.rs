//! One module a page. Each draws from state and pushes actions through `Cx`.

pub mod about;
pub mod choose_model;
pub mod find_printer;
pub mod home;
pub mod pin;
pub mod printer;
pub mod router;
pub mod settings;
pub mod troubleshoot;
pub mod where_pin;

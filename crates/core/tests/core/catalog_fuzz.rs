//! The catalog's parsers never panic, whatever the input: the HPLIP file reader
//! (run by the generator on files that may change shape) and the remembered-answers
//! reader (files shared between computers).

use proptest::prelude::*;
use wps_pin_core::catalog::PanelAnswers;
use wps_pin_core::catalog::hplip::catalog_from_models_dat;

proptest! {
    #[test]
    fn models_dat_reader_never_panics(text in "(\\[[a-z0-9_ \\]\\[-]{0,12}\\]?\n|model[0-9x]{0,3}=[ -~]{0,20}\n|io-support=[-0-9a-z]{0,4}\n|status-type=[0-9]{0,3}\n|embedded-server-type=[-0-9]{0,2}\n|[ -~]{0,12}\n){0,40}") {
        let c = catalog_from_models_dat(&text, "fuzz", None);
        for f in &c.families {
            prop_assert!(!f.names.is_empty());
            prop_assert!(!f.id.is_empty());
        }
    }

    #[test]
    fn models_dat_reader_takes_any_text(text in "\\PC{0,400}") {
        let _ = catalog_from_models_dat(&text, "fuzz", None);
    }

    #[test]
    fn answers_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = PanelAnswers::from_json(&bytes);
    }

    #[test]
    fn answers_reader_keeps_only_good_entries(
        entries in proptest::collection::btree_map("[ -~]{0,20}", "[a-z-]{0,14}", 0..8)
    ) {
        let doc = serde_json::json!({"format": 1, "answers": entries});
        let (answers, skipped) = PanelAnswers::from_json(doc.to_string().as_bytes()).unwrap();
        prop_assert_eq!(answers.len() + skipped, entries.len());
    }
}

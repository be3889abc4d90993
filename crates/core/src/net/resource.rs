//! The printer resources the app never asks for, however a path is spelt. A path is
//! brought to one canonical form first — percent-decoded until it no longer changes,
//! `\` read as `/`, Unicode compatibility forms and case folded (NFKC, lower case), dot
//! segments and repeated slashes collapsed — so `/IoMgmt/Adapters/wifi0%5CWPS%5CPin`,
//! five-fold encodings and `WPſ` (U+017F folds to "s") are the same resource as
//! `/IoMgmt/Adapters/wifi0/WPS/Pin` (CVE-2013-4807). A path that has no canonical form
//! (invalid or overlong UTF-8, an encoded control character, endless encodings) is
//! refused outright: a server might read it any way at all.
//!
//! NFKC comes from `icu_normalizer`, which the URL parser already builds for host names:
//! no crate is added, and no hand-kept table can miss one of the hundred-odd code points
//! (fullwidth, mathematical, circled, modifier letters, ſ) that fold to "w", "p" or "s".

use icu_normalizer::ComposingNormalizerBorrowed;

/// Why a path has no canonical form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformed {
    /// Not UTF-8 once decoded (overlong forms such as `%C0%AF` included).
    NotUtf8,
    /// A control character, raw or encoded (`%00`, `%0A`, `%7F`…).
    Control,
    /// Still changing after this many rounds of decoding.
    EndlessEncoding,
}

/// More rounds of percent-decoding than any server applies.
const MAX_ROUNDS: usize = 16;

/// The canonical form of `path`: `/segment/segment…`, lower case. Decoding and folding
/// repeat until neither changes anything (NFKC can make a new `%41` of `％41`), so the
/// canonical form of a canonical form is itself.
pub fn canonical(path: &str) -> Result<String, Malformed> {
    let nfkc = ComposingNormalizerBorrowed::new_nfkc();
    let mut text = path.to_owned();
    let mut rounds = 0;
    loop {
        let decoded = String::from_utf8(percent_decode(&text)).map_err(|_| Malformed::NotUtf8)?;
        if decoded.chars().any(char::is_control) {
            return Err(Malformed::Control);
        }
        // Lower case can leave a compatibility form behind (and NFKC a capital): both.
        let folded = nfkc
            .normalize(&nfkc.normalize(&decoded).to_lowercase())
            .replace('\\', "/");
        if folded == text {
            break;
        }
        rounds += 1;
        if rounds > MAX_ROUNDS {
            return Err(Malformed::EndlessEncoding);
        }
        text = folded;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in text.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    Ok(format!("/{}", segments.join("/")))
}

/// Whether `path` names a WPS resource (a segment that starts with "wps", also with
/// `;parameters`, spaces or dots around it), or has no canonical form.
pub fn is_wps_path(path: &str) -> bool {
    let Ok(canonical) = canonical(path) else {
        return true;
    };
    canonical.split('/').any(|segment| {
        let name = segment.split(';').next().unwrap_or_default();
        name.trim_matches(|c: char| c == '.' || c.is_whitespace())
            .starts_with("wps")
    })
}

/// `%41` → `A`, once; a `%` without two hex digits stays as it is.
fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%'
            && let (Some(h), Some(l)) = (hex(bytes.get(i + 1)), hex(bytes.get(i + 2)))
        {
            // Two hex digits make one byte (at most 0xff).
            out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        assert_eq!(
            canonical("/DevMgmt/ProductConfigDyn.xml").unwrap(),
            "/devmgmt/productconfigdyn.xml"
        );
        assert_eq!(canonical("//a/./b/../c\\d").unwrap(), "/a/c/d");
        assert_eq!(canonical("/%252541").unwrap(), "/a");
        assert_eq!(canonical("/ＷＰＳ").unwrap(), "/wps");
        assert_eq!(
            canonical("/％57PS").unwrap(),
            "/wps",
            "NFKC makes a new %57"
        );
        let c = canonical("/A/%2e%2E/b%5C%43").unwrap();
        assert_eq!(canonical(&c), Ok(c.clone()), "a fixed point");
        assert_eq!(canonical("/%C0%AF"), Err(Malformed::NotUtf8));
        assert_eq!(canonical("/a%0Ab"), Err(Malformed::Control));
        assert_eq!(canonical("/a%2500b"), Err(Malformed::Control));
        let endless = format!("/%{}41", "25".repeat(MAX_ROUNDS + 2));
        assert_eq!(canonical(&endless), Err(Malformed::EndlessEncoding));
        assert!(!is_wps_path("/DevMgmt/ProductConfigDyn.xml"));
        assert!(!is_wps_path("/IoMgmt/Adapters"));
        assert!(is_wps_path("/IoMgmt/Adapters/wifi0/WPS/Pin"));
    }
}

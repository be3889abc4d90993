//! Each language's typography, so it stays fixed: French puts a no-break space before
//! : ; ? ! and inside « »; Spanish opens every question and exclamation with ¿ and ¡;
//! German quotes „like this“; Chinese uses full-width punctuation next to Chinese text,
//! and its ellipsis is "……". Placeables (`{ $name }`) are left out: they are not text.

use crate::locales::{message_sources, readable};

/// Web addresses are not prose: "http://…" keeps its colon.
fn without_addresses(text: &str) -> String {
    text.split(' ')
        .filter(|w| !w.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn messages(tag: &str) -> Vec<(String, String)> {
    message_sources(tag)
        .into_iter()
        .map(|(id, text)| (id, readable(&text)))
        .collect()
}

fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];

fn french_problems(messages: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (id, text) in messages {
        let text = without_addresses(text);
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // "2:00" is a time, not punctuation.
            let time = *c == ':'
                && before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit());
            let needs_space_before = matches!(c, ':' | ';' | '?' | '!' | '»') && !time;
            if needs_space_before && before.is_some_and(|b| !NO_BREAK.contains(&b)) {
                out.push(format!("fr {id}: no no-break space before {c:?}: {text}"));
            }
            if *c == '«' && after.is_some_and(|a| !NO_BREAK.contains(&a)) {
                out.push(format!("fr {id}: no no-break space after «: {text}"));
            }
        }
        if text.contains(['"', '“', '”']) {
            out.push(format!("fr {id}: quotes other than « »: {text}"));
        }
    }
    out
}

fn spanish_problems(messages: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (id, text) in messages {
        for (open, close) in [('¿', '?'), ('¡', '!')] {
            // Each open mark is closed before the next opens, and no close is left alone.
            let mut depth = 0i32;
            for c in text.chars() {
                if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                }
                if !(0..=1).contains(&depth) {
                    break;
                }
            }
            if depth != 0 {
                out.push(format!("es {id}: {open}…{close} not paired: {text}"));
            }
        }
    }
    out
}

fn german_problems(messages: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (id, text) in messages {
        let opens = text.matches('„').count();
        let closes = text.matches('“').count();
        if text.contains(['"', '”', '«', '»']) || opens != closes {
            out.push(format!("de {id}: quotes other than „…“: {text}"));
        }
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

fn chinese_problems(messages: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (id, text) in messages {
        let text = without_addresses(text);
        for line in text.lines() {
            // "2. 请按以下顺序操作": a step number keeps its dot.
            let line = line.trim_start();
            let line = match line.split_once(". ") {
                Some((n, rest)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => line,
            };
            let chars: Vec<char> = line.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if !",.:;?!()\"'".contains(*c) {
                    continue;
                }
                // The neighbours, looking past one space on each side.
                let near = |step: isize| {
                    let mut j = i as isize + step;
                    if chars.get(j as usize) == Some(&' ') {
                        j += step;
                    }
                    usize::try_from(j).ok().and_then(|j| chars.get(j)).copied()
                };
                if near(-1).is_some_and(is_han) || near(1).is_some_and(is_han) {
                    out.push(format!(
                        "zh-CN {id}: ASCII {c:?} beside Chinese text: {line}"
                    ));
                }
            }
            let lone_ellipsis = line.split("……").any(|part| part.contains('…'));
            if lone_ellipsis {
                out.push(format!("zh-CN {id}: a lone … (Chinese writes ……): {line}"));
            }
        }
    }
    out
}

#[test]
fn french_puts_a_no_break_space_before_double_punctuation() {
    assert_none(french_problems(&messages("fr")));
}

#[test]
fn spanish_opens_questions_and_exclamations() {
    assert_none(spanish_problems(&messages("es")));
}

#[test]
fn german_quotes_the_german_way() {
    assert_none(german_problems(&messages("de")));
}

#[test]
fn chinese_uses_full_width_punctuation_and_its_own_ellipsis() {
    assert_none(chinese_problems(&messages("zh-CN")));
}

/// Each check catches what it is for.
#[test]
fn the_typography_checks_catch_mistakes() {
    let one = |text: &str| vec![("x".to_owned(), readable(text))];
    assert_eq!(french_problems(&one(" Attention : oui")).len(), 1);
    assert!(french_problems(&one(" Attention\u{a0}: à 2:00, http://a.b/\u{a0}?")).is_empty());
    assert_eq!(french_problems(&one(" «\u{a0}x »")).len(), 1);
    assert_eq!(spanish_problems(&one(" Vale?")).len(), 1);
    assert!(spanish_problems(&one(" ¿Vale? ¡Sí!")).is_empty());
    assert_eq!(german_problems(&one(" \"Start\"")).len(), 1);
    assert_eq!(german_problems(&one(" “Start”")).len(), 1);
    assert!(german_problems(&one(" „Start“ { $x }")).is_empty());
    assert_eq!(chinese_problems(&one(" 打印 (IPP)")).len(), 1);
    assert_eq!(chinese_problems(&one(" 检查(12:00)")).len(), 1);
    assert_eq!(
        chinese_problems(&one(" { $n ->\n   *[other] 已找到 { $n } 台.\n}")).len(),
        1
    );
    assert_eq!(chinese_problems(&one(" 正在检查…")).len(), 1);
    assert!(chinese_problems(&one(" 2. 打印（IPP）：好……")).is_empty());
}
